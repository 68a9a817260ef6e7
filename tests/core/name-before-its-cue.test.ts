import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

const OPENING = [
  'Warga Desa Rawa Kidul melaporkan pencemaran sungai ke Polres Kota Baru, Senin (4/5).',
  'Juru bicara pabrik, Susanto Wirayudha, mengatakan limbah sudah diolah sesuai aturan.',
];

/** The speakers of the reported clause that holds `words`. */
function speakersOf(words: string, ...paragraphs: string[]): string[] | undefined {
  return analyzeBody(...paragraphs).quotes.find(q => q.text.includes(words))?.speakers;
}

describe('a lone name the text gives before the cue that makes it an entity is a mention of it', () => {
  const lawyer = (name: string) =>
    `Bersama warga lain, ${name} datang ke kantor polisi siang itu. Di sana, ia mengatakan warga siap berdialog dengan pabrik.`;

  test('`ia` after it means that person, not the previous speaker', () => {
    expect(
      speakersOf(
        'warga siap berdialog',
        ...OPENING,
        lawyer('Darto'),
        '“Kami hanya ingin sungai kami bersih lagi,” kata Darto.',
      ),
    ).toEqual(['Darto']);
  });

  // The other spelling is a person of its own, introduced by acting (cast.narratedSubject), whom
  // `ia` then means: not the one the cue names.
  test('a different spelling is no mention of the cue’s name', () => {
    expect(
      speakersOf(
        'warga siap berdialog',
        ...OPENING,
        lawyer('Darta'),
        '“Kami hanya ingin sungai kami bersih lagi,” kata Darto.',
      ),
    ).toEqual(['Darta']);
  });

  test('switched off, the lone name is nobody yet', () => {
    const paragraphs = [
      ...OPENING,
      lawyer('Darto'),
      '“Kami hanya ingin sungai kami bersih lagi,” kata Darto.',
    ];
    expect(
      withFeaturesOff(['cast.nameBeforeItsCue', 'cast.narratedSubject'], () =>
        speakersOf('warga siap berdialog', ...paragraphs),
      ),
    ).toEqual(['Susanto Wirayudha']);
  });
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/**
 * The name of a cue after its quote (`“…,” kata Budi.`) is the one written after the quote: the
 * full form the paragraph opened with (`Budi Santoso, memuji …`) is the same person's, so the
 * speaker keeps the full name.
 */
const CASES: readonly (readonly [string, readonly string[], string])[] = [
  [
    'a coach introduced by a verb that reports nothing, then quoted by his given name',
    [
      'Pelatih Persimulya, Gunawan Saleh, memuji disiplin anak asuhnya. "Mereka bermain rapi dan sabar sejak menit pertama sampai peluit panjang dibunyikan wasit," kata Gunawan.',
    ],
    'Gunawan Saleh',
  ],
  [
    'a lawyer introduced as the subject of a feeling, then quoted',
    [
      'Kuasa hukum terdakwa, Martin Sihombing, mengaku kecewa. "Kami akan menyiapkan saksi yang meringankan dan bukti baru untuk sidang pekan depan," kata Martin.',
    ],
    'Martin Sihombing',
  ],
];

describe('the name at a cue after its quote is read after the quote', () => {
  test.each(CASES)('%s', (_, paragraphs, speaker) => {
    expect(lastSpeakers(...paragraphs)).toEqual([speaker]);
  });

  test('switched off, the given name before the quote is read as the cue’s, without its surname', () => {
    const [, paragraphs] = CASES[0]!;
    expect(
      withFeaturesOff(['cast.mentionFromCueAfter'], () => lastSpeakers(...paragraphs)),
    ).toEqual(['Gunawan']);
  });
});

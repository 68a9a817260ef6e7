import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The reported quotes of invented paragraphs as [speakers]. */
const reporters = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs)
    .quotes.filter(q => q.type === 'indirect')
    .map(q => q.speakers.join(' + '));

// Invented sentences: a description closed by a demonstrative opens its clause after a short
// adjunct fronted before the subject; it is the cue's subject as at the sentence's start.
const ROWS: [string, string][] = [
  [
    'a word of time first',
    'Usai latihan, bek berusia 24 tahun itu menyebut timnya siap menghadapi tim tamu.',
  ],
  [
    'a preposition first',
    'Di tempat yang sama, pemain asal Kupang itu menilai latihan perlu ditambah.',
  ],
];
const INTRO = 'Bek Persada, Yohanes Nitbani, dipanggil ke tim nasional pekan ini.';

describe('a description opening its clause after a fronted adjunct is the subject (names.describedAfterAdjunct)', () => {
  test.each(ROWS)('%s', (_, line) => expect(reporters(INTRO, line)).toEqual(['Yohanes Nitbani']));

  test('switched off, the description after a word of time: no statement is read', () => {
    const [, line] = ROWS[0]!;
    expect(withFeaturesOff(['names.describedAfterAdjunct'], () => reporters(INTRO, line))).toEqual(
      [],
    );
  });

  test('a named subject after the adjunct is still read by its name', () =>
    expect(
      reporters(INTRO, 'Usai latihan, Yohanes menyebut timnya siap menghadapi tim tamu.'),
    ).toEqual(['Yohanes Nitbani']));
});

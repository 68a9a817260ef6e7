import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Every speaker credited in the article, in quote order, one entry per quote. */
const credited = (...paragraphs: string[]): string[] =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers.join(' + '));

// names.model.appositionWhole: a run set off by commas (or closed by a stop) with no role word in
// it names the person whole, though the article later calls the person by a middle name word.
const CASES: readonly (readonly [string, readonly string[], string])[] = [
  [
    'a coach named between commas, then called by his middle name',
    [
      'Di bangku cadangan, pelatih Persikura FC, Jonaedi Syafrizal Tumangger, menilai wasit bekerja baik.',
      'Syafrizal mengatakan timnya akan bangkit pekan depan.',
    ],
    'Jonaedi Syafrizal Tumangger',
  ],
  [
    'an athlete named after her origin, the sentence closing on the name',
    [
      'Andalan tim adalah pesilat asal Ende, Sukarmini Rahmi Dalimunthe.',
      '“Saya sudah siap sejak bulan lalu,” kata Rahmi.',
    ],
    'Sukarmini Rahmi Dalimunthe',
  ],
];

describe('a name set off by commas is read whole', () => {
  test.each(CASES)('%s', (_, paragraphs, name) => {
    expect(new Set(credited(...paragraphs))).toEqual(new Set([name]));
  });

  test('guard: a club word opening the set-off run stays out of the name', () => {
    expect(
      credited(
        'Usai laga, manajer tim tamu, Persikura Jonaedi Syafrizal, menolak berkomentar.',
        '“Kami kecewa,” kata Jonaedi.',
      ),
    ).toEqual(['Jonaedi Syafrizal']);
  });

  test('switched off, the first word is cut off by the later short mention', () => {
    const [, paragraphs, name] = CASES[0]!;
    withFeaturesOff(['names.model.appositionWhole'], () =>
      expect(credited(...paragraphs)).not.toContain(name),
    );
  });
});

import { describe, expect, test } from 'vitest';
import { indirectQuotes } from './summarize';
import { withFeaturesOff } from '../../core/engine/features';

const PAIR =
  'Ketua paguyuban, Bramantyo Kusnandar, dan sekretarisnya, Sukamto, berjanji honor dibayar akhir bulan.';

/** A part taken out of the group a plural pronoun means speaks unnamed. */
const CASES: readonly (readonly [paragraph: string, expected: string])[] = [
  [
    'Pengumuman itu disambut gerutuan para sopir. Sebagian dari mereka menilai tarif baru terlalu mahal.',
    'tarif baru terlalu mahal → ',
  ],
  [
    'Beberapa di antara mereka mengatakan pangkalan baru terlalu jauh dari terminal.',
    'pangkalan baru terlalu jauh dari terminal → ',
  ],
];

describe('a part of a group before `mereka`', () => {
  test.each(CASES)('%s', (paragraph, expected) =>
    expect(indirectQuotes(PAIR, paragraph)).toContain(expected),
  );
  test.each(CASES)('without the feature: %s', (paragraph, expected) =>
    withFeaturesOff(['names.partitiveUnnamed'], () =>
      expect(indirectQuotes(PAIR, paragraph)).not.toContain(expected),
    ),
  );
});

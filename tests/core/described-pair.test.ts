import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';
import { withFeaturesOff } from '../../core/engine/features';

/** Each quote's speakers of invented paragraphs. */
const speakers = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers);

/** Two people joined after a description of the first are one pair, whom `mereka` means. */
const CASES: readonly (readonly [paragraph: string])[] = [
  [
    'Sukamto (63), penjaga mercusuar di Pulau Lubai, dan keponakannya, Surtaman (29), menyebut lampu suar padam sejak Senin. “Gensetnya rusak total,” kata mereka.',
  ],
  [
    'Sukamto (61), perajin gerabah di Kampung Lubai, dan adiknya, Surtaman (55), menyebut pesanan turun separuh. “Sekarang yang beli cuma turis,” tutur mereka.',
  ],
  // The description ends with places, each set off by a comma.
  [
    'Sukamto (63), penjaga mercusuar di Pulau Lubai, Kecamatan Cibening, dan keponakannya, Surtaman (29), menyebut lampu suar padam sejak Senin. “Gensetnya rusak total,” kata mereka.',
  ],
];

describe('a pair joined past a description', () => {
  test.each(CASES)('%s', paragraph =>
    expect(speakers(paragraph).at(-1)).toEqual(['Sukamto', 'Surtaman']),
  );
  test.each(CASES)('without the feature: %s', paragraph =>
    withFeaturesOff(['discourse.describedPair'], () =>
      expect(speakers(paragraph).at(-1)).not.toEqual(['Sukamto', 'Surtaman']),
    ),
  );
});

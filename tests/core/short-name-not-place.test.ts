import { expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { indirectQuotes } from './summarize';

const LINES = [
  'Sunday’s derby was played at Letnan I Made Sukamto Stadium in Borong.',
  'Three players stood out: captain I Made Bramantyo Purba and striker Komang Jonaedi.',
  'Made said the squad would rest for two days before the next round.',
];

// cast.shortNameNotPlace, with `stadium` an English place tail
test('a short name is one of the people, not a venue named after a person', () => {
  expect(indirectQuotes(...LINES).at(-1)).toBe(
    'the squad would rest for two days before the next round → I Made Bramantyo Purba',
  );
  const off = withFeaturesOff(['cast.shortNameNotPlace'], () => indirectQuotes(...LINES));
  expect(off.at(-1)).not.toMatch(/Bramantyo/u);
});

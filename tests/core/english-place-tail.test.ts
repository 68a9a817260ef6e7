import { describe, expect, test } from 'vitest';
import { isFacility } from '../../core/engine/cast/non-speaker';
import { withFeaturesOff } from '../../core/engine/features';

describe('English: a name closed by a place head is a place', () => {
  test.each([
    ['Kahayan River'],
    ['Sunda Strait'],
    ['Gunungkidul Regency'],
    ['Pelabuhanratu Beach'],
  ])('%s', name => {
    expect(isFacility(name)).toBe(true);
    expect(withFeaturesOff(['cast.englishPlaceTail'], () => isFacility(name))).toBe(false);
  });

  test.each([['Kahayan Hospital'], ['Palangka Raya University'], ['River Santoso']])(
    'not a place by its last word: %s',
    name => {
      expect(isFacility(name)).toBe(false);
    },
  );
});

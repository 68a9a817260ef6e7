import { describe, expect, test } from 'vitest';
import { median } from '../../scripts/page-bench/cli';

describe('scripts/page-bench/cli', () => {
  test('median: the middle value, the mean of the two middle ones for an even count, unsorted input left as given', () => {
    const loads = [9, 1, 5];
    expect(median(loads)).toBe(5);
    expect(loads).toEqual([9, 1, 5]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

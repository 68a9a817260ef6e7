import { describe, expect, test } from 'vitest';
import { median, pairedDifferences, quartiles, roundOrder } from '../../scripts/page-bench/cli';

describe('scripts/page-bench/cli', () => {
  test('median: the middle value, the mean of the two middle ones for an even count, unsorted input left as given', () => {
    const loads = [9, 1, 5];
    expect(median(loads)).toBe(5);
    expect(loads).toEqual([9, 1, 5]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  test.each([
    { values: [9, 1, 5], hinges: [3, 5, 7] },
    { values: [4, 1, 3, 2], hinges: [1.5, 2.5, 3.5] },
    { values: [7, 1, 3, 5, 9, 2, 8], hinges: [2.5, 5, 7.5] },
    { values: [6], hinges: [6, 6, 6] },
  ])('quartiles of $values: Tukey hinges $hinges', ({ values, hinges }) => {
    expect(quartiles(values)).toEqual(hinges);
  });

  test('pairedDifferences: round by round, only the rounds both have', () => {
    expect(pairedDifferences([10, 12, 9], [8, 13])).toEqual([2, -1]);
  });

  test('roundOrder: each round starts one later, every kind once per round', () => {
    const kinds = ['none', 'empty', 'reader', 'ours'];
    expect(roundOrder(kinds, 0)).toEqual(kinds);
    expect(roundOrder(kinds, 1)).toEqual(['empty', 'reader', 'ours', 'none']);
    expect(roundOrder(kinds, 5)).toEqual(roundOrder(kinds, 1));
    expect(roundOrder([], 3)).toEqual([]);
  });
});

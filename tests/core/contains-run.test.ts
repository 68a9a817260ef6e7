import { describe, expect, it } from 'vitest';
import { containsRun } from '../../core/engine/text/token-runs';

describe('containsRun from a word on: as inside the slice from there, without the copy', () => {
  // Invented role words: an office, a unit, a town.
  const role = ['kepala', 'dinas', 'pangan', 'kota', 'sukamaju'];
  it.each([
    [['dinas', 'pangan'], 0, true],
    [['dinas', 'pangan'], 1, true],
    [['dinas', 'pangan'], 2, false],
    [['kepala'], 0, true],
    [['kepala'], 1, false],
    [['kota', 'sukamaju'], 3, true],
    [['sukamaju'], 4, true],
    [['sukamaju'], 5, false],
    [[], 1, false],
    [['kepala', 'dinas', 'pangan', 'kota', 'sukamaju'], 1, false],
  ])('%j from %i: %s', (needle, from, found) => {
    expect(containsRun(role, needle, from)).toBe(found);
    expect(containsRun(role.slice(from), needle)).toBe(found);
  });

  it('an empty role holds nothing from its second word', () => {
    expect(containsRun([], ['kota'], 1)).toBe(false);
  });
});

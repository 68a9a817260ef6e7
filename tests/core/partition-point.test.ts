import { describe, expect, it } from 'vitest';
import { partitionPoint } from '../../core/engine/text/partition-point';

describe('partitionPoint: the first item at or after a position, in a list kept in text order', () => {
  const at = [3, 8, 8, 15, 40];
  it.each([
    [0, 0],
    [3, 0],
    [4, 1],
    [8, 1],
    [9, 3],
    [40, 4],
    [41, 5],
  ])('first at or after %i is index %i', (position, index) => {
    expect(partitionPoint(at, a => a < position)).toBe(index);
  });

  it('answers as a walk from the start on every short list', () => {
    for (let n = 0; n <= 6; n++) {
      const list = Array.from({ length: n }, (_, i) => i * 2);
      for (let position = -1; position <= 2 * n; position++) {
        const walk = list.findIndex(a => a >= position);
        expect(partitionPoint(list, a => a < position)).toBe(walk < 0 ? n : walk);
      }
    }
  });

  it('searches only the first `end` items: the sorted head of a list with an unsorted tail', () => {
    // Mentions' events in text order, then speeches' events appended after them.
    const list = [3, 8, 15, 40, 1, 2];
    expect(partitionPoint(list, a => a <= 8, 4)).toBe(2);
    expect(partitionPoint(list, a => a <= 50, 4)).toBe(4);
    expect(partitionPoint(list, a => a <= 0, 4)).toBe(0);
  });
});

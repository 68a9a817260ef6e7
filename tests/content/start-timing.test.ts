import { describe, expect, it } from 'vitest';
import { StartTiming } from '../../entrypoints/article.content/start-timing';

/** A clock that returns the given readings in turn. */
function clock(...readings: number[]): () => number {
  return () => readings.shift() ?? Number.NaN;
}

describe('entrypoints/article.content/start-timing', () => {
  it('adds the work slices and leaves the wait between them out of work, not out of wall time', () => {
    // Start at 100; analysis until 104; storage answers at 150; marking 150 → 152.
    const timing = new StartTiming(100, clock(104, 152, 152));
    timing.slice(100);
    timing.slice(150);
    timing.finish(true);
    expect(timing.workMs).toBe(6);
    expect(timing.elapsedMs).toBe(52);
  });

  it.each<[string, boolean, number | null, number | null]>([
    ['not finished: nothing to report', false, null, null],
    ['finished without marks (not an article): work only', true, 3, null],
  ])('%s', (_name, finish, workMs, elapsedMs) => {
    const timing = new StartTiming(0, clock(3));
    timing.slice(0);
    if (finish) timing.finish(false);
    expect([timing.workMs, timing.elapsedMs]).toEqual([workMs, elapsedMs]);
  });

  it('counts start-up only: slices and finishes after the first finish change nothing', () => {
    const timing = new StartTiming(0, clock(2, 5, 90, 95));
    timing.slice(0);
    timing.finish(true);
    timing.slice(80);
    timing.finish(true);
    expect([timing.workMs, timing.elapsedMs]).toEqual([2, 5]);
  });
});

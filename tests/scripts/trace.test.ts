import { describe, expect, test } from 'vitest';
import { renderingWithin, someWithin, type TraceEvent } from '../../scripts/page-bench/trace';

/** A complete trace event `name` at `ts` µs lasting `dur` µs (CPU `tdur`). */
const event = (name: string, ts: number, dur: number, tdur = dur): TraceEvent => ({
  name,
  cat: 'devtools.timeline',
  ph: 'X',
  pid: 1,
  tid: 1,
  ts,
  dur,
  tdur,
});

describe('scripts/page-bench/trace', () => {
  test('renderingWithin adds up the rendering phases inside a window, and only those', () => {
    const rendering = renderingWithin([
      event('RunTask', 1000, 9000),
      event('FireAnimationFrame', 1100, 500),
      event('UpdateLayoutTree', 2000, 3000, 2500),
      event('PrePaint', 5000, 2000),
      event('Paint', 7000, 1000, 800),
      // A later task's style recalculation.
      event('UpdateLayoutTree', 20_000, 4000),
    ]);
    expect(rendering(1000, 10_000)).toEqual({ wallMs: 6, cpuMs: 5.3 });
    expect(rendering(10_000, 30_000)).toEqual({ wallMs: 4, cpuMs: 4 });
    expect(rendering(30_000, 40_000)).toEqual({ wallMs: 0, cpuMs: 0 });
  });

  test('someWithin finds a time inside a window of sorted times', () => {
    expect(someWithin([10, 20, 30], 15, 25)).toBe(true);
    expect(someWithin([10, 20, 30], 21, 29)).toBe(false);
    expect(someWithin([], 0, 100)).toBe(false);
  });
});

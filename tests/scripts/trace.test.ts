import { describe, expect, test } from 'vitest';
import { renderingWithin, someWithin } from '../../scripts/page-bench/trace';
import { traceEvent as event } from './trace-event';

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

  test('renderingWithin leaves out a style or layout one of our script calls forced', () => {
    const call = (url: string, ts: number, dur: number) => event('FunctionCall', ts, dur, dur, url);
    const rendering = renderingWithin([
      // Our animation-frame callback reads layout (forced), then the frame renders.
      call('chrome-extension://abc/content-scripts/article-page.js', 1000, 3000),
      event('UpdateLayoutTree', 1500, 1000),
      event('Layout', 2600, 1000),
      event('UpdateLayoutTree', 5000, 2000),
      event('Paint', 7000, 500),
      // The page's own script forcing a layout is not ours: it counts as rendering.
      call('https://www.republika.co.id/app.js', 10_000, 3000),
      event('Layout', 11_000, 1000),
    ]);
    expect(rendering(0, 9000)).toEqual({ wallMs: 2.5, cpuMs: 2.5 });
    expect(rendering(9000, 20_000)).toEqual({ wallMs: 1, cpuMs: 1 });
  });

  test('someWithin finds a time inside a window of sorted times', () => {
    expect(someWithin([10, 20, 30], 15, 25)).toBe(true);
    expect(someWithin([10, 20, 30], 21, 29)).toBe(false);
    expect(someWithin([], 0, 100)).toBe(false);
  });
});

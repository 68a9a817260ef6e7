import { describe, expect, test } from 'vitest';
import { selfTimes, workKey } from '../../scripts/page-bench/self-times';
import { traceEvent as event } from './trace-event';

const OURS = 'chrome-extension://abc/content-scripts/article-page.js';
const DETECTOR = 'chrome-extension://abc/content-scripts/article.js';

describe('scripts/page-bench/self-times', () => {
  test('counts each event for its own time, without its children’s', () => {
    const times = selfTimes(
      [
        event('RunTask', 0, 10_000),
        event('UpdateLayoutTree', 1000, 3000, 2000),
        event('Layout', 5000, 1000),
        // A later task, nothing nested.
        event('RunTask', 20_000, 500),
      ],
      1,
      1,
    );
    expect(Object.fromEntries(times)).toEqual({ RunTask: 7.5, UpdateLayoutTree: 2, Layout: 1 });
  });

  test('marks an extension’s script work, and the work nested in it, with (ext FILE)', () => {
    const times = selfTimes(
      [
        event('RunTask', 0, 10_000),
        event('FunctionCall', 1000, 4000, 4000, OURS),
        // A style recalc our call forced, then V8's own event (no URL) inside our call.
        event('UpdateLayoutTree', 2000, 1000),
        event('v8.run', 3500, 500),
        // The page's own call and the style it forced are the page's.
        event('FunctionCall', 6000, 2000, 2000, 'https://www.republika.co.id/app.js'),
        event('UpdateLayoutTree', 7000, 500),
      ],
      1,
      1,
    );
    expect(Object.fromEntries(times)).toEqual({
      RunTask: 4,
      'FunctionCall (ext article-page.js)': 2.5,
      'UpdateLayoutTree (ext article-page.js)': 1,
      'v8.run (ext article-page.js)': 0.5,
      FunctionCall: 1.5,
      UpdateLayoutTree: 0.5,
    });
  });

  test('tells the extension’s scripts apart by file (the detector from the page code)', () => {
    const times = selfTimes(
      [
        event('v8.run', 0, 2000, 2000, DETECTOR),
        event('v8.run', 5000, 3000, 3000, OURS),
        // V8's own event inside the page code's run is the page code's.
        event('v8.newInstance', 6000, 1000),
      ],
      1,
      1,
    );
    expect(Object.fromEntries(times)).toEqual({
      'v8.run (ext article.js)': 2,
      'v8.run (ext article-page.js)': 2,
      'v8.newInstance (ext article-page.js)': 1,
    });
  });

  test('leaves out other threads and instant events', () => {
    const other = { ...event('Layout', 0, 9000), tid: 2 };
    const instant = { ...event('Paint', 0, 0), ph: 'I' };
    expect(selfTimes([other, instant, event('Paint', 100, 200)], 1, 1)).toEqual(
      new Map([['Paint', 0.2]]),
    );
  });

  test('workKey reads a script URL from where Chromium puts it', () => {
    expect(workKey({ name: 'v8.compile', args: { fileName: OURS } })).toBe(
      'v8.compile (ext article-page.js)',
    );
    expect(workKey({ name: 'EvaluateScript', args: { data: { url: DETECTOR } } })).toBe(
      'EvaluateScript (ext article.js)',
    );
    expect(workKey({ name: 'Layout' })).toBe('Layout');
  });
});

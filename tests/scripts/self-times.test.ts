import { describe, expect, test } from 'vitest';
import { selfTimes, workKey } from '../../scripts/page-bench/self-times';
import { traceEvent as event } from './trace-event';

const OURS = 'chrome-extension://abc/content-scripts/article-page.js';

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

  test('marks an extension’s script work, and the work nested in it, with (ext)', () => {
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
      'FunctionCall (ext)': 2.5,
      'UpdateLayoutTree (ext)': 1,
      'v8.run (ext)': 0.5,
      FunctionCall: 1.5,
      UpdateLayoutTree: 0.5,
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
    expect(workKey({ name: 'v8.compile', args: { fileName: OURS } })).toBe('v8.compile (ext)');
    expect(workKey({ name: 'EvaluateScript', args: { data: { url: OURS } } })).toBe(
      'EvaluateScript (ext)',
    );
    expect(workKey({ name: 'Layout' })).toBe('Layout');
  });
});

import { describe, expect, test } from 'vitest';
import type { TraceEvent } from '../../scripts/page-bench/trace';
import {
  scriptStartWithin,
  stampsOf,
  threadCpuWithin,
  workerStarts,
} from '../../scripts/worker-bench/worker-trace';

const SCRIPT = 'chrome-extension://abc/background.js';

/** A complete event on thread `tid` at `ts` µs lasting `dur` µs (CPU `tdur`). */
const event = (
  name: string,
  tid: number,
  ts: number,
  dur: number,
  tdur = dur,
  data: Record<string, unknown> = {},
): TraceEvent => ({ name, cat: 'v8', ph: 'X', pid: 1, tid, ts, dur, tdur, args: { data } });

const TASK = 'ThreadControllerImpl::RunTask';

/** Two starts of the worker: an install run that compiles eagerly, a later one from the cache. */
const trace: TraceEvent[] = [
  event(TASK, 7, 1000, 2000, 1500),
  event(TASK, 7, 4000, 10_000, 8000),
  event('EvaluateScript', 7, 4100, 9000, 7000, { url: SCRIPT }),
  event('v8.compile', 7, 4200, 5000, 4000, { url: SCRIPT, eager: true }),
  event('v8.run', 7, 9300, 3000, 2500),
  event(TASK, 7, 20_000, 3000, 2000),
  event('v8.produceCache', 7, 20_100, 2000, 1000, { url: SCRIPT, producedCacheSize: 4096 }),
  event(TASK, 9, 100_000, 1000, 1000),
  event(TASK, 9, 102_000, 4000, 3000),
  event('EvaluateScript', 9, 102_100, 3800, 2800, { url: SCRIPT }),
  event('v8.compile', 9, 102_200, 500, 400, {
    url: SCRIPT,
    consumedCacheSize: 4096,
    cacheRejected: false,
  }),
  event('v8.run', 9, 102_800, 2500, 2000),
  event(TASK, 9, 110_000, 6000, 5000),
  event(TASK, 9, 120_000, 1000, 500),
  // A timer's task (the warm-up): longer than the analysis, yet not taken for it.
  event(TASK, 9, 106_500, 3000, 2000),
  event('TimerFire', 9, 106_600, 2800, 1900),
  { ...event('TimeStamp', 3, 105_000, 0), ph: 'I', args: { data: { message: 'ks:open:0' } } },
  { ...event('TimeStamp', 3, 125_000, 0), ph: 'I', args: { data: { message: 'ks:done:0' } } },
];

describe('scripts/worker-bench/worker-trace', () => {
  test('workerStarts reads each start: its CPU up to the evaluated script, and the code cache', () => {
    const [install, restart] = workerStarts(trace, '/background.js');
    expect(install).toMatchObject({
      tid: 7,
      startUs: 1000,
      readyUs: 14_000,
      startCpuMs: 9.5,
      compileCpuMs: 4,
      runCpuMs: 2.5,
      eager: true,
      consumedCacheBytes: 0,
      producedCacheBytes: 4096,
    });
    expect(restart).toMatchObject({
      tid: 9,
      startUs: 100_000,
      readyUs: 106_000,
      startCpuMs: 4,
      compileCpuMs: 0.4,
      eager: false,
      consumedCacheBytes: 4096,
      cacheRejected: false,
      producedCacheBytes: 0,
    });
  });

  test('threadCpuWithin adds up the worker thread tasks in a window, the longest one no timer started, and the timers', () => {
    const [, restart] = workerStarts(trace, '/background.js');
    const [from] = stampsOf(trace, 'ks:open:0');
    const [to] = stampsOf(trace, 'ks:done:0');
    expect(threadCpuWithin(trace, restart!, restart!.readyUs, to!)).toEqual({
      cpuMs: 7.5,
      longestMs: 5,
      timerMs: 2,
    });
    expect(threadCpuWithin(trace, restart!, from!, 106_000)).toEqual({
      cpuMs: 0,
      longestMs: 0,
      timerMs: 0,
    });
  });

  test('scriptStartWithin finds where our first content script began in a window, or the window start', () => {
    const page = (name: string, ts: number, url: string): TraceEvent => ({
      ...event(name, 3, ts, 500, 400, { url }),
    });
    const events = [
      page('EvaluateScript', 104_000, 'chrome-extension://abc/content-scripts/article.js'),
      page('EvaluateScript', 105_500, 'https://news.example/site.js'),
      page('v8.compile', 105_800, 'chrome-extension://abc/content-scripts/article-start.js'),
      page('EvaluateScript', 105_900, 'chrome-extension://abc/content-scripts/article-start.js'),
    ];
    const ours = ['/content-scripts/article.js', '/content-scripts/article-start.js'];
    expect(scriptStartWithin(events, ours, 105_000, 125_000)).toBe(105_800);
    expect(scriptStartWithin(events, ours, 100_000, 125_000)).toBe(104_000);
    expect(scriptStartWithin(events, ['/background.js'], 105_000, 125_000)).toBe(105_000);
  });
});

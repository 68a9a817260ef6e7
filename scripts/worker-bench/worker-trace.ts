/**
 * The extension's service-worker thread as Chromium's own trace records it: each start of the
 * worker (a fresh isolate), what its script load cost and whether V8's code cache served it, and
 * the thread's CPU inside time windows (one per article opened) that the driver marks in the
 * trace with `console.timeStamp` from the article's page.
 */
import type { TraceEvent } from '../page-bench/trace';
import type { PipeBrowser } from './pipe-cdp';

export const WORKER_CATEGORIES = ['toplevel', 'v8', 'devtools.timeline', 'ServiceWorker'];

/** Starts a browser-wide trace (every process, the worker's included). */
export async function startBrowserTrace(browser: PipeBrowser): Promise<void> {
  await browser.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: WORKER_CATEGORIES, enableSampling: false },
  });
}

/** Stops the trace and returns its events. */
export async function stopBrowserTrace(browser: PipeBrowser): Promise<TraceEvent[]> {
  const complete = new Promise<string>(resolve =>
    browser.on(e => {
      if (e.method === 'Tracing.tracingComplete') resolve(e.params.stream as string);
    }),
  );
  await browser.send('Tracing.end');
  const handle = await complete;
  const chunks: string[] = [];
  for (;;) {
    const chunk = await browser.send<{ data: string; eof: boolean; base64Encoded?: boolean }>(
      'IO.read',
      { handle, size: 1 << 22 },
    );
    chunks.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data);
    if (chunk.eof) break;
  }
  await browser.send('IO.close', { handle });
  const parsed = JSON.parse(chunks.join('')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

/** One run of the worker's script: a worker start. */
export interface WorkerStart {
  pid: number;
  tid: number;
  /** Trace µs of the thread's first task (the isolate's creation). */
  startUs: number;
  /** Trace µs when the task that evaluated the script ended: the worker can take events. */
  readyUs: number;
  /** CPU ms from the isolate's creation to the end of the task that evaluated the script. */
  startCpuMs: number;
  /** CPU ms of evaluating the script: compiling it (or reading its code cache) and running it. */
  compileCpuMs: number;
  runCpuMs: number;
  /** The code cache as V8 reported it: bytes consumed (0: compiled from source), rejected. */
  consumedCacheBytes: number;
  cacheRejected: boolean;
  /** Bytes of code cache produced after this run (Chromium writes one at install). */
  producedCacheBytes: number;
  /** Compiled eagerly (every function), as Chromium compiles a new service worker's script. */
  eager: boolean;
}

const cpuOf = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
const isTask = (e: TraceEvent) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask';
const dataOf = (e: TraceEvent) => (e.args?.data ?? {}) as Record<string, unknown>;

/** Every start of the worker whose script URL ends with `scriptSuffix`, in time order. */
export function workerStarts(events: readonly TraceEvent[], scriptSuffix: string): WorkerStart[] {
  const evaluations = events.filter(
    e => e.name === 'EvaluateScript' && String(dataOf(e).url ?? '').endsWith(scriptSuffix),
  );
  return evaluations
    .map(evaluation => {
      const { pid, tid } = evaluation;
      const onThread = events.filter(e => e.pid === pid && e.tid === tid && e.ph === 'X');
      const within = (e: TraceEvent) =>
        e.ts >= evaluation.ts && e.ts <= evaluation.ts + (evaluation.dur ?? 0);
      const compile = onThread.find(e => e.name === 'v8.compile' && within(e));
      const run = onThread.find(e => e.name === 'v8.run' && within(e));
      const produced = onThread.find(
        e => e.name === 'v8.produceCache' && dataOf(e).producedCacheSize,
      );
      const tasks = onThread.filter(isTask);
      const evalTask = tasks.find(
        t => t.ts <= evaluation.ts && evaluation.ts <= t.ts + (t.dur ?? 0),
      );
      const evalEnd = (evalTask ?? evaluation).ts + ((evalTask ?? evaluation).dur ?? 0);
      const compileData = compile ? dataOf(compile) : {};
      return {
        pid,
        tid,
        startUs: tasks[0]?.ts ?? evaluation.ts,
        readyUs: evalEnd,
        startCpuMs: tasks.filter(t => t.ts <= evalEnd).reduce((sum, t) => sum + cpuOf(t), 0),
        compileCpuMs: compile ? cpuOf(compile) : 0,
        runCpuMs: run ? cpuOf(run) : 0,
        consumedCacheBytes: Number(compileData.consumedCacheSize ?? 0),
        cacheRejected: compileData.cacheRejected === true,
        producedCacheBytes: Number(produced ? dataOf(produced).producedCacheSize : 0),
        eager: compileData.eager === true,
      };
    })
    .sort((a, b) => a.startUs - b.startUs);
}

/** The trace µs of every `console.timeStamp(label)` from a page. */
export function stampsOf(events: readonly TraceEvent[], label: string): number[] {
  return events
    .filter(e => e.name === 'TimeStamp' && (dataOf(e).message ?? dataOf(e).name) === label)
    .map(e => e.ts)
    .sort((a, b) => a - b);
}

/**
 * What a worker thread spent inside [fromUs, toUs]: total task CPU; the longest task that a timer
 * did not start (the page's analysis: the engine runs in a message's task); and the CPU of the
 * tasks a timer started (the background's engine warm-up is its only timer).
 */
export function threadCpuWithin(
  events: readonly TraceEvent[],
  start: WorkerStart,
  fromUs: number,
  toUs: number,
): { cpuMs: number; longestMs: number; timerMs: number } {
  const onThread = events.filter(e => e.pid === start.pid && e.tid === start.tid);
  const tasks = onThread.filter(e => isTask(e) && e.ts >= fromUs && e.ts <= toUs);
  const timers = onThread.filter(e => e.name === 'TimerFire').map(e => e.ts);
  const byTimer = (t: TraceEvent) => timers.some(ts => ts >= t.ts && ts <= t.ts + (t.dur ?? 0));
  return {
    cpuMs: tasks.reduce((sum, t) => sum + cpuOf(t), 0),
    longestMs: tasks.filter(t => !byTimer(t)).reduce((most, t) => Math.max(most, cpuOf(t)), 0),
    timerMs: tasks.filter(byTimer).reduce((sum, t) => sum + cpuOf(t), 0),
  };
}

/**
 * Trace µs at which the first of our content scripts (URL ending with one of `suffixes`) began in
 * [fromUs, toUs]: where a reader's wait for the marks starts. `fromUs` when none is found.
 */
export function scriptStartWithin(
  events: readonly TraceEvent[],
  suffixes: readonly string[],
  fromUs: number,
  toUs: number,
): number {
  const starts = events
    .filter(
      e =>
        (e.name === 'EvaluateScript' || e.name === 'v8.compile' || e.name === 'v8.run') &&
        e.ts >= fromUs &&
        e.ts <= toUs &&
        suffixes.some(suffix => String(dataOf(e).url ?? '').endsWith(suffix)),
    )
    .map(e => e.ts);
  return starts.length ? Math.min(...starts) : fromUs;
}

/**
 * The issue's last article target, as the browser counts it: how much main-thread work passes
 * between our detector's start and marks in place. One traced cold load (CDP `devtools.timeline`)
 * gives the renderer main thread's top-level tasks (page/trace.ts); we add up their thread-CPU time
 * from the task that evaluates the detector (content-scripts/article.js; at an article address,
 * where the manifest starts in its place what imports the page code, content-scripts/article-start.js)
 * to the end of the task
 * that puts the marks in place, whatever ran in between (the page's own tasks too, our injection,
 * our message replies, style and layout).
 *
 * The marks' moment: the page code's `PageState.elapsedMs` counts from its `startedAt`, taken as
 * its entry runs, just after the bundle's top level; we place it at the start of the page code's
 * run in the trace (content-scripts/article-page.js: `v8.run` after compiling, or as a module
 * `v8.evaluateModule`), which is earlier by that top level,
 * so the moment found can only be later than the true one and the sum only larger (conservative).
 *
 * Traced loads are separate from the metric loads: tracing itself costs main-thread time.
 */
import type { BrowserContext, Worker } from 'playwright-core';
import type { PageState } from '../../core/protocol';
import { settledPageState, tabIdOf } from '../../tests/e2e/browser';
import {
  mainTasks,
  startTrace,
  stopTrace,
  threadOf,
  type MainTask,
  type TraceEvent,
} from './trace';

/**
 * Left after the load before the state is read and the trace stops: the page code has its reply
 * and its marks by then (they came 0.2–0.9 s after its start on this loaded 2-core machine).
 */
const SETTLE_MS = 1200;

/** One traced load: main-thread CPU ms from our start to marks in place, and how many tasks. */
export interface ToMarks {
  cpuMs: number;
  tasks: number;
}

const urlOf = (e: TraceEvent) => String(e.args?.data?.url ?? e.args?.fileName ?? '');

/**
 * The trace time (µs) at which `scriptSuffix` began to run (after compiling), or null: its
 * `v8.run` as a script (the background injected it), or as a module (what the manifest starts
 * imported it) the first `v8.evaluateModule` after its `v8.compileModule` on that thread (the
 * evaluation names no file).
 */
function runStart(events: readonly TraceEvent[], scriptSuffix: string): number | null {
  const run = events.find(e => e.name === 'v8.run' && urlOf(e).endsWith(scriptSuffix));
  if (run) return run.ts;
  const compiled = events.find(
    e => e.name === 'v8.compileModule' && urlOf(e).endsWith(scriptSuffix),
  );
  if (!compiled) return null;
  const evaluated = events
    .filter(
      e =>
        e.name === 'v8.evaluateModule' &&
        e.pid === compiled.pid &&
        e.tid === compiled.tid &&
        e.ts >= compiled.ts,
    )
    .sort((a, b) => a.ts - b.ts)[0];
  return evaluated ? evaluated.ts : null;
}

/** The tasks from our start to marks in place in one load's trace, and where that window lies. */
export interface MarksWindow {
  tasks: MainTask[];
  /** Our start and the marks' moment, on the trace clock (µs). */
  startUs: number;
  marksAt: number;
  /** The page's renderer main thread. */
  pid: number;
  tid: number;
}

/**
 * In `events` (one traced load), the main thread's top-level tasks from our start to marks in
 * place, by the page code's settled `state`. Null when the page got no marks.
 */
export function tasksToMarks(events: readonly TraceEvent[], state: PageState): MarksWindow | null {
  if (state.elapsedMs == null || !state.analysis.article.isArticle) return null;
  // Our start: the detector's, or where the manifest starts what imports the page code in its
  // place (an article address) that script's.
  const detector =
    threadOf(events, '/content-scripts/article.js') ??
    threadOf(events, '/content-scripts/article-start.js') ??
    threadOf(events, '/content-scripts/article-page.js');
  const pageCode = runStart(events, '/content-scripts/article-page.js');
  if (!detector || pageCode === null) return null;
  const marksAt = pageCode + state.elapsedMs * 1000;
  const tasks = mainTasks(events, detector.pid, detector.tid).filter(
    t => t.startUs + t.wallMs * 1000 >= detector.startUs && t.startUs <= marksAt,
  );
  return { tasks, startUs: detector.startUs, marksAt, pid: detector.pid, tid: detector.tid };
}

/**
 * Loads `url` once in `context` (our extension, service worker `worker`) with a trace, and sums
 * the main-thread task CPU from the detector's start to marks in place. Null when the page got
 * no marks (not an article, or marks never came).
 */
export async function tracedToMarks(
  context: BrowserContext,
  worker: Worker,
  url: string,
): Promise<ToMarks | null> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await startTrace(cdp);
    await page.goto(url, { waitUntil: 'load' });
    // Settled first, then asked: the state is polled with a message every 20 ms, which the page
    // code answers (and takes as a panel's) in a task of its own, inside the window when asked early.
    await page.waitForTimeout(SETTLE_MS);
    const state: PageState = await settledPageState(worker, await tabIdOf(worker, url));
    const found = tasksToMarks(await stopTrace(cdp), state);
    if (!found) return null;
    const { tasks } = found;
    return { cpuMs: tasks.reduce((sum, t) => sum + t.cpuMs, 0), tasks: tasks.length };
  } finally {
    await page.close();
  }
}

/**
 * The main-thread tasks of one tab as Chromium itself counts them: a CDP trace of the tab's
 * renderer (`RunTask` events of the `CrRendererMain` thread, category
 * `disabled-by-default-devtools.timeline`, what DevTools' Performance panel shows), taken while
 * `during` runs. The numbers are printed by the tests, never asserted.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { renderingWithin, someWithin } from '../../scripts/page-bench/trace';

/** What one traced stretch cost the tab's main thread. */
export interface MainThreadTasks {
  /** The longest task, in ms. */
  longestMs: number;
  /** Tasks over 50 ms (the platform's "long task"). */
  longTasks: number;
  /** The time all tasks over 50 ms took together, in ms. */
  longTaskMs: number;
  /** Every task's time added up, in ms. */
  totalMs: number;
  /** The longest task that ran any of our extension's scripts (a call or an evaluation), in ms. */
  longestOursMs: number;
  /** Our tasks (those that ran our scripts) over 50 ms. */
  ourLongTasks: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts?: number;
  dur?: number;
  args?: {
    name?: string;
    data?: { frames?: { url?: string; processId?: number }[] } & Record<string, unknown>;
  };
}

/**
 * Traces `page`'s renderer while `during` runs (e.g. a navigation until our marks are drawn).
 * `urlPart` picks the renderer: the process whose frame shows an address containing it.
 */
export async function traceMainThread(
  context: BrowserContext,
  page: Page,
  urlPart: string,
  during: () => Promise<void>,
): Promise<MainThreadTasks> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Tracing.start', {
      transferMode: 'ReturnAsStream',
      traceConfig: {
        includedCategories: [
          'disabled-by-default-devtools.timeline',
          'devtools.timeline',
          '__metadata',
        ],
        excludedCategories: ['*'],
      },
    });
    await during();
    const complete = new Promise<string>(resolve =>
      cdp.once('Tracing.tracingComplete', event => resolve(event.stream!)),
    );
    await cdp.send('Tracing.end');
    const stream = await complete;
    let text = '';
    for (;;) {
      const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
      text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
      if (chunk.eof) break;
    }
    await cdp.send('IO.close', { handle: stream });
    const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
    return mainThreadTasks(Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []), urlPart);
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Sums up the `RunTask` events of the main thread of the renderer showing `urlPart`. */
function mainThreadTasks(events: TraceEvent[], urlPart: string): MainThreadTasks {
  const pids = new Set<number>();
  for (const e of events) {
    const data = e.args?.data;
    for (const frame of data?.frames ?? []) {
      if (frame.url?.includes(urlPart) && frame.processId) pids.add(frame.processId);
    }
    if (typeof data?.url === 'string' && data.url.includes(urlPart)) {
      const pid = typeof data.processId === 'number' ? data.processId : e.pid;
      if (e.name !== 'TracingStartedInBrowser') pids.add(pid);
    }
  }
  const main = new Set(
    events
      .filter(e => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .filter(e => pids.has(e.pid))
      .map(e => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter(e => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
  const runs = onMain.filter(e => e.name === 'RunTask');
  const tasks = runs.map(e => (e.dur ?? 0) / 1000);
  // Calls and evaluations of our scripts: the tasks they sit in are ours.
  const ours = onMain
    .filter(e => String(e.args?.data?.url ?? '').startsWith('chrome-extension://'))
    .map(e => e.ts ?? 0)
    .sort((a, b) => a - b);
  const runsOurs = (task: TraceEvent) =>
    someWithin(ours, task.ts ?? 0, (task.ts ?? 0) + (task.dur ?? 0));
  // A rendering task also runs our animation-frame callbacks: our part of it is the task without
  // the browser's style, layout and paint phases (which `longestMs` counts in full).
  const rendering = renderingWithin(onMain);
  const ourTasks = runs
    .filter(runsOurs)
    .map(e => (e.dur ?? 0) / 1000 - rendering(e.ts ?? 0, (e.ts ?? 0) + (e.dur ?? 0)).wallMs);
  const long = tasks.filter(ms => ms > 50);
  return {
    longestMs: Math.max(0, ...tasks),
    longTasks: long.length,
    longTaskMs: long.reduce((a, b) => a + b, 0),
    totalMs: tasks.reduce((a, b) => a + b, 0),
    longestOursMs: Math.max(0, ...ourTasks),
    ourLongTasks: ourTasks.filter(ms => ms > 50).length,
  };
}

/**
 * Main-thread tasks as Chromium itself records them: a CDP trace (`devtools.timeline`) of one
 * page load, reduced to the renderer main thread's top-level tasks (`RunTask`), with their wall
 * and thread-CPU durations. Used for the longest task on a big article and for how much
 * main-thread work comes before our marks are in place.
 */
import type { CDPSession } from 'playwright-core';

/** A trace event, as much of it as we read. */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  /** Microseconds (the trace clock: the same monotonic clock as the page's `performance`). */
  ts: number;
  dur?: number;
  /** Thread CPU microseconds. */
  tdur?: number;
  args?: { data?: Record<string, unknown>; [key: string]: unknown };
}

/** One top-level task of the renderer main thread: start, wall and CPU milliseconds. */
export interface MainTask {
  startUs: number;
  wallMs: number;
  cpuMs: number;
  /** True when the task ran any of our extension's scripts (a call or an evaluation). */
  ours: boolean;
}

/** Where our scripts come from (Chromium's extension origin). */
const OUR_SCRIPTS = 'chrome-extension://';

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'v8',
  'blink.user_timing',
];

/** Starts tracing on `cdp` (a page session). */
export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: CATEGORIES, enableSampling: false },
  });
}

/** Stops tracing and returns every event. */
export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<string>(resolve =>
    cdp.once('Tracing.tracingComplete', event => resolve(event.stream!)),
  );
  await cdp.send('Tracing.end');
  const handle = await complete;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle, size: 1 << 20 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

/**
 * The renderer main thread that ran the script whose URL ends with `scriptSuffix` (a script, or a
 * module: the page code at an article address, utils/article-start.ts).
 */
export function threadOf(
  events: readonly TraceEvent[],
  scriptSuffix: string,
): { pid: number; tid: number; startUs: number } | null {
  for (const e of events) {
    const url = (e.args?.data?.url ?? e.args?.fileName ?? '') as string;
    if (
      typeof url === 'string' &&
      url.endsWith(scriptSuffix) &&
      (e.name === 'EvaluateScript' ||
        e.name === 'v8.compile' ||
        e.name === 'v8.compileModule' ||
        e.name === 'v8.run')
    ) {
      return { pid: e.pid, tid: e.tid, startUs: e.ts };
    }
  }
  return null;
}

/**
 * True when some time of `sorted` (ascending) lies within [start, end]: one binary search, so a
 * trace's thousands of tasks each ask it cheaply which of them ran our scripts.
 */
export function someWithin(sorted: readonly number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]! <= end;
}

/**
 * The top-level tasks of thread (pid, tid), in time order, each flagged when it ran our scripts:
 * a script call or evaluation whose URL is the extension's falls inside it.
 */
export function mainTasks(events: readonly TraceEvent[], pid: number, tid: number): MainTask[] {
  const onThread = events.filter(e => e.pid === pid && e.tid === tid && e.ph === 'X');
  const ourCalls = onThread
    .filter(e => String(e.args?.data?.url ?? '').startsWith(OUR_SCRIPTS))
    .map(e => e.ts)
    .sort((a, b) => a - b);
  const runsOurs = (start: number, end: number) => someWithin(ourCalls, start, end);
  return onThread
    .filter(e => e.name === 'RunTask')
    .map(e => ({
      startUs: e.ts,
      wallMs: (e.dur ?? 0) / 1000,
      cpuMs: (e.tdur ?? e.dur ?? 0) / 1000,
      ours: runsOurs(e.ts, e.ts + (e.dur ?? 0)),
    }))
    .sort((a, b) => a.startUs - b.startUs);
}

/** The task containing time `us`, or the first one starting after it. */
export function taskIndexAt(tasks: readonly MainTask[], us: number): number {
  const i = tasks.findIndex(t => t.startUs + t.wallMs * 1000 >= us);
  return i < 0 ? tasks.length : i;
}

/** The browser's rendering phases: their time inside a task is the page's rendering. */
export const RENDERING_PHASES = new Set([
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
]);

/** As much of a trace event as `renderingWithin` reads. */
type RenderingEvent = Pick<TraceEvent, 'name' | 'ph' | 'dur' | 'tdur'> & {
  ts?: number;
  args?: { data?: Record<string, unknown> };
};

/** A span of the trace clock, in µs: [start, end). */
type Span = [start: number, end: number];

/** The spans our scripts ran in (calls and evaluations of the extension's URLs), merged, in order. */
function ourScriptSpans(events: readonly RenderingEvent[]): Span[] {
  const spans = events
    .filter(e => e.ph === 'X' && String(e.args?.data?.url ?? '').startsWith(OUR_SCRIPTS))
    .map((e): Span => [e.ts ?? 0, (e.ts ?? 0) + (e.dur ?? 0)])
    .sort((a, b) => a[0] - b[0]);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push(span);
  }
  return merged;
}

/** True when `us` lies inside one of `spans` (merged, in order). */
function insideSome(spans: readonly Span[], us: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![1] <= us) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo]![0] <= us;
}

/**
 * For the complete events of one thread: the wall and CPU ms of the rendering phases within
 * [startUs, endUs]. A rendering task also runs animation-frame callbacks (ours among them): what a
 * script costs in it is the task without these. A phase inside one of our scripts' calls is not
 * counted: that is a style or layout our script forced by reading it, which our script pays.
 */
export function renderingWithin(
  events: readonly RenderingEvent[],
): (startUs: number, endUs: number) => { wallMs: number; cpuMs: number } {
  const ours = ourScriptSpans(events);
  const phases = events
    .filter(e => e.ph === 'X' && RENDERING_PHASES.has(e.name))
    .map(e => ({ ...e, ts: e.ts ?? 0 }))
    .filter(e => !insideSome(ours, e.ts))
    .sort((a, b) => a.ts - b.ts);
  return (startUs, endUs) => {
    let wallMs = 0;
    let cpuMs = 0;
    for (const e of phases) {
      if (e.ts < startUs) continue;
      if (e.ts >= endUs) break;
      wallMs += (e.dur ?? 0) / 1000;
      cpuMs += (e.tdur ?? e.dur ?? 0) / 1000;
    }
    return { wallMs, cpuMs };
  };
}

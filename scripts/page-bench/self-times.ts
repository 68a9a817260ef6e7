/**
 * Where a page's main-thread time goes, by kind of work: a trace's complete events on one thread,
 * each counted for its SELF time (its duration minus its children's), added up by name. The names
 * are Chromium's own (`UpdateLayoutTree` is style recalc, `ParseAuthorStyleSheet` a stylesheet
 * parse, `v8.compile`, `FunctionCall`, `RunMicrotasks`…); script work is split by whose script it
 * is (`(ext FILE)` for an extension's script, by file: our detector `article.js` apart from the page
 * code `article-page.js`), so that two loads of one page, with and without an extension, show which
 * work the extension adds, script or not, and which of its scripts adds it.
 */
import type { TraceEvent } from './trace';

/** Extension script URLs (Chromium's extension origin). */
const EXTENSION_URL = 'chrome-extension://';

/** ` (ext FILE)` when `event` runs an extension's script (FILE: its file name), else ''. */
function extensionTag(event: Pick<TraceEvent, 'args'>): string {
  const url = event.args?.data?.url ?? event.args?.data?.scriptName ?? event.args?.fileName;
  if (typeof url !== 'string' || !url.startsWith(EXTENSION_URL)) return '';
  return ` (ext ${url.slice(url.lastIndexOf('/') + 1)})`;
}

/** The key an event is counted under: its name, marked `(ext FILE)` when an extension's script runs. */
export function workKey(event: Pick<TraceEvent, 'name' | 'args'>): string {
  return `${event.name}${extensionTag(event)}`;
}

/** One open event while walking the nesting: its end, its children's CPU so far, its tag. */
interface Open {
  key: string;
  /** ` (ext FILE)` when it runs an extension's script (its own, or its parent's), else ''. */
  tag: string;
  end: number;
  cpu: number;
  childCpu: number;
}

/**
 * Self CPU ms by `workKey` for the complete events of thread (pid, tid). An event nests in the
 * one open before it when it starts before that one ends (trace events on one thread nest
 * properly). CPU is the event's thread time (`tdur`), or its wall time when the trace has none.
 * A child inherits `(ext FILE)` from an extension parent (V8's internals carry no URL of their own).
 */
export function selfTimes(
  events: readonly TraceEvent[],
  pid: number,
  tid: number,
): Map<string, number> {
  const onThread = events
    .filter(e => e.pid === pid && e.tid === tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const totals = new Map<string, number>();
  const stack: Open[] = [];
  const close = (open: Open) =>
    totals.set(open.key, (totals.get(open.key) ?? 0) + (open.cpu - open.childCpu) / 1000);
  for (const e of onThread) {
    while (stack.length && e.ts >= stack[stack.length - 1]!.end) close(stack.pop()!);
    const parent = stack[stack.length - 1];
    const cpu = e.tdur ?? e.dur ?? 0;
    if (parent) parent.childCpu += cpu;
    const tag = extensionTag(e) || (parent?.tag ?? '');
    stack.push({ key: `${e.name}${tag}`, tag, end: e.ts + (e.dur ?? 0), cpu, childCpu: 0 });
  }
  while (stack.length) close(stack.pop()!);
  return totals;
}

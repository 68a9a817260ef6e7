import type { TraceEvent } from '../../scripts/page-bench/trace';

/**
 * A complete trace event `name` on thread (1, 1) at `ts` µs lasting `dur` µs (CPU `tdur`), run by
 * the script at `url` when given: what the page benches' trace readers are fed in their tests.
 */
export const traceEvent = (
  name: string,
  ts: number,
  dur: number,
  tdur = dur,
  url?: string,
): TraceEvent => ({
  name,
  cat: 'devtools.timeline',
  ph: 'X',
  pid: 1,
  tid: 1,
  ts,
  dur,
  tdur,
  ...(url ? { args: { data: { url } } } : {}),
});

/**
 * The tasks behind bench:page's "to marks" sum, one by one: traced cold loads of one fixture in
 * our build, and for each load every top-level task of the page's main thread from our start
 * (the script the manifest starts) to marks in place (page-bench/to-marks.ts's window), with what
 * it ran: its CPU, whether it ran our scripts, and its largest children by self CPU (Chromium's
 * event names: `v8.compileModule`, `v8.evaluateModule`, `FunctionCall`, `RunMicrotasks`,
 * `TimerFire`, `FireAnimationFrame`, `UpdateLayoutTree`, `ParseHTML`…), so a round trip, an
 * import, a continuation, a frame or the page's own work each show as what they are.
 *
 *   npm run bench:page-tasks                                   # seed-article, 3 loads
 *   npm run bench:page-tasks -- --fixture current-design --runs 5 --ext /tmp/main-build
 *
 * The state is read only after the load has settled: bench:page's own poll for it sends the page
 * a message every 20 ms, which our page code answers (and takes as a panel's), inside the window.
 * Prints numbers; never asserts timing.
 */
import type { TraceEvent } from './page-bench/trace';
import { launchWithExtension, settledPageState, tabIdOf } from '../tests/e2e/browser';
import { loadFixtures, startFixtureServer } from '../tests/e2e/fixture-server';
import { argOf } from './page-bench/cli';
import { startTrace, stopTrace } from './page-bench/trace';
import { tasksToMarks } from './page-bench/to-marks';

const RUNS = Number(argOf('--runs') ?? 3);
const FIXTURE = argOf('--fixture') ?? 'seed-article';
const EXT = argOf('--ext');
/** Children listed per task, largest self CPU first. */
const SHOWN = Number(argOf('--top') ?? 4);
/** Left after the load before the state is read and the trace stops (ms). */
const SETTLE_MS = 1200;

const fixture = loadFixtures().find(f => f.slug === FIXTURE);
if (!fixture) throw new Error(`no fixture ${FIXTURE}`);
const server = await startFixtureServer([fixture]);
const ours = await launchWithExtension(EXT ? { extensionDir: EXT } : {});
const url = server.urlOf(fixture);

/** `name (file)` for an event that names a script, else its name. */
function label(e: TraceEvent): string {
  const url = e.args?.data?.url ?? e.args?.data?.scriptName ?? e.args?.fileName;
  if (typeof url !== 'string' || !url) return e.name;
  return `${e.name} ${url.slice(url.lastIndexOf('/') + 1).slice(0, 30)}`;
}

/** Self CPU (ms) of each labelled event inside [start, end) on the thread, largest first. */
function childrenOf(events: readonly TraceEvent[], start: number, end: number) {
  const inside = events
    .filter(e => e.ph === 'X' && e.ts >= start && e.ts < end && e.name !== 'RunTask')
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const totals = new Map<string, number>();
  const stack: { key: string; end: number; cpu: number; child: number }[] = [];
  const close = (o: (typeof stack)[number]) =>
    totals.set(o.key, (totals.get(o.key) ?? 0) + (o.cpu - o.child) / 1000);
  for (const e of inside) {
    while (stack.length && e.ts >= stack[stack.length - 1]!.end) close(stack.pop()!);
    const cpu = e.tdur ?? e.dur ?? 0;
    if (stack.length) stack[stack.length - 1]!.child += cpu;
    stack.push({ key: label(e), end: e.ts + (e.dur ?? 0), cpu, child: 0 });
  }
  while (stack.length) close(stack.pop()!);
  return [...totals].filter(([, v]) => v >= 0.01).sort((a, b) => b[1] - a[1]);
}

try {
  // One unmeasured load: the first run of a content script in a browser compiles it.
  for (let run = 0; run <= RUNS; run++) {
    const page = await ours.context.newPage();
    try {
      const cdp = await ours.context.newCDPSession(page);
      await startTrace(cdp);
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(SETTLE_MS);
      const state = await settledPageState(ours.worker, await tabIdOf(ours.worker, url));
      const events = await stopTrace(cdp);
      if (run === 0) continue;
      const found = tasksToMarks(events, state);
      if (!found) {
        console.log(`load ${run}: no marks found in the trace`);
        continue;
      }
      const { tasks, startUs, marksAt, pid, tid } = found;
      const onThread = events.filter(e => e.pid === pid && e.tid === tid);
      const cpu = tasks.reduce((s, t) => s + t.cpuMs, 0);
      console.log(
        `\n${FIXTURE} load ${run}: ${tasks.length} tasks, ${cpu.toFixed(2)} ms CPU, marks at ` +
          `+${((marksAt - startUs) / 1000).toFixed(1)} ms wall (page code elapsedMs ${state.elapsedMs?.toFixed(1)})`,
      );
      console.log('   at ms   wall    cpu ours  what (self CPU ms)');
      for (const t of tasks) {
        const end = t.startUs + t.wallMs * 1000;
        const what = childrenOf(onThread, t.startUs, end)
          .slice(0, SHOWN)
          .map(([k, v]) => `${k} ${v.toFixed(2)}`)
          .join(', ');
        console.log(
          `${((t.startUs - startUs) / 1000).toFixed(1).padStart(8)} ${t.wallMs.toFixed(2).padStart(6)} ` +
            `${t.cpuMs.toFixed(2).padStart(6)} ${t.ours ? ' yes' : '    '}  ${what}`,
        );
      }
    } finally {
      await page.close();
    }
  }
} finally {
  await ours.context.close();
  await server.close();
}

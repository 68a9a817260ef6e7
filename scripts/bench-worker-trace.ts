/**
 * The engine's cold start as the platform counts it: Chromium's own trace of the extension's
 * service-worker thread (where utils/page-code.ts runs the engine), CPU per article.
 *
 * Each build gets a fresh Chromium (a new profile) driven over the DevTools pipe without attaching
 * to the worker (pipe-cdp.ts: an attached debugger would keep the worker from ever stopping). After
 * the install run, each cycle waits until Chromium stops the idle worker, then opens one article
 * fixture REPEATS times in turn (a tab each, until its marks are drawn): the 1st pays a worker start
 * (isolate, script from the code cache or not, module set-up) and the engine's first analysis,
 * the 2nd the same text again in the running worker, the last one the engine as warm as a few
 * articles make it. Per article, the worker thread's CPU in all (the page-code injection and the
 * messages included), its analysis task (the longest task no timer started: the engine runs in the
 * message's task) and any timer's tasks (a warm-up, if a build has one). With `--base DIR`, a
 * second build runs in its own browser, cycles interleaved (one's idle wait is the other's turn),
 * and the two builds' medians are printed as ratios. Also printed: what V8's code cache did for the
 * worker's script on each start, how long after the last article the worker was stopped, and how
 * many articles never showed marks (their windows end at the wait's limit, not at the marks).
 * The reader's wait: wall time from the start of our content script on the page to the marks (the
 * page code's first `data-ks-marked` write, stamped by a main-world observer), and from the
 * navigation; on a loaded 2-core machine the wall times are noisy, so compare medians of many cycles.
 *
 *   npx wxt build && npm run bench:worker-trace [-- --cycles 6] [--repeats 4] [--base DIR]
 *
 * Prints numbers; never asserts timing. The machine is shared: read the ratios, not the absolutes.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIR } from '../tests/e2e/browser';
import { loadFixtures, startFixtureServer } from '../tests/e2e/fixture-server';
import { argOf, median } from './page-bench/cli';
import type { TraceEvent } from './page-bench/trace';
import { ordinal } from './worker-bench/ordinal';
import { launchOnPipe, type PipeBrowser } from './worker-bench/pipe-cdp';
import {
  scriptStartWithin,
  startBrowserTrace,
  stampsOf,
  stopBrowserTrace,
  threadCpuWithin,
  workerStarts,
  type WorkerStart,
} from './worker-bench/worker-trace';

const CYCLES = Number(argOf('--cycles') ?? 5);
const REPEATS = Math.max(2, Number(argOf('--repeats') ?? 4));
/** The last visit of a cycle, as the report names it (`4th`, `2nd`). */
const LAST = ordinal(REPEATS);
const BUILDS = [
  { label: 'this', dir: argOf('--extension') ?? EXTENSION_DIR },
  ...(argOf('--base')
    ? [{ label: 'base', dir: path.join(argOf('--base')!, '.output/chrome-mv3') }]
    : []),
];
for (const { dir } of BUILDS)
  if (!existsSync(path.join(dir, 'manifest.json')))
    throw new Error(`No build at ${dir}: run \`npx wxt build\` first.`);

const articles = loadFixtures().filter(f => f.expected.isArticle);
const server = await startFixtureServer(articles);
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
/** True once the page's quote marks are drawn (CSS highlights, shared by every world of the page). */
const MARKS = `(globalThis.CSS?.highlights?.size ?? 0) > 0`;
/** What the manifest starts on a Republika page (the detector, or at an article address what imports the page code). */
const OUR_START_SCRIPTS = ['/content-scripts/article.js', '/content-scripts/article-start.js'];
/**
 * Stamps the trace when the page code first flags a paragraph as marked (`data-ks-marked`, set in
 * the task that draws the marks): the reader's wait ends there, to the microsecond, where the
 * polling for `MARKS` only knows it to 50 ms. A main-world observer sees the content script's DOM
 * writes (the DOM is shared across worlds) and does nothing else.
 */
const markedStamp = (n: number) =>
  `new MutationObserver((_, observer) => { observer.disconnect(); console.timeStamp('ks:marked:${n}'); })` +
  `.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ks-marked'] });`;

/** A build's browser, whether its worker runs, and when it last stopped. */
interface Run {
  label: string;
  browser: PipeBrowser;
  workerAlive: boolean;
  stoppedAt: number;
  lastDoneAt: number;
  idleStops: number[];
  opened: number;
  /** Articles whose marks had not come when the wait for them gave up. */
  unmarked: number;
  events: TraceEvent[];
}

async function openRun(label: string, dir: string): Promise<Run> {
  const browser = launchOnPipe(dir);
  const run: Run = {
    label,
    browser,
    workerAlive: false,
    stoppedAt: 0,
    lastDoneAt: 0,
    idleStops: [],
    opened: 0,
    unmarked: 0,
    events: [],
  };
  const workers = new Set<string>();
  browser.on(({ method, params }) => {
    const info = params.targetInfo as { targetId: string; type: string } | undefined;
    if (method === 'Target.targetCreated' && info?.type === 'service_worker') {
      workers.add(info.targetId);
      run.workerAlive = true;
    }
    if (method === 'Target.targetDestroyed' && workers.delete(params.targetId as string)) {
      run.workerAlive = workers.size > 0;
      run.stoppedAt = Date.now();
      if (run.lastDoneAt) run.idleStops.push((run.stoppedAt - run.lastDoneAt) / 1000);
    }
  });
  await startBrowserTrace(browser);
  await browser.send('Target.setDiscoverTargets', { discover: true });
  return run;
}

async function untilWorkerStopped(run: Run): Promise<void> {
  const deadline = Date.now() + 120_000;
  await sleep(500);
  while (run.workerAlive && Date.now() < deadline) await sleep(200);
}

/** Opens `url` in a new tab, stamping the trace before navigating and once marks are drawn. */
async function openArticle(run: Run, url: string): Promise<void> {
  const n = run.opened++;
  const { browser } = run;
  const { targetId } = await browser.send<{ targetId: string }>('Target.createTarget', {
    url: 'about:blank',
  });
  const { sessionId } = await browser.send<{ sessionId: string }>('Target.attachToTarget', {
    targetId,
    flatten: true,
  });
  const evaluate = (expression: string) =>
    browser.send<{ result: { value?: unknown } }>(
      'Runtime.evaluate',
      { expression, returnByValue: true },
      sessionId,
    );
  // Scripts to evaluate on a new document run only with the Page domain on.
  await browser.send('Page.enable', {}, sessionId);
  await browser.send(
    'Page.addScriptToEvaluateOnNewDocument',
    { source: markedStamp(n) },
    sessionId,
  );
  await evaluate(`console.timeStamp('ks:open:${n}')`);
  await browser.send('Page.navigate', { url }, sessionId);
  const deadline = Date.now() + 15_000;
  let marked = false;
  while (!marked && Date.now() < deadline) {
    marked = (await evaluate(MARKS)).result.value === true;
    if (!marked) await sleep(50);
  }
  if (!marked) run.unmarked++;
  await evaluate(`console.timeStamp('ks:done:${n}')`);
  run.lastDoneAt = Date.now();
  await browser.send('Target.closeTarget', { targetId });
}

/** One article opened after the worker stopped, measured on the worker's thread. */
interface Visit {
  start: WorkerStart | null;
  /** CPU ms on the worker thread in the article's window, the worker start excluded. */
  cpuMs: number[];
  longestMs: number[];
  timerMs: number[];
  /** Wall ms from the navigation to the marks (`ks:marked:n`), the page's own load included. */
  waitMs: number[];
  /** Wall ms from our first content script's start on the page to the marks: the reader's wait. */
  scriptToMarksMs: number[];
}

/** The worker-thread CPU of each window `ks:open:n`…`ks:done:n`, grouped by cycle. */
function visitsOf(run: Run): Visit[] {
  const starts = workerStarts(run.events, '/background.js');
  const visits: Visit[] = [];
  for (let c = 0; c < run.opened / REPEATS; c++) {
    const visit: Visit = {
      start: null,
      cpuMs: [],
      longestMs: [],
      timerMs: [],
      waitMs: [],
      scriptToMarksMs: [],
    };
    for (let k = 0; k < REPEATS; k++) {
      const n = c * REPEATS + k;
      const from = stampsOf(run.events, `ks:open:${n}`)[0];
      const to = stampsOf(run.events, `ks:done:${n}`)[0];
      if (from === undefined || to === undefined) continue;
      const start = starts.filter(s => s.startUs <= to).at(-1);
      if (!start) continue;
      const startedHere = start.startUs >= from;
      if (k === 0 && startedHere) visit.start = start;
      // The worker start's own tasks are counted apart (WorkerStart.startCpuMs).
      const after = startedHere ? start.readyUs : from;
      const { cpuMs, longestMs, timerMs } = threadCpuWithin(run.events, start, after, to);
      visit.cpuMs.push(cpuMs);
      visit.timerMs.push(timerMs);
      visit.longestMs.push(longestMs);
      const marked = stampsOf(run.events, `ks:marked:${n}`)[0] ?? to;
      visit.waitMs.push((marked - from) / 1000);
      const scriptAt = scriptStartWithin(run.events, OUR_START_SCRIPTS, from, marked);
      visit.scriptToMarksMs.push((marked - scriptAt) / 1000);
    }
    visits.push(visit);
  }
  return visits;
}

const ms = (v: number) => v.toFixed(2);

/** A build's medians that the A/B compares. */
interface Summary {
  startCpuMs: number;
  firstMs: number;
  firstAnalysisMs: number;
  lastMs: number;
  firstWaitMs: number;
  firstScriptToMarksMs: number;
}

function report(run: Run, dir: string): Summary {
  const starts = workerStarts(run.events, '/background.js');
  const visits = visitsOf(run).filter(v => v.start && v.cpuMs.length === REPEATS);
  const at = (k: number) => median(visits.map(v => v.cpuMs[k]!));
  const longestAt = (k: number) => median(visits.map(v => v.longestMs[k]!));
  const timerAt = (k: number) => median(visits.map(v => v.timerMs[k]!));
  const waitAt = (k: number) => median(visits.map(v => v.waitMs[k]!));
  const scriptToMarksAt = (k: number) => median(visits.map(v => v.scriptToMarksMs[k]!));
  const pick = (f: (s: WorkerStart) => number) => median(visits.map(v => f(v.start!)));
  const [install, ...restarts] = starts;
  console.log(`  ${run.label} (${dir}), ${visits.length} cycles:`);
  console.log(
    `    worker start ${ms(pick(s => s.startCpuMs))} ms (script: compile ${ms(pick(s => s.compileCpuMs))}, ` +
      `run ${ms(pick(s => s.runCpuMs))}); then on the worker thread, per article: ` +
      `1st after start ${ms(at(0))} (analysis task ${ms(longestAt(0))}, warm-up timer ${ms(timerAt(0))}), ` +
      `2nd (same text) ${ms(at(1))} (analysis ${ms(longestAt(1))}), ` +
      `${LAST} ${ms(at(REPEATS - 1))} (analysis ${ms(longestAt(REPEATS - 1))}); ` +
      `analysis 1st / ${LAST} ${(longestAt(0) / longestAt(REPEATS - 1)).toFixed(1)}×, ` +
      `worker CPU (start + 1st) / ${LAST} ${((pick(s => s.startCpuMs) + at(0)) / at(REPEATS - 1)).toFixed(1)}×`,
  );
  if (install)
    console.log(
      `    code cache: install run compiled ${install.eager ? 'eagerly (every function)' : 'lazily'}, ` +
        `${ms(install.compileCpuMs)} ms, produced ${install.producedCacheBytes} B; ` +
        `later starts consumed ${restarts.map(s => s.consumedCacheBytes).join(', ')} B ` +
        `(rejected ${restarts.filter(s => s.cacheRejected).length} of ${restarts.length})`,
    );
  console.log(
    `    reader's wait, wall ms from our script's start to the marks (from the navigation): ` +
      `1st after start ${ms(scriptToMarksAt(0))} (${ms(waitAt(0))}), 2nd ${ms(scriptToMarksAt(1))} ` +
      `(${ms(waitAt(1))}), ${LAST} ${ms(scriptToMarksAt(REPEATS - 1))} (${ms(waitAt(REPEATS - 1))})`,
  );
  console.log(
    `    idle stop: the worker was stopped ${run.idleStops.map(s => s.toFixed(1)).join(', ')} s after the last article; ` +
      `marks never came on ${run.unmarked} of ${run.opened} articles`,
  );
  return {
    startCpuMs: pick(s => s.startCpuMs),
    firstMs: at(0),
    firstAnalysisMs: longestAt(0),
    lastMs: at(REPEATS - 1),
    firstWaitMs: waitAt(0),
    firstScriptToMarksMs: scriptToMarksAt(0),
  };
}

/** `this` over `base`, median for median (measured in the same run, cycles interleaved). */
function compare(mine: Summary, base: Summary): void {
  const ratio = (k: keyof Summary) => `${(mine[k] / base[k]).toFixed(2)}×`;
  console.log(
    `  this / base: worker start ${ratio('startCpuMs')}, 1st article ${ratio('firstMs')} ` +
      `(analysis ${ratio('firstAnalysisMs')}), ${LAST} ${ratio('lastMs')}; 1st article's wait ` +
      `(script start → marks) ${ratio('firstScriptToMarksMs')} (from the navigation ${ratio('firstWaitMs')})`,
  );
}

const runs: Run[] = [];
try {
  for (const { label, dir } of BUILDS) runs.push(await openRun(label, dir));
  for (let c = 0; c < CYCLES; c++) {
    const article = articles[c % articles.length]!;
    for (const run of runs) {
      await untilWorkerStopped(run);
      for (let k = 0; k < REPEATS; k++) await openArticle(run, server.urlOf(article));
    }
  }
  for (const run of runs) await untilWorkerStopped(run);
  for (const run of runs) run.events = await stopBrowserTrace(run.browser);
  console.log(
    `extension service worker, Chromium's trace of its thread (thread CPU ms, medians over cycles; ` +
      `each cycle: the idle worker stopped, then one article fixture opened ${REPEATS}× in turn, fixtures rotating)`,
  );
  const summaries = runs.map((run, i) => report(run, BUILDS[i]!.dir));
  if (summaries.length === 2) compare(summaries[0]!, summaries[1]!);
} finally {
  for (const run of runs) await run.browser.close();
  await server.close();
}

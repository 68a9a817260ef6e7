/**
 * Where the main-thread work we add to a page load goes, by kind of task, as Chromium records it
 * (issue 8: bench:page's TaskDuration is over reader mode's while our ScriptDuration is half of
 * its, so the rest is in tasks that run no script of ours by name).
 *
 * Traced cold loads of each article fixture, round-robin in the empty extension, the reader-mode
 * one (page-bench/comparison-extensions.ts), ours and with `--base DIR` another build of ours,
 * from the task that runs the content script (the same moment in each: `document_idle`) to the
 * load event plus bench:page's settle time: the part of the window its Performance.getMetrics
 * covers where an extension can add anything, without the page's parsing and first rendering,
 * which only add noise to a difference. Every top-level task of the page's main thread is put in one
 * class by what it runs (`classOf`, first rule that matches), and each class's thread CPU and task
 * count are averaged over the loads: means, not medians, so that the classes add up to the total.
 * The columns after the builds are what ours adds over the empty extension and over the reader.
 *
 *   npm run bench:page-added                                  # 8 loads per fixture and build
 *   npm run bench:page-added -- --runs 12 --only seed-article --base /tmp/main-build
 *
 * Tracing costs main-thread time itself: read the differences, not the absolutes. Prints numbers;
 * never asserts timing.
 */
import type { BrowserContext } from 'playwright-core';
import { EXTENSION_DIR, launchChromium, launchWithExtension } from '../tests/e2e/browser';
import { loadFixtures, startFixtureServer } from '../tests/e2e/fixture-server';
import { roundOrder, argOf } from './page-bench/cli';
import { buildComparisonExtensions, placementOf } from './page-bench/comparison-extensions';
import { SETTLE_MS } from './page-bench/metrics';
import { RENDERING_PHASES, startTrace, stopTrace, type TraceEvent } from './page-bench/trace';

const RUNS = Number(argOf('--runs') ?? 8);
const BASE_DIR = argOf('--base');
const ONLY = argOf('--only')?.split(',');

/** The classes, in the order `classOf` tries them and the table lists them. */
const CLASSES = [
  'content script',
  'page code: compile',
  'page code: run',
  'page code: code cache',
  'extension message',
  'loading',
  'page script',
  'rendering',
  'other',
] as const;
type TaskClass = (typeof CLASSES)[number];

const EXTENSION = 'chrome-extension://';
const SCRIPT_RUNS = new Set(['v8.run', 'EvaluateScript', 'FunctionCall', 'v8.compile']);

const urlOf = (e: TraceEvent) => String(e.args?.data?.url ?? e.args?.fileName ?? '');
/** The Mojo interface a task's IPC event is for (`extensions.mojom.MessagePort`…), or ''. */
const mojoOf = (e: TraceEvent) => {
  const info = e.args?.chrome_mojo_event_info as
    { mojo_interface_tag?: string; watcher_notify_interface_tag?: string } | undefined;
  return info?.mojo_interface_tag ?? info?.watcher_notify_interface_tag ?? '';
};

/**
 * The class of a task from the events inside it (its descendants, in time order):
 * - content script: a script the manifest starts runs in it (ours: the start script or the
 *   detector; a comparison extension's content.js);
 * - page code: compile / run / code cache: our page code's module is compiled, evaluated (with
 *   the first read of the page and its message to the background), or its code cache made;
 * - extension message: a message of the extension's arrives (the background's answer, which the
 *   page code takes in and writes the marks with in the same task; a channel closing);
 * - loading: the network or the code cache answers (the page's images, our module's fetch);
 * - page script: the page's own scripts run;
 * - rendering: style, layout, paint (a frame; ours after our write);
 * - other: the rest (promise continuations, timers, closed Mojo endpoints, parsing…).
 */
function classOf(inside: readonly TraceEvent[]): TaskClass {
  const ours = (e: TraceEvent) => urlOf(e).startsWith(EXTENSION);
  if (inside.some(e => (e.name === 'v8.run' || e.name === 'EvaluateScript') && ours(e))) {
    return inside.some(e => e.name === 'v8.compileModule')
      ? 'page code: compile'
      : 'content script';
  }
  if (inside.some(e => e.name === 'v8.compileModule')) return 'page code: compile';
  if (inside.some(e => e.name === 'v8.evaluateModule')) return 'page code: run';
  if (inside.some(e => e.name === 'v8.produceModuleCache')) return 'page code: code cache';
  const ipc = inside.map(mojoOf).find(tag => tag !== '') ?? '';
  if (ipc.startsWith('extensions.mojom')) return 'extension message';
  if (ipc.startsWith('network.mojom') || ipc === 'blink.mojom.CodeCacheHost') return 'loading';
  if (inside.some(e => SCRIPT_RUNS.has(e.name) && urlOf(e) !== '' && !ours(e)))
    return 'page script';
  if (inside.some(e => RENDERING_PHASES.has(e.name))) return 'rendering';
  return 'other';
}

/** One traced load: CPU ms and task count per class on the page's main thread. */
type Tally = Record<TaskClass, { cpuMs: number; tasks: number }>;

function emptyTally(): Tally {
  return Object.fromEntries(CLASSES.map(c => [c, { cpuMs: 0, tasks: 0 }])) as Tally;
}

/**
 * The page's main thread (where its HTML was parsed), its tasks from the content script's on
 * classified; null when no content script ran.
 */
function tallyOf(events: readonly TraceEvent[]): Tally | null {
  const parse = events.find(e => e.name === 'ParseHTML');
  if (!parse) return null;
  const onThread = events
    .filter(e => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tally = emptyTally();
  /** False until the task that runs the content script: the page's load before it is not ours. */
  let started = false;
  let i = 0;
  while (i < onThread.length) {
    const task = onThread[i]!;
    const end = task.ts + (task.dur ?? 0);
    let j = i + 1;
    while (j < onThread.length && onThread[j]!.ts < end) j++;
    if (task.name === 'RunTask') {
      const kind = classOf(onThread.slice(i + 1, j));
      started ||= kind === 'content script';
      if (started) {
        tally[kind].cpuMs += (task.tdur ?? task.dur ?? 0) / 1000;
        tally[kind].tasks++;
      }
    }
    i = task.name === 'RunTask' ? j : i + 1;
  }
  return started ? tally : null;
}

/** The mean of `tallies`, per class. */
function meanOf(tallies: readonly Tally[]): Tally {
  const mean = emptyTally();
  for (const tally of tallies) {
    for (const c of CLASSES) {
      mean[c].cpuMs += tally[c].cpuMs / tallies.length;
      mean[c].tasks += tally[c].tasks / tallies.length;
    }
  }
  return mean;
}

const fixtures = loadFixtures().filter(
  f => f.expected.isArticle && (!ONLY || ONLY.includes(f.slug)),
);
const server = await startFixtureServer(fixtures);
const comparison = await buildComparisonExtensions(placementOf(EXTENSION_DIR));
const kinds = ['empty', 'reader', ...(BASE_DIR ? ['base'] : []), 'ours'];
const contexts: Record<string, BrowserContext> = {
  empty: await launchChromium(comparison.empty),
  reader: await launchChromium(comparison.reader),
  ours: (await launchWithExtension()).context,
  ...(BASE_DIR && { base: (await launchWithExtension({ extensionDir: BASE_DIR })).context }),
};

/** One traced cold load of `url` in `kind`'s browser. */
async function tracedLoad(kind: string, url: string): Promise<Tally | null> {
  const page = await contexts[kind]!.newPage();
  try {
    const cdp = await contexts[kind]!.newCDPSession(page);
    await startTrace(cdp);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    return tallyOf(await stopTrace(cdp));
  } finally {
    await page.close();
  }
}

const cell = (value: number, tasks: number) =>
  `${value.toFixed(2).padStart(6)} [${tasks.toFixed(1).padStart(4)}]`;
const diff = (value: number, tasks: number) =>
  `${(value >= 0 ? '+' : '') + value.toFixed(2)}`.padStart(7) +
  ` [${(tasks >= 0 ? '+' : '') + tasks.toFixed(1)}]`.padEnd(8);

try {
  console.log(
    `bench:page-added: ${RUNS} traced cold loads per fixture in each of ${kinds.join(', ')}, ` +
      `round-robin; main-thread CPU ms per load by class of task (mean) [tasks]`,
  );
  // One unmeasured load in each browser: its first run of a content script compiles it.
  for (const kind of kinds) if (fixtures[0]) await tracedLoad(kind, server.urlOf(fixtures[0]));
  for (const fixture of fixtures) {
    const url = server.urlOf(fixture);
    const loads: Record<string, Tally[]> = Object.fromEntries(kinds.map(k => [k, []]));
    for (let run = 0; run < RUNS; run++) {
      for (const kind of roundOrder(kinds, run)) {
        const tally = await tracedLoad(kind, url);
        if (tally) loads[kind]!.push(tally);
      }
    }
    const means = Object.fromEntries(kinds.map(k => [k, meanOf(loads[k]!)]));
    console.log(
      `\n${fixture.slug}\n${'class'.padEnd(22)}` +
        kinds.map(k => k.padStart(14)).join('') +
        '   ours−empty     ours−reader',
    );
    const rows = [...CLASSES.map(c => [c, (t: Tally) => t[c]] as const)];
    const total = (t: Tally) =>
      CLASSES.reduce(
        (sum, c) => ({ cpuMs: sum.cpuMs + t[c].cpuMs, tasks: sum.tasks + t[c].tasks }),
        { cpuMs: 0, tasks: 0 },
      );
    for (const [name, pick] of [...rows, ['total', total] as const]) {
      const of = (k: string) => pick(means[k]!);
      const ours = of('ours');
      console.log(
        name.padEnd(22) +
          kinds.map(k => cell(of(k).cpuMs, of(k).tasks)).join('') +
          '  ' +
          diff(ours.cpuMs - of('empty').cpuMs, ours.tasks - of('empty').tasks) +
          diff(ours.cpuMs - of('reader').cpuMs, ours.tasks - of('reader').tasks),
      );
    }
  }
} finally {
  for (const context of Object.values(contexts)) await context.close();
  await server.close();
}

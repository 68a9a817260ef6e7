/**
 * The longest main-thread task our page code causes on a ~1 MB article (2,600 paragraphs, 650
 * quotes of invented prose, scripts/page-bench/big-article.ts), as Chromium records it: a CDP
 * trace of each cold load, its renderer main thread's top-level tasks from the moment our page
 * code starts (the injected content-scripts/article-page.js is evaluated) until its marks are in
 * place and the page has settled. Also printed: the CPU time of all those tasks, and the same for
 * smaller copies of the article, so that growth with size can be read (linear or not).
 *
 *   npm run bench:long-task                 # 3 loads per size
 *   npm run bench:long-task -- --runs 5
 *   npm run bench:long-task -- --against ../main-build/.output/chrome-mv3   # two builds, load for load
 *
 * Prints numbers; never asserts timing (issue 7's target: longest task ≤ 50 ms).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { PageState } from '../core/protocol';
import {
  EXTENSION_DIR,
  launchWithExtension,
  settledPageState,
  tabIdOf,
  type ExtensionBrowser,
} from '../tests/e2e/browser';
import { loadFixtures } from '../tests/e2e/fixture-server';
import { bigArticle } from './page-bench/big-article';
import { argOf, median } from './page-bench/cli';
import {
  mainTasks,
  renderingWithin,
  startTrace,
  stopTrace,
  taskIndexAt,
  threadOf,
} from './page-bench/trace';

const RUNS = Number(argOf('--runs') ?? 3);
/** Another build of the extension to measure side by side, load for load (e.g. main's). */
const AGAINST = argOf('--against');
const SIZES = [650, 1300, 2600];
/** Left after marks are in place, so late work (style, layout, paint of the marks) is counted. */
const SETTLE_MS = 1000;

if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
  console.log('bench:long-task: no .output/chrome-mv3, building it first…');
  const built = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const seed = loadFixtures().find(f => f.slug === 'seed-article');
if (!seed) throw new Error('bench:long-task: the seed-article fixture is missing');

/** One browser with one build of the extension, serving the big pages on Republika's host. */
interface Build {
  label: string;
  ext: ExtensionBrowser;
}
const pages = new Map<string, string>();
async function open(label: string, extensionDir: string): Promise<Build> {
  const ext = await launchWithExtension({ extensionDir });
  await ext.context.route(
    url => pages.has(url.pathname),
    route =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: pages.get(new URL(route.request().url()).pathname)!,
      }),
  );
  return { label, ext };
}

interface Sample {
  /** The longest task that ran our scripts: wall and CPU ms; how many of them were over 50 ms. */
  oursWall: number;
  oursCpu: number;
  oursOver50: number;
  /** CPU ms of every task that ran our scripts. */
  oursTotalCpu: number;
  /** The longest task of any kind from our start (the page's own rendering included). */
  longestWall: number;
  /**
   * The most CPU any one of those tasks took: on a machine whose cores are busy with other work,
   * a task's wall time includes the time it waited for a core, its CPU time does not.
   */
  longestCpu: number;
  /** CPU ms of every main-thread task from our start. */
  totalCpu: number;
  state: PageState;
}

let counter = 0;
async function load({ ext }: Build, html: string): Promise<Sample> {
  const pathname = `/berita/ksbig${++counter}/artikel-panjang`;
  pages.set(pathname, html);
  const url = `http://www.republika.co.id${pathname}`;
  const page = await ext.context.newPage();
  try {
    const cdp = await ext.context.newCDPSession(page);
    await startTrace(cdp);
    await page.goto(url, { waitUntil: 'load' });
    const state = (await settledPageState(ext.worker, await tabIdOf(ext.worker, url))) as PageState;
    await page.waitForTimeout(SETTLE_MS);
    const events = await stopTrace(cdp);
    const thread = threadOf(events, '/content-scripts/article-page.js');
    if (!thread) throw new Error('bench:long-task: our page code did not run');
    const tasks = mainTasks(events, thread.pid, thread.tid);
    const after = tasks.slice(taskIndexAt(tasks, thread.startUs));
    const rendering = renderingWithin(
      events.filter(e => e.pid === thread.pid && e.tid === thread.tid),
    );
    // A rendering task also runs our animation-frame callbacks (next-frame.ts, follow.ts): our
    // part of it is what is left without the browser's rendering phases (counted under "any").
    const ours = after
      .filter(t => t.ours)
      .map(t => {
        const r = rendering(t.startUs, t.startUs + t.wallMs * 1000);
        return { ...t, wallMs: t.wallMs - r.wallMs, cpuMs: t.cpuMs - r.cpuMs };
      });
    const longestOurs = ours.reduce((a, b) => (b.wallMs > a.wallMs ? b : a), ours[0]!);
    return {
      oursWall: longestOurs.wallMs,
      oursCpu: longestOurs.cpuMs,
      oursOver50: ours.filter(t => t.wallMs > 50).length,
      oursTotalCpu: ours.reduce((sum, t) => sum + t.cpuMs, 0),
      longestWall: Math.max(...after.map(t => t.wallMs)),
      longestCpu: Math.max(...after.map(t => t.cpuMs)),
      totalCpu: after.reduce((sum, t) => sum + t.cpuMs, 0),
      state,
    };
  } finally {
    pages.delete(pathname);
    await page.close();
  }
}

const builds = [await open('this build', EXTENSION_DIR)];
if (AGAINST) builds.unshift(await open(path.basename(path.resolve(AGAINST, '..', '..')), AGAINST));

const COLUMNS: [string, number][] = [
  ['build', 12],
  ['paragraphs', 10],
  ['MB', 5],
  ['quotes', 6],
  ['ours longest', 12],
  ['(cpu)', 6],
  ['>50ms', 5],
  ['ours cpu', 8],
  ['any longest', 11],
  ['(cpu)', 6],
  ['all cpu', 7],
  ['workMs', 7],
  ['to marks', 8],
];
const row = (cells: string[]) => cells.map((c, i) => c.padStart(COLUMNS[i]![1])).join(' ');

try {
  console.log(
    `bench:long-task: ${RUNS} cold loads per size and build (builds taken in turn), Chromium ` +
      `${builds[0]!.ext.context.browser()?.version() ?? ''}; main-thread tasks from our page ` +
      'code’s start until settled, medians (ms)',
  );
  console.log(row(COLUMNS.map(([name]) => name)));
  // Warm-up: the first load compiles our scripts.
  for (const build of builds) await load(build, bigArticle(seed.html, SIZES[0]));
  for (const size of SIZES) {
    const html = bigArticle(seed.html, size);
    const samples = new Map<Build, Sample[]>(builds.map(b => [b, []]));
    for (let run = 0; run < RUNS; run++) {
      for (const build of builds) samples.get(build)!.push(await load(build, html));
    }
    for (const build of builds) {
      const list = samples.get(build)!;
      const med = (of: (s: Sample) => number | null | undefined) =>
        median(list.map(of).filter((v): v is number => typeof v === 'number')).toFixed(1);
      console.log(
        row([
          build.label,
          String(size),
          (html.length / 1e6).toFixed(2),
          String(list[0]!.state.analysis.quotes.length),
          med(s => s.oursWall),
          med(s => s.oursCpu),
          med(s => s.oursOver50),
          med(s => s.oursTotalCpu),
          med(s => s.longestWall),
          med(s => s.longestCpu),
          med(s => s.totalCpu),
          med(s => s.state.workMs),
          med(s => s.state.elapsedMs),
        ]),
      );
    }
  }
  console.log(
    '\nours longest: the longest top-level task that ran our scripts (wall; its CPU in brackets),\n' +
      'without the browser’s style, layout and paint phases in it (a rendering task runs our\n' +
      'animation-frame callbacks too; all of it is under “any”; a style or layout our script\n' +
      'forced by reading stays ours); >50ms: how many of our tasks\n' +
      'were long tasks; ours cpu: the CPU of all tasks that ran our scripts (the same way);\n' +
      'any longest / all cpu: every main-thread task from our start, the page’s own\n' +
      'rendering included (the longest one’s wall; in brackets the most CPU any one task took,\n' +
      'which waiting for a busy core does not inflate); workMs / to marks: PageState (page-side\n' +
      'slices, wall to marks).',
  );
} finally {
  for (const build of builds) await build.ext.context.close();
}

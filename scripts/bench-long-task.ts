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
} from '../tests/e2e/browser';
import { loadFixtures } from '../tests/e2e/fixture-server';
import { bigArticle } from './page-bench/big-article';
import { mainTasks, startTrace, stopTrace, taskIndexAt, threadOf } from './page-bench/trace';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
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
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const ext = await launchWithExtension();
const pages = new Map<string, string>();
await ext.context.route(
  url => pages.has(url.pathname),
  route =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: pages.get(new URL(route.request().url()).pathname)!,
    }),
);

interface Sample {
  longestWall: number;
  longestCpu: number;
  over50: number;
  totalCpu: number;
  state: PageState;
}

let counter = 0;
async function load(html: string): Promise<Sample> {
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
    const ours = tasks.slice(taskIndexAt(tasks, thread.startUs));
    return {
      longestWall: Math.max(...ours.map(t => t.wallMs)),
      longestCpu: Math.max(...ours.map(t => t.cpuMs)),
      over50: ours.filter(t => t.wallMs > 50).length,
      totalCpu: ours.reduce((sum, t) => sum + t.cpuMs, 0),
      state,
    };
  } finally {
    pages.delete(pathname);
    await page.close();
  }
}

try {
  console.log(
    `bench:long-task: ${RUNS} cold loads per size, Chromium ${ext.context.browser()?.version() ?? ''}; ` +
      'tasks of the page’s main thread from our page code’s start until settled, medians (ms)',
  );
  console.log(
    `${'paragraphs'.padStart(10)} ${'MB'.padStart(5)} ${'quotes'.padStart(6)} ${'longest'.padStart(8)} ` +
      `${'(cpu)'.padStart(7)} ${'>50ms'.padStart(6)} ${'all cpu'.padStart(8)} ${'workMs'.padStart(7)} ` +
      `${'engineMs'.padStart(8)} ${'to marks'.padStart(8)}`,
  );
  await load(bigArticle(seed.html, SIZES[0])); // warm-up: the first load compiles our scripts
  for (const size of SIZES) {
    const html = bigArticle(seed.html, size);
    const samples: Sample[] = [];
    for (let run = 0; run < RUNS; run++) samples.push(await load(html));
    const med = (of: (s: Sample) => number | null | undefined) =>
      median(samples.map(of).filter((v): v is number => typeof v === 'number'));
    const cell = (value: number, width: number) => value.toFixed(1).padStart(width);
    console.log(
      `${String(size).padStart(10)} ${(html.length / 1e6).toFixed(2).padStart(5)} ` +
        `${String(samples[0]!.state.analysis.quotes.length).padStart(6)} ` +
        `${cell(
          med(s => s.longestWall),
          8,
        )} ${cell(
          med(s => s.longestCpu),
          7,
        )} ` +
        `${cell(
          med(s => s.over50),
          6,
        )} ${cell(
          med(s => s.totalCpu),
          8,
        )} ` +
        `${cell(
          med(s => s.state.workMs),
          7,
        )} ${cell(
          med(s => s.state.engineMs),
          8,
        )} ` +
        `${cell(
          med(s => s.state.elapsedMs),
          8,
        )}`,
    );
  }
  console.log(
    '\nlongest: the longest top-level task (wall; its CPU time in brackets); all cpu: the CPU time\n' +
      'of every main-thread task from our start (the page’s own rendering in that window included);\n' +
      'workMs / engineMs / to marks: PageState (page-side slices, background engine, wall to marks).',
  );
} finally {
  await ext.context.close();
}

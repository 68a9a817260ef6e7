/**
 * Where the engine's cold start lands for a reader, in the real extension: the engine runs in the
 * background service worker (utils/page-code.ts), which Chromium starts when the first article
 * asks for it and keeps while events keep coming (it stops an extension's worker after 30 s
 * idle). So the cold first analysis is paid by the first article after each worker start, and an
 * article read while the worker still runs finds the engine compiled.
 *
 * Each round launches Chromium with the extension afresh (a new profile: a worker that has never
 * analysed anything, and no code cache), then opens every article fixture in turn in a fresh tab
 * and reads the engine's own time for it from the page (`PageState.engineMs`, wall ms around the
 * analysis in the worker; the worker's script load before it is not in it). Printed: the median
 * per position in the round (1st article after the worker started, 2nd, …). With `--base DIR`,
 * another build is measured in the same run, round for round in turn. The fixtures rotate,
 * so no one article is always the cold one. (A worker cannot be stopped from here instead: CDP's
 * ServiceWorker.stopAllWorkers leaves extension workers running, and an attached debugger keeps
 * a worker from going idle.)
 *
 *   npx wxt build && npm run bench:worker [-- --rounds 7] [--extension DIR] [--base DIR]
 *
 * Prints numbers; never asserts timing. The machine is shared: read the ratios, not the absolutes.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Worker } from 'playwright-core';
import {
  EXTENSION_DIR,
  launchWithExtension,
  settledPageState,
  tabIdOf,
  type ExtensionBrowser,
} from '../tests/e2e/browser';
import { loadFixtures, startFixtureServer } from '../tests/e2e/fixture-server';
import { argOf, median } from './page-bench/cli';

const ROUNDS = Number(argOf('--rounds') ?? 5);
/** The builds measured, in turn each round: ours (or `--extension DIR`), and `--base DIR` if given. */
const BUILDS = [
  { label: 'this', dir: argOf('--extension') ?? EXTENSION_DIR },
  ...(argOf('--base') ? [{ label: 'base', dir: argOf('--base')! }] : []),
];
for (const { dir } of BUILDS)
  if (!existsSync(path.join(dir, 'manifest.json')))
    throw new Error(`No build at ${dir}: run \`npx wxt build\` first.`);

const articles = loadFixtures().filter(f => f.expected.isArticle);
const server = await startFixtureServer(articles);

/** The extension's running service worker, waiting for it when none runs. */
async function currentWorker(browser: ExtensionBrowser): Promise<Worker> {
  return (
    browser.context.serviceWorkers().find(w => w.url().startsWith('chrome-extension://')) ??
    (await browser.context.waitForEvent('serviceworker'))
  );
}

/** Opens `url` in a fresh tab, waits for the marks, returns the engine's time for it. */
async function engineMsOf(browser: ExtensionBrowser, url: string): Promise<number | null> {
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    const worker = await currentWorker(browser);
    const state = await settledPageState(worker, await tabIdOf(worker, page.url()));
    return state.engineMs ?? null;
  } finally {
    await page.close();
  }
}

/** One round: a fresh Chromium with the build at `dir`, the articles in turn from `offset`. */
async function round(dir: string, offset: number, byPosition: number[][]): Promise<void> {
  const ext = await launchWithExtension({ extensionDir: dir });
  try {
    for (let k = 0; k < articles.length; k++) {
      const article = articles[(offset + k) % articles.length]!;
      const ms = await engineMsOf(ext, server.urlOf(article));
      if (ms !== null) byPosition[k]!.push(ms);
    }
  } finally {
    await ext.context.close();
  }
}

try {
  const results = BUILDS.map(build => ({
    ...build,
    byPosition: articles.map(() => [] as number[]),
  }));
  for (let r = 0; r < ROUNDS; r++) for (const b of results) await round(b.dir, r, b.byPosition);
  console.log(
    `engine time in the background worker per article (PageState.engineMs, wall ms), medians of ${ROUNDS} rounds, ` +
      `each a fresh Chromium opening the ${articles.length} article fixtures in turn`,
  );
  for (const { label, dir, byPosition } of results) {
    const first = median(byPosition[0]!);
    const later = median(byPosition.slice(1).flat());
    console.log(
      `  ${label} (${dir}): 1st article after the worker started ${first.toFixed(2)} ms; ` +
        `articles 2–${articles.length} ${later.toFixed(2)} ms (1st / later ${(first / later).toFixed(1)}×); ` +
        `by position ${byPosition.map(v => median(v).toFixed(1)).join(', ')}`,
    );
  }
} finally {
  await server.close();
}

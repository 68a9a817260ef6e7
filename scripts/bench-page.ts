/**
 * What a page load costs, measured in real Chromium the way the browser counts it.
 *
 * For each fixture page, N cold loads (a fresh tab each, so a fresh content-script world each)
 * round-robin across four Chromium instances in one run:
 *   none    no extension
 *   empty   an empty content script on our match patterns (the floor of any extension there)
 *   reader  Mozilla Readability's parse() on a clone of the document, on our match patterns
 *   ours    the built extension (.output/chrome-mv3; built first if missing)
 * After each load settles, CDP Performance.getMetrics gives the page's ScriptDuration,
 * TaskDuration (all main-thread work), RecalcStyleDuration and LayoutDuration, in the main
 * thread's CPU time (see page-bench/metrics.ts), and its style and layout counts. Printed: the median
 * of each, the added cost over the empty extension (median minus the empty one's median) for the
 * reader and for us, and ours/reader as a ratio.
 *
 * Then the breakdown our content script times itself (PageState.analysisMs etc. from its own
 * performance.now() slices), read through the service worker as the panel would.
 *
 *   npm run bench:page               # 10 loads per fixture and browser
 *   npm run bench:page -- --runs 20
 *
 * Prints numbers; never asserts timing. The machine is shared: read the ratios, not the absolutes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import type { PageState } from '../core/protocol';
import {
  EXTENSION_DIR,
  launchChromium,
  launchWithExtension,
  settledPageState,
  tabIdOf,
} from '../tests/e2e/browser';
import { loadFixtures, startFixtureServer } from '../tests/e2e/fixture-server';
import { buildComparisonExtensions, placementOf } from './page-bench/comparison-extensions';
import { METRICS, coldLoad, type MetricName, type PageMetrics } from './page-bench/metrics';
import { selfTimedColumns, selfTimedHeader } from './page-bench/self-timed';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 10;

if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
  console.log('bench:page: no .output/chrome-mv3, building it first…');
  const built = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const ms = (value: number) => value.toFixed(1).padStart(7);

const KINDS = ['none', 'empty', 'reader', 'ours'] as const;
type Kind = (typeof KINDS)[number];

const fixtures = loadFixtures();
const server = await startFixtureServer(fixtures);
const comparison = await buildComparisonExtensions(placementOf(EXTENSION_DIR));
const ours = await launchWithExtension();
const contexts: Record<Kind, BrowserContext> = {
  none: await launchChromium(null),
  empty: await launchChromium(comparison.empty),
  reader: await launchChromium(comparison.reader),
  ours: ours.context,
};

try {
  console.log(
    `bench:page: ${RUNS} cold loads per fixture in each of ${KINDS.join(', ')}, round-robin; ` +
      `Chromium ${ours.context.browser()?.version() ?? ''}`,
  );
  // What each page downloads of ours: the manifest's content scripts on every Republika page, the
  // rest only where injected (the page code on articles).
  const scriptsDir = path.join(EXTENSION_DIR, 'content-scripts');
  for (const file of readdirSync(scriptsDir).filter(f => f.endsWith('.js'))) {
    const code = readFileSync(path.join(scriptsDir, file));
    console.log(
      `  content-scripts/${file}: ${(code.length / 1000).toFixed(2)} kB, gzip ${(gzipSync(code).length / 1000).toFixed(2)} kB`,
    );
  }
  // One unmeasured load in each browser: its first run of a content script compiles it.
  const warmUp = fixtures.find(f => f.expected.isArticle) ?? fixtures[0];
  for (const kind of KINDS) if (warmUp) await coldLoad(contexts[kind], server.urlOf(warmUp), noop);

  const breakdowns: string[] = [];
  for (const fixture of fixtures) {
    const url = server.urlOf(fixture);
    const samples: Record<Kind, PageMetrics[]> = { none: [], empty: [], reader: [], ours: [] };
    const states: PageState[] = [];
    for (let run = 0; run < RUNS; run++) {
      for (const kind of KINDS) {
        const after =
          kind === 'ours'
            ? async () => settledPageState(ours.worker, await tabIdOf(ours.worker, url))
            : noop;
        const { metrics, extra } = await coldLoad(contexts[kind], url, after);
        samples[kind].push(metrics);
        if (extra) states.push(extra);
      }
    }
    const med = (kind: Kind, name: MetricName) => median(samples[kind].map(m => m[name]));
    const last = states.at(-1);
    const what = last?.analysis.article.isArticle
      ? `${last.analysis.quotes.length} quotes, ${last.hiddenCount} hidden`
      : 'not an article';
    console.log(
      `\n${fixture.slug} (${Buffer.byteLength(fixture.html)} bytes, ${what}), medians (ms, CPU):`,
    );
    console.log(
      `${''.padEnd(20)} ${KINDS.map(k => k.padStart(7)).join(' ')}   reader+  ours+  ours/reader`,
    );
    for (const name of METRICS) {
      const readerAdded = med('reader', name) - med('empty', name);
      const oursAdded = med('ours', name) - med('empty', name);
      const ratio = readerAdded > 0.05 ? `${(oursAdded / readerAdded).toFixed(2)}×` : 'n/a';
      console.log(
        `${name.padEnd(20)} ${KINDS.map(k => ms(med(k, name))).join(' ')}  ${ms(readerAdded)} ${ms(oursAdded)}  ${ratio.padStart(8)}`,
      );
    }
    breakdowns.push(selfTimedColumns(fixture.slug, states));
  }
  console.log(
    '\nreader+ / ours+: median minus the empty extension’s median (what the content script adds).',
  );
  console.log('\nSelf-timed by our content script (performance.now() slices), medians in ms:');
  console.log(selfTimedHeader());
  for (const line of breakdowns) console.log(line);
} finally {
  for (const kind of KINDS) await contexts[kind].close();
  await server.close();
}

async function noop(): Promise<null> {
  return null;
}

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
 * With `--base DIR`, a fifth browser runs another build of ours (e.g. main's .output/chrome-mv3,
 * copied aside) in the same round-robin, so before and after are measured side by side in one run.
 * Each round starts one browser later than the one before (page-bench/cli.ts `roundOrder`), and
 * under each table the `paired` lines give `ours − base` and `ours − reader` round by round
 * (median [quartiles]), which resolve a change of a millisecond or two that the ratios of
 * medians, moving ±0.2× from run to run, do not.
 *
 * Then, on each article fixture, the main-thread work from our detector's start to marks in place
 * in traced loads (page-bench/to-marks.ts; the target: within 16 ms on the largest
 * fixture), and the breakdown our content script times itself (its performance.now() slices),
 * read through the service worker as the panel would.
 *
 *   npm run bench:page               # 10 loads per fixture and browser
 *   npm run bench:page -- --runs 20
 *   npm run bench:page -- --base /tmp/main-build --only seed-article,non-article
 *
 * Prints numbers; never asserts timing. The machine is shared: read the ratios, not the absolutes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Worker } from 'playwright-core';
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
import { argOf, median, pairedDifferences, quartiles, roundOrder } from './page-bench/cli';
import { METRICS, coldLoad, type MetricName, type PageMetrics } from './page-bench/metrics';
import { selfTimedColumns, selfTimedHeader } from './page-bench/self-timed';
import { tracedToMarks, type ToMarks } from './page-bench/to-marks';

const RUNS = Number(argOf('--runs') ?? 10);
/** Another build of ours to compare with (column `base`), e.g. main's. */
const BASE_DIR = argOf('--base');
/** Only these fixtures (comma-separated slugs). */
const ONLY = argOf('--only')?.split(',');
/** Traced loads per article fixture and build for the "to marks" sums. */
const TRACED = Math.max(3, Math.ceil(RUNS / 2));

if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
  console.log('bench:page: no .output/chrome-mv3, building it first…');
  const built = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const ms = (value: number) => value.toFixed(1).padStart(7);

const ALL_KINDS = ['none', 'empty', 'reader', 'base', 'ours'] as const;
type Kind = (typeof ALL_KINDS)[number];
const KINDS = ALL_KINDS.filter(kind => kind !== 'base' || BASE_DIR);
/** The builds of ours, each with its service worker (to read PageState). */
const OURS_KINDS = KINDS.filter(kind => kind === 'base' || kind === 'ours');

const fixtures = loadFixtures().filter(f => !ONLY || ONLY.includes(f.slug));
const server = await startFixtureServer(fixtures);
const comparison = await buildComparisonExtensions(placementOf(EXTENSION_DIR));
const ours = await launchWithExtension();
const base = BASE_DIR ? await launchWithExtension({ extensionDir: BASE_DIR }) : null;
const workers: Partial<Record<Kind, Worker>> = { ours: ours.worker, base: base?.worker };
const contexts: Partial<Record<Kind, BrowserContext>> = {
  none: await launchChromium(null),
  empty: await launchChromium(comparison.empty),
  reader: await launchChromium(comparison.reader),
  base: base?.context,
  ours: ours.context,
};
const contextOf = (kind: Kind) => contexts[kind]!;

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
  for (const kind of KINDS) if (warmUp) await coldLoad(contextOf(kind), server.urlOf(warmUp), noop);

  const breakdowns: string[] = [];
  const toMarksLines: string[] = [];
  for (const fixture of fixtures) {
    const url = server.urlOf(fixture);
    const samples: Record<Kind, PageMetrics[]> = {
      none: [],
      empty: [],
      reader: [],
      base: [],
      ours: [],
    };
    const states: Partial<Record<Kind, PageState[]>> = { base: [], ours: [] };
    for (let run = 0; run < RUNS; run++) {
      for (const kind of roundOrder(KINDS, run)) {
        const worker = workers[kind];
        // Our state is read where the page code answers; on other pages nothing of ours does.
        const after =
          worker && fixture.expected.isArticle
            ? async () => settledPageState(worker, await tabIdOf(worker, url))
            : noop;
        const { metrics, extra } = await coldLoad(contextOf(kind), url, after);
        samples[kind].push(metrics);
        if (extra) states[kind]!.push(extra);
      }
    }
    const med = (kind: Kind, name: MetricName) => median(samples[kind].map(m => m[name]));
    const last = states.ours!.at(-1);
    const what = last?.analysis.article.isArticle
      ? `${last.analysis.quotes.length} quotes, ${last.hiddenCount} hidden`
      : 'not an article';
    console.log(
      `\n${fixture.slug} (${Buffer.byteLength(fixture.html)} bytes, ${what}), medians (ms, CPU):`,
    );
    const added = OURS_KINDS.map(kind => `${kind}+`.padStart(7)).join(' ');
    const ratios = OURS_KINDS.map(kind => `${kind}/reader`.padStart(12)).join(' ');
    console.log(
      `${''.padEnd(20)} ${KINDS.map(k => k.padStart(7)).join(' ')}  reader+ ${added} ${ratios}`,
    );
    for (const name of METRICS) {
      const readerAdded = med('reader', name) - med('empty', name);
      const cells = OURS_KINDS.map(kind => med(kind, name) - med('empty', name));
      const ratio = (value: number) =>
        (readerAdded > 0.05 ? `${(value / readerAdded).toFixed(2)}×` : 'n/a').padStart(12);
      console.log(
        `${name.padEnd(20)} ${KINDS.map(k => ms(med(k, name))).join(' ')}  ${ms(readerAdded)} ` +
          `${cells.map(ms).join(' ')} ${cells.map(ratio).join(' ')}`,
      );
    }
    for (const line of pairedLines(samples)) console.log(line);
    for (const kind of OURS_KINDS) {
      breakdowns.push(selfTimedColumns(`${fixture.slug} (${kind})`, states[kind]!));
    }
    if (last?.analysis.article.isArticle) {
      // Round-robin like the metric loads, so a slow spell of the machine falls on every build.
      const sums: Partial<Record<Kind, ToMarks[]>> = { base: [], ours: [] };
      for (let run = 0; run < TRACED; run++) {
        for (const kind of OURS_KINDS) {
          const sum = await tracedToMarks(contextOf(kind), workers[kind]!, url);
          if (sum) sums[kind]!.push(sum);
        }
      }
      const cells = OURS_KINDS.map(kind => {
        const of = sums[kind]!;
        return `${kind} ${ms(median(of.map(s => s.cpuMs)))} ms in ${median(of.map(s => s.tasks))
          .toFixed(0)
          .padStart(3)} tasks`;
      });
      toMarksLines.push(`${fixture.slug.padEnd(20)} ${cells.join('   ')}`);
    }
  }
  console.log(
    '\nreader+ / ours+: median minus the empty extension’s median (what the content script adds).',
  );
  console.log(
    `\nMain-thread CPU from our detector's start to marks in place (traced loads, round-robin, ${TRACED} per ` +
      'fixture and build, medians; target ≤ 16 ms on the largest fixture):',
  );
  for (const line of toMarksLines) console.log(line);
  console.log('\nSelf-timed by our content script (performance.now() slices), medians in ms:');
  console.log(selfTimedHeader());
  for (const line of breakdowns) console.log(line);
} finally {
  for (const kind of KINDS) await contextOf(kind).close();
  await server.close();
}

/**
 * Round by round differences (page-bench/cli.ts `pairedDifferences`), for a change smaller than
 * what the medians above move from run to run: each round loads every build once, close in time,
 * so `ours − base` per round leaves out most of the machine's slow drift that the difference of
 * two medians keeps. Median and quartiles; a change is resolved when its quartiles are on one
 * side of zero.
 */
function pairedLines(samples: Record<Kind, PageMetrics[]>): string[] {
  const others = OURS_KINDS.includes('base')
    ? (['base', 'reader'] as const)
    : (['reader'] as const);
  const cell = (values: number[]) => {
    const [low, mid, high] = quartiles(values);
    return `${mid >= 0 ? '+' : ''}${mid.toFixed(1)} [${low.toFixed(1)}, ${high.toFixed(1)}]`;
  };
  // The durations the targets are in. (Listed here: this runs before the file's later
  // top-level constants are set.)
  const metrics: readonly MetricName[] = ['TaskDuration', 'ScriptDuration'];
  return metrics.map(name => {
    const of = (kind: Kind) => samples[kind].map(m => m[name]);
    const cells = others.map(
      other => `ours−${other} ${cell(pairedDifferences(of('ours'), of(other))).padEnd(22)}`,
    );
    return `${'paired, ms'.padEnd(10)} ${name.padEnd(15)} ${cells.join(' ')}`;
  });
}

async function noop(): Promise<null> {
  return null;
}

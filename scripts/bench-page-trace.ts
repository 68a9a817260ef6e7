/**
 * Where the main-thread work we add to a page load goes, by kind (issue 8: TaskDuration counts
 * style, layout, paint and microtasks that ScriptDuration does not). Traced cold loads of one
 * fixture, round-robin in Chromium with no extension, the empty extension, Mozilla Readability's
 * content script and ours (and `--base DIR`, another build of ours): each load's renderer main
 * thread reduced to self CPU by event name (page-bench/self-times.ts), the median per name over
 * the loads, and what each extension adds over no extension, largest first.
 *
 *   npm run bench:page-trace                                  # seed-article, 5 loads each
 *   npm run bench:page-trace -- --fixture current-design --runs 8 --base /tmp/main-build
 *
 * Reading it: `v8.compile`/`v8.run (ext FILE)` are an extension's scripts compiled and run from
 * the top, by file (ours: `article.js` the detector, `article-page.js` the page code; the
 * comparison extensions' `content.js`); `BlinkScheduler_PerformMicrotaskCheckpoint` is promise
 * continuations, where V8 names no script, so an extension's async code shows there (and is not
 * in CDP's ScriptDuration); `UpdateLayoutTree`, `Layout`, `PrePaint`, `Paint` are the page's
 * rendering, `(ext FILE)` when a script of ours forced it.
 *
 * Prints numbers; never asserts timing. Tracing itself costs main-thread time: read the
 * differences, not the absolutes.
 */
import type { BrowserContext } from 'playwright-core';
import { EXTENSION_DIR, launchChromium } from '../tests/e2e/browser';
import { loadFixtures, startFixtureServer } from '../tests/e2e/fixture-server';
import { argOf, median } from './page-bench/cli';
import { buildComparisonExtensions, placementOf } from './page-bench/comparison-extensions';
import { selfTimes } from './page-bench/self-times';
import { startTrace, stopTrace, type TraceEvent } from './page-bench/trace';

const RUNS = Number(argOf('--runs') ?? 5);
const FIXTURE = argOf('--fixture') ?? 'seed-article';
const BASE_DIR = argOf('--base');
/** Rows smaller than this in every column are left out (ms). */
const SHOWN_FROM = Number(argOf('--min') ?? 0.1);
/** Left after the load event before the trace stops: our page code has marked by then. */
const SETTLE_MS = 1000;

const ms = (value: number) => value.toFixed(2).padStart(9);
/** The event column: wide enough for `UpdateLayoutTree (ext article-page.js)`. */
const NAME_WIDTH = 42;

/** The page's renderer main thread: the one that parsed its HTML. */
function pageThread(events: readonly TraceEvent[], url: string): { pid: number; tid: number } {
  const parse = events.find(
    e =>
      e.name === 'ParseHTML' &&
      String((e.args?.beginData as { url?: string } | undefined)?.url ?? '').startsWith(url),
  );
  if (!parse) throw new Error(`no ParseHTML of ${url} in the trace`);
  return { pid: parse.pid, tid: parse.tid };
}

async function tracedLoad(context: BrowserContext, url: string): Promise<Map<string, number>> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await startTrace(cdp);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    const events = await stopTrace(cdp);
    const { pid, tid } = pageThread(events, url);
    return selfTimes(events, pid, tid);
  } finally {
    await page.close();
  }
}

const fixture = loadFixtures().find(f => f.slug === FIXTURE);
if (!fixture) throw new Error(`no fixture ${FIXTURE}`);
const server = await startFixtureServer([fixture]);
const comparison = await buildComparisonExtensions(placementOf(EXTENSION_DIR));
const contexts: Record<string, BrowserContext> = {
  none: await launchChromium(null),
  empty: await launchChromium(comparison.empty),
  reader: await launchChromium(comparison.reader),
  ...(BASE_DIR ? { base: await launchChromium(BASE_DIR) } : {}),
  ours: await launchChromium(EXTENSION_DIR),
};
const kinds = Object.keys(contexts);
try {
  const url = server.urlOf(fixture);
  // One unmeasured load each: a content script's first run in a browser compiles it.
  for (const kind of kinds) await tracedLoad(contexts[kind]!, url);
  const loads: Record<string, Map<string, number>[]> = Object.fromEntries(kinds.map(k => [k, []]));
  for (let run = 0; run < RUNS; run++) {
    for (const kind of kinds) loads[kind]!.push(await tracedLoad(contexts[kind]!, url));
  }
  const names = new Set(kinds.flatMap(k => loads[k]!.flatMap(l => [...l.keys()])));
  const med = (kind: string, name: string) => median(loads[kind]!.map(l => l.get(name) ?? 0));
  const added = kinds.filter(k => k !== 'none');
  const rows = [...names]
    .map(name => ({
      name,
      cells: kinds.map(k => med(k, name)),
      plus: added.map(k => med(k, name) - med('none', name)),
    }))
    .filter(row => row.cells.some(c => c >= SHOWN_FROM))
    .sort((a, b) => b.plus[b.plus.length - 1]! - a.plus[a.plus.length - 1]!);
  const total = (kind: string) =>
    median(loads[kind]!.map(l => [...l.values()].reduce((s, v) => s + v, 0)));
  console.log(
    `bench:page-trace: ${fixture.slug}, ${RUNS} traced cold loads in each of ${kinds.join(', ')}; ` +
      'self CPU ms on the page’s main thread, medians; “+” = minus no extension; sorted by ours+',
  );
  console.log(
    `${'event'.padEnd(NAME_WIDTH)}${kinds.map(k => k.padStart(9)).join('')}${added.map(k => `${k}+`.padStart(9)).join('')}`,
  );
  const totals = kinds.map(total);
  console.log(
    `${'(all, median of sums)'.padEnd(NAME_WIDTH)}${totals.map(ms).join('')}${added
      .map(k => ms(total(k) - total('none')))
      .join('')}`,
  );
  for (const row of rows) {
    console.log(
      `${row.name.slice(0, NAME_WIDTH - 1).padEnd(NAME_WIDTH)}${row.cells.map(ms).join('')}${row.plus.map(ms).join('')}`,
    );
  }
} finally {
  for (const kind of kinds) await contexts[kind]!.close();
  await server.close();
}

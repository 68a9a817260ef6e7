/**
 * Page-side timing in real Chromium, per fixture page, median and p95 of two numbers:
 *
 * - work (PageState.workMs): main-thread time of our script, the sum of its synchronous parts
 *   (reading, analysing, hiding, marking). What the page pays; the panel footer shows it.
 * - wall (PageState.elapsedMs): script start to marks in place. It adds the wait for stored
 *   settings (the script waits so that marks a reader turned off never flash), so it is how
 *   soon a reader sees marks. The analysis runs during that wait, so wall ≈ max(analysis,
 *   storage) + marking, never analysis + storage.
 *
 *   npm run bench:page               # 20 loads per fixture (p95 is then not just the max)
 *   npm run bench:page -- --runs 40
 *
 * Loads the built extension (.output/chrome-mv3; built first if missing) into Debian's Chromium
 * with the e2e tests' launcher and fixture server, so the content script's real match patterns
 * apply. Reads the state through the service worker, as the panel would. Prints numbers; never
 * asserts timing (target: work under 16 ms, one frame, on the largest fixture).
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
import { loadFixtures, startFixtureServer } from '../tests/e2e/fixture-server';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 20;

if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
  console.log('bench:page: no .output/chrome-mv3, building it first…');
  const built = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

/** Median and 95th percentile (nearest rank). */
function stats(values: number[]): { median: number; p95: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95) };
}

/** `median p95` as two right-aligned columns, or n/a when nothing was measured. */
function columns(values: number[]): string {
  if (values.length === 0) return `${'n/a'.padStart(8)} ${'n/a'.padStart(8)}`;
  const { median, p95 } = stats(values);
  return `${median.toFixed(2).padStart(8)} ${p95.toFixed(2).padStart(8)}`;
}

const fixtures = loadFixtures();
const server = await startFixtureServer(fixtures);
const ext = await launchWithExtension();

try {
  const page = await ext.context.newPage();
  /** Loads `url` afresh and returns the state once marks are in place (or the page was judged). */
  const load = async (url: string): Promise<PageState> => {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    return settledPageState(ext.worker, await tabIdOf(ext.worker, url));
  };

  // One unmeasured load first: the browser's first run of the content script compiles it, and
  // that one-off cost would otherwise land on whichever fixture happens to come first.
  const warmUp = fixtures.find(f => f.expected.isArticle) ?? fixtures[0];
  if (warmUp) await load(server.urlOf(warmUp));

  console.log(
    `bench:page: ${RUNS} loads per fixture, Chromium ${ext.context.browser()?.version() ?? ''}`,
  );
  console.log('                                                    work (ms)         wall (ms)');
  console.log(
    'fixture          bytes  result                     median      p95   median      p95',
  );
  for (const fixture of fixtures) {
    const work: number[] = [];
    const wall: number[] = [];
    let last: PageState | null = null;
    for (let run = 0; run < RUNS; run++) {
      last = await load(server.urlOf(fixture));
      if (last.workMs != null) work.push(last.workMs);
      if (last.elapsedMs != null) wall.push(last.elapsedMs);
    }
    const counts = last
      ? `${last.analysis.quotes.length} quotes, ${last.hiddenCount} hidden`
      : 'NO STATE';
    const note = last && !last.analysis.article.isArticle ? '  (not an article: no marks)' : '';
    const bytes = Buffer.byteLength(fixture.html);
    console.log(
      `${fixture.slug.padEnd(16)} ${String(bytes).padStart(6)}  ${counts.padEnd(24)} ${columns(work)} ${columns(wall)}${note}`,
    );
  }
  console.log(
    '\nwork: our main-thread time (read + analyse + hide + mark). wall: start to marks in place,\n' +
      'including the wait for stored settings, during which the analysis runs.',
  );
} finally {
  await ext.context.close();
  await server.close();
}

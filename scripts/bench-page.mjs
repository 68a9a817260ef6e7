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
 * Loads the built extension (.output/chrome-mv3; built first if missing) into Debian's Chromium,
 * serves tests/fixtures/pages/<slug>/source.html from 127.0.0.1 at each expected.json URL's path,
 * and maps *.republika.co.id to 127.0.0.1 so the content script's match patterns apply. Reads the
 * state through the service worker, as the panel would. Prints numbers; never asserts timing
 * (target: work under 16 ms, one frame, on the largest fixture).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const extension = join(root, '.output', 'chrome-mv3');
const pagesDir = join(root, 'tests', 'fixtures', 'pages');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 20;

if (!existsSync(join(extension, 'manifest.json'))) {
  console.log('bench:page: no .output/chrome-mv3, building it first…');
  const built = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

/** Each fixture: its slug, the path it is served at, its HTML and its size. */
const fixtures = readdirSync(pagesDir, { withFileTypes: true })
  .filter(entry => entry.isDirectory())
  .map(({ name }) => {
    const expected = JSON.parse(readFileSync(join(pagesDir, name, 'expected.json'), 'utf8'));
    const html = readFileSync(join(pagesDir, name, 'source.html'));
    return {
      slug: name,
      path: new URL(expected.url).pathname,
      html,
      isArticle: expected.isArticle,
    };
  });

const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const page = fixtures.find(f => f.path === path);
  if (!page) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page.html);
});
await new Promise(done => server.listen(0, '127.0.0.1', done));
const port = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
const origin = `http://www.republika.co.id:${port}`;

const context = await chromium.launchPersistentContext('', {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--host-resolver-rules=MAP *.republika.co.id 127.0.0.1, MAP republika.co.id 127.0.0.1',
  ],
});

/** Median and 95th percentile (nearest rank). */
function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = q => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95) };
}

/** `median p95` as two right-aligned columns, or n/a when nothing was measured. */
function columns(values) {
  if (values.length === 0) return `${'n/a'.padStart(8)} ${'n/a'.padStart(8)}`;
  const { median, p95 } = stats(values);
  return `${median.toFixed(2).padStart(8)} ${p95.toFixed(2).padStart(8)}`;
}

try {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const page = await context.newPage();
  // Only the fixture server answers; images, AMP runtime and the like fail fast instead of hanging.
  await page.route('**/*', route =>
    route.request().url().startsWith(origin) ? route.continue() : route.abort(),
  );

  /** The PageState of the tab showing `url`, once the content script has finished (or null). */
  const pageState = url =>
    worker.evaluate(async url => {
      const chrome = /** @type {any} */ (globalThis).chrome;
      for (let attempt = 0; attempt < 200; attempt++) {
        const [tab] = (await chrome.tabs.query({})).filter(t => t.url === url);
        if (tab) {
          try {
            const state = await chrome.tabs.sendMessage(tab.id, { type: 'getPageState' });
            // Articles are done when marks are in place; other pages once they decided so.
            const done = state?.analysis.article.isArticle
              ? state.elapsedMs != null
              : state?.workMs != null;
            if (done) return state;
          } catch {
            // Content script not listening yet.
          }
        }
        await new Promise(r => setTimeout(r, 10));
      }
      return null;
    }, url);

  // One unmeasured load first: the browser's first run of the content script compiles it, and
  // that one-off cost would otherwise land on whichever fixture happens to come first.
  const warmUp = fixtures.find(f => f.isArticle) ?? fixtures[0];
  if (warmUp) {
    await page.goto(origin + warmUp.path, { waitUntil: 'domcontentloaded' });
    await pageState(origin + warmUp.path);
  }

  console.log(
    `bench:page: ${RUNS} loads per fixture, Chromium ${context.browser()?.version() ?? ''}`,
  );
  console.log('                                                    work (ms)         wall (ms)');
  console.log(
    'fixture          bytes  result                     median      p95   median      p95',
  );
  for (const fixture of fixtures) {
    const url = origin + fixture.path;
    const work = [];
    const wall = [];
    let last = null;
    for (let run = 0; run < RUNS; run++) {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      last = await pageState(url);
      if (last?.workMs != null) work.push(last.workMs);
      if (last?.elapsedMs != null) wall.push(last.elapsedMs);
    }
    const counts = last
      ? `${last.analysis.quotes.length} quotes, ${last.hiddenCount} hidden`
      : 'NO STATE';
    const note = last && !fixture.isArticle ? '  (not an article: no marks)' : '';
    console.log(
      `${fixture.slug.padEnd(16)} ${String(fixture.html.length).padStart(6)}  ${counts.padEnd(24)} ${columns(work)} ${columns(wall)}${note}`,
    );
  }
  console.log(
    '\nwork: our main-thread time (read + analyse + hide + mark). wall: start to marks in place,\n' +
      'including the wait for stored settings, during which the analysis runs.',
  );
} finally {
  await context.close();
  server.close();
}

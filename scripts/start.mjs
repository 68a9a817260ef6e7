/**
 * `npm start`: see Kata Siapa work on the bundled sample article, with nothing but this repo and
 * Debian's Chromium.
 *
 * 1. builds the Chrome extension (`npx wxt build`);
 * 2. serves the seed article (tests/fixtures/pages/seed-article) on 127.0.0.1, reached as
 *    http://www.republika.co.id:PORT/… through a host-resolver rule (no network needed);
 * 3. with a display (DISPLAY set): opens Chromium with the extension on the article, plus the panel
 *    page for that tab, and waits until you close the browser;
 *    headless (or with --screenshot): writes docs/screenshot.png (article and panel side by side),
 *    prints the copy-summary text and exits.
 * Without Chromium it says how to install it and still prints the summary, computed in Node.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// The helpers are TypeScript shared with the e2e tests; tsx lets plain `node` load them.
register();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { loadFixtures, startFixtureServer } = await import('../tests/e2e/fixture-server.ts');
const browserHelpers = await import('../tests/e2e/browser.ts');
const { analyzeInNode } = await import('../tests/e2e/node-analysis.ts');
const { formatSummaryText } = await import('../core/summary.ts');

const SCREENSHOT = path.join(root, 'docs/screenshot.png');
const screenshotOnly = process.argv.includes('--screenshot');
const headed = !screenshotOnly && !!process.env.DISPLAY;

const fixtures = loadFixtures();
const seed = fixtures.find(page => page.slug === 'seed-article');
if (!seed) throw new Error('tests/fixtures/pages/seed-article is missing');

if (!existsSync(browserHelpers.CHROMIUM_PATH)) {
  console.error(
    `Chromium was not found at ${browserHelpers.CHROMIUM_PATH}.\n` +
      'Install it with:  sudo apt-get install -y chromium   (or set CHROMIUM_PATH)\n' +
      'Meanwhile, here is the summary of the sample article, computed in Node:\n',
  );
  const { result } = await analyzeInNode(seed);
  process.stdout.write(formatSummaryText(result));
  process.exit(0);
}

const build = spawnSync('npx', ['wxt', 'build'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await startFixtureServer(fixtures);
/** The temporary Indonesian copy of the build (headless only), removed at the end. */
let shotBuild = null;
const ext = await browserHelpers.launchWithExtension(
  headed
    ? { headless: false }
    : { locale: 'id-ID', extensionDir: (shotBuild = await indonesianBuild()) },
);
const article = ext.context.pages()[0] ?? (await ext.context.newPage());
await article.setViewportSize({ width: 960, height: 900 });
await article.goto(server.urlOf(seed));
const tabId = await browserHelpers.tabIdOf(ext.worker, article.url());
// Marks in place, not merely analysed: the screenshot shows them.
const state = await browserHelpers.settledPageState(ext.worker, tabId);
const panel = await browserHelpers.openPanel(ext, tabId, { width: 400, height: 900 });
await panel.waitForSelector('.speaker-name, .status-message');

if (headed) {
  console.log(`Article: ${article.url()}\nPanel:   ${panel.url()}\nClose the browser to stop.`);
  await article.bringToFront();
  await new Promise(resolve => ext.context.on('close', resolve));
} else {
  await writeScreenshot();
  console.log(`Wrote ${path.relative(root, SCREENSHOT)}\n`);
  // The page was served locally; the summary names the article's real address.
  const analysis = { ...state.analysis, article: { ...state.analysis.article, url: seed.url } };
  process.stdout.write(formatSummaryText(analysis));
  await ext.context.close();
  if (shotBuild) await rm(shotBuild, { recursive: true, force: true });
}
await server.close();

/**
 * The screenshot shows the panel in Indonesian, as Republika's readers see it. Headless Chromium
 * keeps an English UI whatever --lang says, and the UI language picks the message catalogue, so
 * the shot uses a copy of the build without the English catalogue: Chrome then falls back to the
 * default locale (`id`), exactly what an Indonesian browser gets. The real build is untouched.
 */
async function indonesianBuild() {
  const copy = await mkdtemp(path.join(tmpdir(), 'kata-siapa-id-'));
  await cp(browserHelpers.EXTENSION_DIR, copy, { recursive: true });
  await rm(path.join(copy, '_locales', 'en'), { recursive: true, force: true });
  return copy;
}

/** The article (scrolled to its first quote) and the panel, side by side in one PNG. */
async function writeScreenshot() {
  await article.evaluate(() => {
    // The first marked paragraph at the top, just under the page's sticky header bar.
    const first = document.querySelector('ks-quote');
    const block = first?.closest('p') ?? first;
    if (block) window.scrollTo(0, block.getBoundingClientRect().top + window.scrollY - 78);
  });
  const shots = [await article.screenshot(), await panel.screenshot()];
  const sheet = await ext.context.newPage();
  await sheet.setViewportSize({ width: 960 + 1 + 400, height: 900 });
  const images = shots
    .map(png => `<img src="data:image/png;base64,${png.toString('base64')}">`)
    .join('<div style="width:1px;background:#9aa"></div>');
  await sheet.setContent(`<body style="margin:0;display:flex">${images}</body>`);
  await mkdir(path.dirname(SCREENSHOT), { recursive: true });
  await writeFile(SCREENSHOT, await sheet.screenshot());
}

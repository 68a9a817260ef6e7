/**
 * `npm start`: see Kata Siapa work on the bundled sample article, with nothing but this repo and
 * Debian's Chromium. It says what it built, where, and what to do next.
 *
 * 1. builds the Chrome extension (`npx wxt build`, into .output/chrome-mv3);
 * 2. serves the seed article (tests/fixtures/pages/seed-article) on 127.0.0.1, reached as
 *    http://www.republika.co.id:PORT/… through a host-resolver rule (no network needed);
 * 3. with a display (DISPLAY set): opens Chromium with the extension on the article, plus the panel
 *    page for that tab in a second tab, and waits until you close the browser;
 *    headless (or with --screenshot): writes a screenshot (article and panel side by side) to the
 *    system's temporary folder, never into the repository, prints the summary and exits.
 * Without Chromium it says how to install it and still prints the summary, computed in Node.
 * The README's screenshots are made by `npm run screenshots` (scripts/screenshot.mjs).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
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
const { sideBySide } = await import('./screenshot-sheet.mjs');

/** Outside the tracked tree: a fresh clone stays unmodified after `npm start`. */
const SCREENSHOT = path.join(tmpdir(), 'kata-siapa', 'start.png');
const screenshotOnly = process.argv.includes('--screenshot');
const headed = !screenshotOnly && !!process.env.DISPLAY;
const buildDir = path.relative(root, browserHelpers.EXTENSION_DIR);

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

console.log('Building the Chrome extension (npx wxt build)…');
const build = spawnSync('npx', ['wxt', 'build'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) process.exit(build.status ?? 1);
console.log(`Built: ${buildDir}/ (manifest.json, side panel, content script, background).\n`);

const server = await startFixtureServer(fixtures);
const ext = await browserHelpers.launchWithExtension({ headless: !headed });
const article = ext.context.pages()[0] ?? (await ext.context.newPage());
await article.setViewportSize({ width: 960, height: 900 });
await article.goto(server.urlOf(seed));
const tabId = await browserHelpers.tabIdOf(ext.worker, article.url());
// Marks in place, not merely analysed: the screenshot shows them.
const state = await browserHelpers.settledPageState(ext.worker, tabId);
const panel = await browserHelpers.openPanel(ext, tabId, { width: 400, height: 900 });
await panel.waitForSelector('.speaker-name, .status-message');
const quotes = state.analysis.quotes.length;
const speakers = state.analysis.speakers.length;
console.log(
  `Sample article served locally at ${article.url()}\n` +
    `The extension found ${quotes} quotes by ${speakers} named speakers and hid ${state.hiddenCount} ads/clutter elements.\n`,
);

if (headed) {
  console.log(
    'Chromium is open with the article in one tab and the panel page in a second tab.\n' +
      '(Playwright cannot open the real side panel; in your own browser the toolbar button or\n' +
      'Alt+Shift+K opens it beside the article.) Close the browser to stop.\n',
  );
  await article.bringToFront();
  await new Promise(resolve => ext.context.on('close', resolve));
} else {
  await article.evaluate(() => window.scrollTo(0, 300));
  await mkdir(path.dirname(SCREENSHOT), { recursive: true });
  await sideBySide(ext.context, [article, panel], SCREENSHOT);
  console.log(`Screenshot (article and panel side by side): ${SCREENSHOT}\n`);
  console.log('The summary the panel copies:\n');
  // The page was served locally; the summary names the article's real address.
  const analysis = { ...state.analysis, article: { ...state.analysis.article, url: seed.url } };
  process.stdout.write(formatSummaryText(analysis));
  await ext.context.close();
}
await server.close();

console.log(
  [
    '',
    'Next:',
    `  - use it in your own browser: chrome://extensions → Developer mode → Load unpacked → ${buildDir}`,
    '    (Firefox: npm run build, then about:debugging → Load Temporary Add-on → .output/firefox-mv3/manifest.json)',
    '  - npm run dev          live-reloading development build',
    '  - npm test             unit and fixture tests (no browser)',
    '  - npm run test:e2e     the built extension in Chromium and Firefox',
    '  - npm run screenshots  redraw the README screenshots in docs/',
  ].join('\n'),
);

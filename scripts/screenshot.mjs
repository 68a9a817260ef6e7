/**
 * `npm run screenshots`: redraws the README's screenshots in docs/ (the sample article with its
 * quote marks next to the panel), headless even when a display is available:
 *
 *   docs/screenshot-light.png   light colour scheme
 *   docs/screenshot-dark.png    dark colour scheme
 *   docs/screenshot-focus.png   one speaker focused (the others' marks dimmed)
 *
 * The panel is shown in Indonesian, as Republika's readers see it. Headless Chromium keeps an
 * English UI whatever --lang says, and the UI language picks the message catalogue, so the shots
 * use a copy of the build without the English catalogue: Chrome then falls back to the default
 * locale (`id`), exactly what an Indonesian browser gets. The real build is untouched.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { loadFixtures, startFixtureServer } = await import('../tests/e2e/fixture-server.ts');
const browserHelpers = await import('../tests/e2e/browser.ts');
const { sideBySide } = await import('./screenshot-sheet.mjs');

const build = spawnSync('npx', ['wxt', 'build'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) process.exit(build.status ?? 1);

const fixtures = loadFixtures();
const seed = fixtures.find(page => page.slug === 'seed-article');
if (!seed) throw new Error('tests/fixtures/pages/seed-article is missing');

const copy = await mkdtemp(path.join(tmpdir(), 'kata-siapa-id-'));
await cp(browserHelpers.EXTENSION_DIR, copy, { recursive: true });
await rm(path.join(copy, '_locales', 'en'), { recursive: true, force: true });

const server = await startFixtureServer(fixtures);
const ext = await browserHelpers.launchWithExtension({ locale: 'id-ID', extensionDir: copy });
try {
  const article = ext.context.pages()[0] ?? (await ext.context.newPage());
  await article.setViewportSize({ width: 960, height: 900 });
  await article.goto(server.urlOf(seed));
  const tabId = await browserHelpers.tabIdOf(ext.worker, article.url());
  await browserHelpers.settledPageState(ext.worker, tabId);
  const panel = await browserHelpers.openPanel(ext, tabId, { width: 400, height: 900 });
  await panel.waitForSelector('.speaker-name');
  await article.evaluate(() => window.scrollTo(0, 300));
  await mkdir(path.join(root, 'docs'), { recursive: true });

  for (const scheme of ['light', 'dark']) {
    await article.emulateMedia({ colorScheme: scheme });
    await panel.emulateMedia({ colorScheme: scheme });
    const file = path.join(root, 'docs', `screenshot-${scheme}.png`);
    await sideBySide(ext.context, [article, panel], file);
    console.log(`Wrote ${path.relative(root, file)}`);
  }

  await article.emulateMedia({ colorScheme: 'light' });
  await panel.emulateMedia({ colorScheme: 'light' });
  const focus = panel.locator('.focus-button').first();
  if ((await focus.count()) > 0) {
    await focus.click();
    await panel.waitForTimeout(300);
    const file = path.join(root, 'docs', 'screenshot-focus.png');
    await sideBySide(ext.context, [article, panel], file);
    console.log(`Wrote ${path.relative(root, file)}`);
  }
} finally {
  await ext.context.close();
  await server.close();
  await rm(copy, { recursive: true, force: true });
}

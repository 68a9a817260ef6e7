/**
 * Pages we leave alone pay only for the detector: the page code (hiding, marking) runs only at an
 * article address, where the manifest starts it in the detector's place, or where the detector
 * finds an article (a page moved in place to one); an article nobody uses (no hover,
 * no panel, no shortcut) runs its marking bundle only: the following bundle comes on first use
 * (tests/e2e/first-use.e2e.ts). Which of our scripts a page ran is read from Chromium's debugger
 * (`Debugger.scriptParsed` reports content scripts too, by URL).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EXTENSION_DIR,
  detectorRunIn,
  launchWithExtension,
  type ExtensionBrowser,
} from './browser';
import { loadFixtures, startFixtureServer, type FixtureServer } from './fixture-server';
import { analysedFixtures } from './node-analysis';

const fixtures = analysedFixtures();

let server: FixtureServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer(loadFixtures());
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.context.close();
  await server?.close();
});

/**
 * Loads `url` in a fresh tab, lets our scripts finish, and lists which of them it parsed (`(module)`
 * after one imported as a module).
 */
async function ourScriptsOn(url: string, isArticle: boolean): Promise<string[]> {
  const page = await ext.context.newPage();
  const detectorRan = await detectorRunIn(ext.context, page);
  const cdp = await ext.context.newCDPSession(page);
  const parsed: string[] = [];
  cdp.on('Debugger.scriptParsed', event => {
    if (event.url.startsWith(`chrome-extension://${ext.extensionId}/`)) {
      parsed.push(`${new URL(event.url).pathname}${event.isModule ? ' (module)' : ''}`);
    }
  });
  await cdp.send('Debugger.enable');
  await page.goto(url, { waitUntil: 'load' });
  // An article is marked by the page code (its clutter hidden in the same task: asking for its
  // state would be a panel's use); elsewhere the detector decides and answers nothing.
  if (isArticle) await page.waitForSelector('[data-ks-hidden]', { state: 'attached' });
  else await detectorRan();
  // Time for anything more to come that would (the page's announcement, a request to inject).
  await page.waitForTimeout(500);
  await page.close();
  return [...new Set(parsed)].sort();
}

describe.each(fixtures)('$page.slug', ({ page: fixture, node }) => {
  it(
    node.result.article.isArticle
      ? 'runs the page code only, imported as a module: no detector, no injection'
      : 'runs the detector only: no engine, no page code',
    async () => {
      // At an article address the manifest starts, in the detector's place, what imports the
      // page code as a module (compiled off the main thread, then from the code cache).
      const expected = node.result.article.isArticle
        ? ['/content-scripts/article-page.js (module)', '/content-scripts/article-start.js']
        : ['/content-scripts/article.js'];
      expect(await ourScriptsOn(server.urlOf(fixture), node.result.article.isArticle)).toEqual(
        expected,
      );
    },
  );
});

describe('compile hint', () => {
  // The page code runs nearly all its functions on an article load: V8 compiles them with the
  // script when the build puts its hint first (wxt.config.ts). The detector, whose functions
  // mostly never run on pages we leave alone, is left to compile lazily.
  const source = (file: string) =>
    readFileSync(path.join(EXTENSION_DIR, 'content-scripts', file), 'utf8');
  it('heads the page code, and only its marking bundle', () => {
    expect(source('article-page.js').startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);
    expect(source('article.js')).not.toContain('allFunctionsCalledOnLoad');
    expect(source('article-start.js')).not.toContain('allFunctionsCalledOnLoad');
    expect(source('article-follow.js')).not.toContain('allFunctionsCalledOnLoad');
  });
});

describe('the page code as a web-accessible resource', () => {
  // A page could learn that the extension is installed by loading its files at their fixed
  // addresses. The page code is web-accessible on Republika hosts only at the URL Chromium makes
  // anew every session (`use_dynamic_url`, wxt.config.ts), which only our own scripts learn.
  it('is out of a page’s reach at its fixed address, though our import loads it', async () => {
    const [first] = fixtures.filter(f => f.node.result.article.isArticle);
    const page = await ext.context.newPage();
    await page.goto(server.urlOf(first!.page), { waitUntil: 'load' });
    await page.waitForSelector('[data-ks-hidden]', { state: 'attached' });
    const fixed = `chrome-extension://${ext.extensionId}/content-scripts/article-page.js`;
    const reached = await page.evaluate(async url => {
      try {
        return (await fetch(url)).ok;
      } catch {
        return false;
      }
    }, fixed);
    await page.close();
    expect(reached).toBe(false);
  });
});

/**
 * Pages the extension must leave alone: a Republika page that is not an article, and an article
 * served from a non-Republika host. Nothing may be marked, hidden or injected there, and the panel
 * says what it works on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  detectorRunIn,
  launchWithExtension,
  openPanel,
  openTab,
  pageStateOf,
  tabIdOf,
  uiLanguageOf,
  type ExtensionBrowser,
} from './browser';
import { catalogue } from '../panel/catalogue';
import { loadFixtures, startFixtureServer, type FixtureServer } from './fixture-server';
import { analysedFixtures } from './node-analysis';

const fixtures = loadFixtures();
const nonArticles = analysedFixtures().filter(({ node }) => !node.result.article.isArticle);
const seed = fixtures.find(page => page.slug === 'seed-article')!;

let server: FixtureServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer(fixtures);
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.context.close();
  await server?.close();
});

/** Everything the extension could have left on a page. */
function traces(page: Page) {
  return page.evaluate(() => ({
    dataKs: Array.from(document.querySelectorAll('*')).filter(el =>
      el.getAttributeNames().some(name => name.startsWith('data-ks')),
    ).length,
    marks: Array.from(CSS.highlights.keys()).filter(name => name.startsWith('ks-')).length,
    styles: document.querySelectorAll('style').length,
  }));
}

/** `<style` elements in the HTML as served, to compare with the live page. */
const styleCount = (html: string) => (html.match(/<style[\s>]/gi) ?? []).length;

it('has a non-article Republika fixture', () => {
  expect(nonArticles.length).toBeGreaterThan(0);
});

describe.each([
  ...nonArticles.map(({ page }) => ({
    name: `Republika non-article: ${page.slug}`,
    page,
    plain: false,
  })),
  { name: 'the seed article on a non-Republika host', page: seed, plain: true },
])('$name', ({ page: fixture, plain }) => {
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    if (plain) {
      ({ page, tabId } = await openTab(ext, server.plainUrlOf(fixture)));
      // No content script may run here, so there is nothing to wait for but the time one would
      // take to act if it wrongly did (the articles settle in < 1 s).
      await page.waitForTimeout(1_500);
    } else {
      // Our detector runs here and must decide "not an article"; after that it never writes.
      page = await ext.context.newPage();
      const detectorRan = await detectorRunIn(ext.context, page);
      await page.goto(server.urlOf(fixture), { waitUntil: 'load' });
      await detectorRan();
      tabId = await tabIdOf(ext.worker, page.url());
    }
  });

  afterAll(() => page?.close());

  it('is left untouched: no marks, no data-ks-* attributes, no injected style', async () => {
    expect(await traces(page)).toEqual({ dataKs: 0, marks: 0, styles: styleCount(fixture.html) });
  });

  it('has nothing of ours listening: no receiver for the panel (not even the extension API touched)', async () => {
    await expect(pageStateOf(ext.worker, tabId)).rejects.toThrow(/Receiving end does not exist/);
  });

  it('makes the panel say it only works on Republika articles', async () => {
    const panel = await openPanel(ext, tabId);
    const message = catalogue(await uiLanguageOf(ext.worker));
    await expect
      .poll(() => panel.locator('.status-message h1').textContent())
      .toBe(message('notArticleTitle'));
    expect(await panel.locator('.status-message p').textContent()).toContain('republika.co.id');
    await panel.close();
  });
});

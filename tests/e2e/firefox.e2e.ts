/**
 * Smoke test of the Firefox MV3 build in real Firefox ESR: on every article fixture the content
 * script marks the quotes with the speakers the engine finds in Node, hides the ad slots and keeps
 * every article paragraph visible; a Republika page that is not an article, and an article on a
 * non-Republika host, are left untouched. The panel and the switches are covered in Chromium only
 * (article.e2e.ts): BiDi cannot open moz-extension:// pages (see tests/e2e/firefox.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, type FirefoxExtensionBrowser } from './firefox';
import { loadFixtures, startFixtureServer, type FixtureServer } from './fixture-server';
import { analysedFixtures } from './node-analysis';

const fixtures = loadFixtures();
const analysed = analysedFixtures();
const articles = analysed.filter(({ node }) => node.result.article.isArticle);
const nonArticles = analysed.filter(({ node }) => !node.result.article.isArticle);
const seed = fixtures.find(page => page.slug === 'seed-article')!;

let server: FixtureServer;
let ff: FirefoxExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer(fixtures);
  ff = await launchFirefoxWithExtension();
});

afterAll(async () => {
  await ff?.browser.close();
  await server?.close();
});

/** Opens `url` in a new tab and waits for its load event. */
async function open(url: string): Promise<Page> {
  const page = await ff.browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** The quote marks in the page, one entry per distinct quote (a quote may span several marks). */
function marksOf(page: Page) {
  return page.evaluate(() => {
    const marks = Array.from(document.querySelectorAll('ks-quote[data-ks-quote]'), el => ({
      id: el.getAttribute('data-ks-quote')!,
      speaker: el.getAttribute('data-ks-speaker') ?? '',
    }));
    return { count: marks.length, distinct: [...new Map(marks.map(m => [m.id, m])).values()] };
  });
}

it('installs the Firefox build as an add-on', () => {
  expect(ff.extensionId).toMatch(/@/);
});

it('has article fixtures and a non-article one', () => {
  expect(articles.map(({ page }) => page.slug)).toContain('seed-article');
  expect(nonArticles.length).toBeGreaterThan(0);
});

describe.each(articles)('article $page.slug', ({ page: fixture, node }) => {
  let page: Page;
  const names = new Map(node.result.speakers.map(s => [s.id, s.name]));
  const expectedMarks = node.result.quotes.map(q => ({
    id: q.id,
    speaker: q.speakerIds.map(id => names.get(id)).join(', '),
  }));

  beforeAll(async () => {
    page = await open(server.urlOf(fixture));
    // The content script runs at document_idle and then waits for stored settings: its style
    // element is the sign it has finished hiding, and the marks follow in the same pass.
    await page.waitForSelector('#ks-clutter-style', { timeout: 10_000 });
  });

  afterAll(() => page?.close());

  it('marks every quote with the speakers the engine finds in Node', async () => {
    await expect.poll(async () => (await marksOf(page)).distinct).toEqual(expectedMarks);
    expect((await marksOf(page)).count).toBeGreaterThanOrEqual(expectedMarks.length);
  });

  it('hides ad slots and clutter but keeps every article paragraph visible', async () => {
    const report = await page.evaluate(paragraphs => {
      const displayed = (el: Element) => getComputedStyle(el).display !== 'none';
      const visible = (el: Element) => el.checkVisibility();
      const candidates = Array.from(document.querySelectorAll('p, div, li, span'));
      const ads = Array.from(document.querySelectorAll('[id^="div-gpt-ad"], ins.adsbygoogle'));
      const hidden = Array.from(document.querySelectorAll('[data-ks-hidden]'));
      return {
        styles: document.querySelectorAll('#ks-clutter-style').length,
        ads: ads.length,
        adsVisible: ads.filter(visible).length,
        hidden: hidden.length,
        hiddenDisplayed: hidden.filter(displayed).length,
        paragraphsNotVisible: paragraphs.filter(
          text => !candidates.some(el => el.textContent?.trim() === text && visible(el)),
        ),
      };
    }, node.paragraphTexts);
    expect(report.styles).toBe(1);
    expect(report.hidden).toBeGreaterThan(0);
    // Every element the script hid has computed display none; ad slots are hidden or inside one.
    expect(report.hiddenDisplayed).toBe(0);
    expect(report.adsVisible).toBe(0);
    expect(node.paragraphTexts.length).toBeGreaterThan(0);
    expect(report.paragraphsNotVisible).toEqual([]);
  });
});

describe.each([
  ...nonArticles.map(({ page }) => ({
    name: `a Republika page that is not an article (${page.slug})`,
    page,
    plain: false,
  })),
  { name: 'the seed article on a non-Republika host', page: seed, plain: true },
])('$name', ({ page: fixture, plain }) => {
  let page: Page;

  beforeAll(async () => {
    page = await open(plain ? server.plainUrlOf(fixture) : server.urlOf(fixture));
    // Nothing to wait for but the time the script would take to act if it wrongly did (the
    // articles above were marked within a second of their load event).
    await new Promise(resolve => setTimeout(resolve, 1_500));
  });

  afterAll(() => page?.close());

  it('is left untouched: no marks, no data-ks-* attributes, no injected style', async () => {
    const traces = await page.evaluate(() => ({
      dataKs: Array.from(document.querySelectorAll('*')).filter(el =>
        el.getAttributeNames().some(name => name.startsWith('data-ks')),
      ).length,
      marks: document.querySelectorAll('ks-quote').length,
      clutterStyle: document.querySelectorAll('#ks-clutter-style').length,
      styles: document.querySelectorAll('style').length,
    }));
    const servedStyles = (fixture.html.match(/<style[\s>]/gi) ?? []).length;
    expect(traces).toEqual({ dataKs: 0, marks: 0, clutterStyle: 0, styles: servedStyles });
  });
});

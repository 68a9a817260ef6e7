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

/**
 * The page's own article's marks as the page itself sees them: our highlights in the document's
 * registry (`CSS.highlights`), as `highlight: text` in page order. (BiDi cannot reach the
 * extension's messaging, so getMarks is checked in Chromium.)
 */
function marksOf(page: Page) {
  return page.evaluate(() =>
    Array.from(CSS.highlights)
      .filter(([name]) => /^ks-(s\d+|unnamed)$/.test(name))
      .flatMap(([name, h]) =>
        Array.from(h as Iterable<AbstractRange>, r => ({ name, range: r as Range })),
      )
      .sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range))
      .map(({ name, range }) => `${name}: ${range.toString()}`),
  );
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
  const index = new Map(node.result.speakers.map((s, i) => [s.id, i]));
  const expectedMarks = node.result.quotes.map(
    q => `${q.speakerIds.length ? `ks-s${index.get(q.speakerIds[0]!)}` : 'ks-unnamed'}: ${q.text}`,
  );

  beforeAll(async () => {
    page = await open(server.urlOf(fixture));
    // The content script runs at document_idle and then waits for stored settings: its style
    // element is the sign it has finished hiding, and the marks follow in the same pass.
    await page.waitForSelector('#ks-style', { timeout: 10_000 });
  });

  afterAll(() => page?.close());

  it('marks every quote with the speakers the engine finds in Node', async () => {
    // Page order and engine order can differ (overlapping quotes): compare as sorted lists.
    await expect
      .poll(async () => [...(await marksOf(page))].sort())
      .toEqual([...expectedMarks].sort());
  });

  it('hides ad slots and clutter but keeps every article paragraph visible', async () => {
    const report = await page.evaluate(paragraphs => {
      const displayed = (el: Element) => getComputedStyle(el).display !== 'none';
      const visible = (el: Element) => el.checkVisibility();
      const candidates = Array.from(document.querySelectorAll('p, div, li, span'));
      const ads = Array.from(document.querySelectorAll('[id^="div-gpt-ad"], ins.adsbygoogle'));
      const hidden = Array.from(document.querySelectorAll('[data-ks-hidden]'));
      return {
        styles: document.querySelectorAll('#ks-style').length,
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
      marks: Array.from(CSS.highlights.keys()).filter(name => name.startsWith('ks-')).length,
      ourStyle: document.querySelectorAll('#ks-style').length,
      styles: document.querySelectorAll('style').length,
    }));
    const servedStyles = (fixture.html.match(/<style[\s>]/gi) ?? []).length;
    expect(traces).toEqual({ dataKs: 0, marks: 0, ourStyle: 0, styles: servedStyles });
  });
});

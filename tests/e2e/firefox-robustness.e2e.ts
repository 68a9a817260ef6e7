/**
 * Hostile and living pages (issue 7) in Firefox ESR with the Firefox MV3 build: the part of
 * robustness.e2e.ts that can be seen from the page, since WebDriver BiDi reaches pages only (no
 * extension messaging or storage, so the switches and getMarks stay Chromium's; see firefox.ts).
 * Marks are read from the document's highlight registry, which the page shares with us.
 *
 * - the page cannot reach us: no event named with our id, no message, no page error that exists
 *   only with the extension, and forged WXT events switch nothing off (article and section page);
 * - the detector follows a section page that moves in place to an article (Firefox has no event
 *   for pushState in our world: the once-a-second address check finds it), and back undoes all;
 * - the page's text is the page's after node.data, innerHTML and clone rewrites;
 * - an ad inserted under 10–200 ms churn is hidden (time printed).
 *
 * Pages are served by a small server here on every host: Republika's (the extension runs) and
 * 127.0.0.1 (it does not: the reference).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, type FirefoxExtensionBrowser } from './firefox';
import { loadFixtures } from './fixture-server';
import { analysedFixtures } from './node-analysis';
import { AD_UNDER_CHURN } from './page-scripts';

const fixtures = loadFixtures();
const htmlOf = (slug: string) => fixtures.find(f => f.slug === slug)!.html;
const seedQuotes = analysedFixtures().find(f => f.page.slug === 'seed-article')!.node.result.quotes
  .length;

let ff: FirefoxExtensionBrowser;
let server: Server;
let port = 0;
/** Page HTML by path, on every host. */
const served = new Map<string, string>();
let counter = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    const html = served.get(new URL(req.url ?? '/', 'http://x').pathname);
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not found');
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  ff = await launchFirefoxWithExtension();
});

afterAll(async () => {
  await ff?.browser.close();
  await new Promise(resolve => server?.close(resolve));
});

/** `html` with `script` run at the end of its body, and `head` (a script) first in its head. */
const withScripts = (html: string, script: string, head = '') =>
  html
    .replace(/<head>/i, `<head><script>${head}</script>`)
    .replace(/<\/body>/i, `<script>${script}</script></body>`);

interface Pair {
  page: Page;
  plain: Page;
  errors: { page: string[]; plain: string[] };
}

/** Opens `html` at `path` with the extension (Republika host) and without (127.0.0.1). */
async function openPair(html: string, path: string): Promise<Pair> {
  served.set(path, html);
  const errors = { page: [] as string[], plain: [] as string[] };
  const plain = await ff.browser.newPage();
  plain.on('pageerror', e => errors.plain.push(String((e as Error).message ?? e)));
  await plain.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'load' });
  const page = await ff.browser.newPage();
  page.on('pageerror', e => errors.page.push(String((e as Error).message ?? e)));
  await page.goto(`http://www.republika.co.id:${port}${path}`, { waitUntil: 'load' });
  return { page, plain, errors };
}

async function closePair(pair: Pair | undefined) {
  await pair?.page.close();
  await pair?.plain.close();
}

const articlePath = () => `/berita/ks${++counter}ffrob/judul-berita`;
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** Our marks in the page's highlight registry, as their texts in page order. */
const markTexts = (page: Page) =>
  page.evaluate(() =>
    Array.from(CSS.highlights)
      .filter(([name]) => /^ks-(s\d+|unnamed)$/.test(name))
      .flatMap(([, h]) => Array.from(h as Iterable<AbstractRange>, r => r as Range))
      .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
      .map(r => r.toString()),
  );

/** Everything of ours the page could see: hidden elements, our styles, our highlights. */
const traces = (page: Page) =>
  page.evaluate(() => ({
    hidden: document.querySelectorAll('[data-ks-hidden]').length,
    styles: document.querySelectorAll('style[id^="ks-"]').length,
    highlights: Array.from(CSS.highlights.keys()).filter(k => k.startsWith('ks-')).length,
  }));

const extensionOnly = (pair: Pair) => pair.errors.page.filter(e => !pair.errors.plain.includes(e));

/** Counts, in the page, events named with our add-on id and every message (naively parsed). */
const listen = (id: string) => `
  window.__ours = 0; window.__messages = 0;
  ['article', 'article-start', 'article-page'].forEach(function (name) {
    document.addEventListener('${id}:' + name + ':wxt:content-script-started', function () { window.__ours++; });
  });
  addEventListener('message', function (e) { window.__messages++; JSON.parse(e.data); });`;
const heard = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __ours: number; __messages: number };
    return { ours: w.__ours, messages: w.__messages };
  });
const forge = (page: Page, id: string) =>
  page.evaluate((ext: string) => {
    for (const name of ['article', 'article-start', 'article-page']) {
      const type = `${ext}:${name}:wxt:content-script-started`;
      const detail = { contentScriptName: name, messageId: 'forged' };
      document.dispatchEvent(new CustomEvent(type, { detail }));
    }
  }, id);

describe('Firefox: the page cannot reach us', () => {
  it('on an article: nothing announced or sent, and forged WXT events switch nothing off', async () => {
    const pair = await openPair(
      withScripts(htmlOf('seed-article'), '', listen(ff.extensionId)),
      articlePath(),
    );
    try {
      await expect.poll(async () => (await markTexts(pair.page)).length).toBe(seedQuotes);
      const before = { marks: await markTexts(pair.page), traces: await traces(pair.page) };
      expect(await heard(pair.page)).toEqual({ ours: 0, messages: 0 });
      await forge(pair.page, ff.extensionId);
      await sleep(600);
      expect({ marks: await markTexts(pair.page), traces: await traces(pair.page) }).toEqual(
        before,
      );
      expect(extensionOnly(pair)).toEqual([]);
    } finally {
      await closePair(pair);
    }
  });
});

describe('Firefox: a section page that moves to an article in place', () => {
  // The section page becomes the seed article (pushState, then its head data and body), and
  // back again on popstate: what a single-page site does.
  const seed = htmlOf('seed-article');
  const json = (value: string) => JSON.stringify(value).replace(/</g, '\\u003c');
  const spa = `(function () {
    var section = document.body.innerHTML;
    var article = ${json(/<body[^>]*>([\s\S]*)<\/body>/i.exec(seed)![1]!)};
    var ld = ${json(/<script type="application\/ld\+json">[\s\S]*?<\/script>/.exec(seed)![0])};
    function render(isArticle) {
      var old = document.getElementById('ks-spa-ld'); if (old) old.remove();
      if (isArticle) {
        var holder = document.createElement('div'); holder.innerHTML = ld;
        holder.firstElementChild.id = 'ks-spa-ld'; document.head.append(holder.firstElementChild);
        document.body.innerHTML = article;
      } else document.body.innerHTML = section;
    }
    window.goArticle = function () {
      history.pushState({ article: true }, '', '/berita/zz9spa002/jembatan-baru-dibangun');
      render(true);
    };
    addEventListener('popstate', function (e) { render(!!(e.state && e.state.article)); });
  })();`;

  it('is followed by the detector: marked there, all undone on the way back, forged events ignored', async () => {
    const pair = await openPair(
      withScripts(htmlOf('non-article'), spa, listen(ff.extensionId)),
      `/kanal/ks${++counter}ffspa`,
    );
    type Spa = { goArticle(): void };
    try {
      await sleep(800);
      expect(await heard(pair.page)).toEqual({ ours: 0, messages: 0 });
      await forge(pair.page, ff.extensionId);
      for (const p of [pair.page, pair.plain])
        await p.evaluate(() => (window as unknown as Spa).goArticle());
      await expect
        .poll(async () => (await markTexts(pair.page)).length, { timeout: 6_000 })
        .toBe(seedQuotes);
      expect((await traces(pair.page)).hidden).toBeGreaterThan(0);
      for (const p of [pair.page, pair.plain]) await p.evaluate(() => history.back());
      await expect
        .poll(async () => (await traces(pair.page)).highlights, { timeout: 6_000 })
        .toBe(0);
      await sleep(600);
      expect(await traces(pair.page)).toEqual({ hidden: 0, styles: 0, highlights: 0 });
      const html = (p: Page) => p.evaluate(() => document.documentElement.outerHTML);
      expect(await html(pair.page)).toBe(await html(pair.plain));
      // The page's own forged events (one per script name), none of ours.
      expect(await heard(pair.page)).toEqual({ ours: 3, messages: 0 });
      expect(extensionOnly(pair)).toEqual([]);
    } finally {
      await closePair(pair);
    }
  });
});

describe('Firefox: the page keeps changing', () => {
  it("node.data writes, innerHTML rewrites and clone copies leave the page's text its own, re-marked", async () => {
    const pair = await openPair(htmlOf('seed-article'), articlePath());
    try {
      await expect.poll(async () => (await markTexts(pair.page)).length).toBe(seedQuotes);
      for (const p of [pair.page, pair.plain])
        await p.evaluate(() => {
          const ps = Array.from(document.querySelectorAll('article p')).filter(p =>
            p.textContent!.includes('“'),
          );
          const text = Array.from(ps[0]!.childNodes).find(n => n.nodeType === 3) as Text;
          text.data = text.data.replace(/ASEAN/g, 'Asia Tenggara');
          ps[1]!.innerHTML = ps[1]!.innerHTML.replace('Rusia', 'Federasi Rusia');
          ps[2]!.replaceWith(ps[2]!.cloneNode(true));
        });
      await sleep(800);
      const text = (p: Page) => p.evaluate(() => document.querySelector('article')!.textContent);
      expect(await text(pair.page)).toBe(await text(pair.plain));
      // Marks are drawn again on the rewritten text, each within the page as it is now.
      const marks = await markTexts(pair.page);
      expect(marks).toHaveLength(seedQuotes);
      const article = await text(pair.page);
      for (const mark of marks) expect(article).toContain(mark);
      expect(await pair.page.$$eval('ks-quote, [data-ks-quote]', els => els.length)).toBe(0);
    } finally {
      await closePair(pair);
    }
  });

  it('hides an ad inserted while the page inserts elements every 10–200 ms', async () => {
    const pair = await openPair(withScripts(htmlOf('seed-article'), AD_UNDER_CHURN), articlePath());
    try {
      await expect.poll(async () => (await traces(pair.page)).styles).toBeGreaterThan(0);
      await pair.page.evaluate(() => (window as unknown as { startChurn(): void }).startChurn());
      const hiddenAfter = () =>
        pair.page.evaluate(() => (window as unknown as { __hiddenAfter?: number }).__hiddenAfter);
      // Hidden while the churn goes on (it lasts 3 s; a debounce would wait until it stops).
      await expect.poll(hiddenAfter, { timeout: 1_900 }).toBeGreaterThan(0);
      console.log(
        `[robustness firefox] ad inserted under 10–200 ms churn hidden after ${(await hiddenAfter())!.toFixed(0)} ms`,
      );
    } finally {
      await closePair(pair);
    }
  });
});

/**
 * The extension on every article fixture in real Chromium: clutter hidden, article text kept,
 * quotes marked with their speakers, late ads hidden, the panel listing speakers, copy, the two
 * switches undoing exactly, scroll-to-quote, and no request leaving the machine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PageState } from '../../core/protocol';
import {
  formatSummaryText,
  groupBySpeaker,
  groupName,
  type SummaryLabels,
} from '../../core/summary';
import { catalogue } from '../panel/catalogue';
import {
  isLocalUrl,
  launchWithExtension,
  marksOf,
  openPanel,
  recordRequests,
  openArticle,
  uiLanguageOf,
  type ExtensionBrowser,
  type RecordedRequest,
  captureClipboard,
  copiedContent,
} from './browser';
import { loadFixtures, startFixtureServer, type FixtureServer } from './fixture-server';
import { analysedFixtures } from './node-analysis';

const fixtures = loadFixtures();
const analysed = analysedFixtures();
const articles = analysed.filter(({ node }) => node.result.article.isArticle);

let server: FixtureServer;
let ext: ExtensionBrowser;
let requests: RecordedRequest[];
/** The panel's words in the browser's UI language, to predict what it shows and copies. */
let message: (key: string) => string;
let labels: SummaryLabels;

beforeAll(async () => {
  server = await startFixtureServer(fixtures);
  ext = await launchWithExtension();
  requests = recordRequests(ext.context);
  const lookup = catalogue(await uiLanguageOf(ext.worker));
  message = key => lookup(key);
  labels = { unnamed: message('unnamedSpeaker'), reported: message('reportedLabel') };
});

afterAll(async () => {
  await ext?.context.close();
  await server?.close();
});

/** Serialises the body, where every change the extension makes to a page lives. */
const bodyHtml = (page: Page) => page.evaluate(() => document.body.outerHTML);

it('has article fixtures to test', () => {
  expect(articles.map(({ page }) => page.slug)).toContain('seed-article');
});

describe.each(articles)('$page.slug', ({ page: fixture, node }) => {
  let page: Page;
  let panel: Page;
  let tabId: number;
  let state: PageState;

  beforeAll(async () => {
    ({ page, tabId, state } = await openArticle(ext, server.urlOf(fixture)));
    panel = await openPanel(ext, tabId);
  });

  afterAll(async () => {
    await panel?.close();
    await page?.close();
  });

  it('finds the same article and speakers as the engine in Node', () => {
    expect(state.analysis.article.isArticle).toBe(true);
    // Work is part of the wall time, which also holds the wait for stored settings.
    expect(state.workMs).toBeGreaterThan(0);
    expect(state.workMs!).toBeLessThanOrEqual(state.elapsedMs!);
    expect(state.analysis.article.title).toBe(node.result.article.title);
    expect(state.analysis.speakers.map(s => s.name)).toEqual(node.result.speakers.map(s => s.name));
    expect(state.analysis.quotes.map(q => q.text)).toEqual(node.result.quotes.map(q => q.text));
  });

  it('hides ad slots and clutter but keeps every article paragraph visible', async () => {
    const report = await page.evaluate(paragraphs => {
      const visible = (el: Element) => el.checkVisibility();
      const candidates = Array.from(document.querySelectorAll('p, div, li, span'));
      return {
        adsVisible: Array.from(
          document.querySelectorAll('[id^="div-gpt-ad"], ins.adsbygoogle'),
        ).filter(visible).length,
        hidden: document.querySelectorAll('[data-ks-hidden]').length,
        hiddenVisible: Array.from(document.querySelectorAll('[data-ks-hidden]')).filter(visible)
          .length,
        paragraphsNotVisible: paragraphs.filter(
          text => !candidates.some(el => el.textContent?.trim() === text && visible(el)),
        ),
      };
    }, node.paragraphTexts);
    expect(node.paragraphTexts.length).toBeGreaterThan(0);
    expect(report.paragraphsNotVisible).toEqual([]);
    expect(report.adsVisible).toBe(0);
    expect(report.hidden).toBeGreaterThan(0);
    expect(report.hiddenVisible).toBe(0);
    expect(state.hiddenCount).toBe(report.hidden);
  });

  it('marks every quote with its speakers, drawn as highlights on screen', async () => {
    // The page's own article (feed articles, ids a<K>-…, are covered in robustness.e2e.ts).
    const marks = (await marksOf(ext.worker, tabId)).filter(m => !/^a\d+-/.test(m.quoteId));
    const names = new Map(state.analysis.speakers.map(s => [s.id, s.name]));
    const index = new Map(state.analysis.speakers.map((s, i) => [s.id, i]));
    const expected = state.analysis.quotes.map(q => ({
      quoteId: q.id,
      speakers: q.speakerIds.map(id => names.get(id)!),
      highlight: q.speakerIds.length ? `ks-s${index.get(q.speakerIds[0]!)}` : 'ks-unnamed',
      text: q.text,
    }));
    expect(
      marks.map(({ quoteId, speakers, highlight, text }) => ({
        quoteId,
        speakers,
        highlight,
        text,
      })),
    ).toEqual(expected);
    // Every mark has boxes on screen, and the page's highlight registry holds our ranges.
    expect(marks.filter(m => m.boxes.length === 0)).toEqual([]);
    const registered = await page.evaluate(() =>
      Array.from(CSS.highlights, ([name, h]) => [name, h.size] as const).filter(([name]) =>
        name.startsWith('ks-'),
      ),
    );
    const drawn = registered
      .filter(([name]) => !name.startsWith('ks-a'))
      .reduce((n, [, size]) => n + size, 0);
    expect(drawn).toBe(marks.length);
    // Marking never touches the page's nodes: no element of ours in the body.
    expect(await page.locator('body [data-ks-quote], body ks-quote').count()).toBe(0);
  });

  it('lists the speakers in the panel, most quoted first, each quote once', async () => {
    await panel.waitForSelector('.speaker-name, .status-message h2');
    const names = await panel.locator('.speaker-name').allTextContents();
    const expected = groupBySpeaker(node.result).map(g => groupName(g, labels));
    expect(names).toEqual(expected);
    // Joint quotes sit on their pair's card only, so the panel lists every quote exactly once.
    const listed = await panel
      .locator('button.quote')
      .evaluateAll(buttons => buttons.map(b => b.getAttribute('data-quote-id')));
    expect([...listed].sort()).toEqual(node.result.quotes.map(q => q.id).sort());
    expect(await panel.locator('h1').textContent()).toBe(node.result.article.title);
  });

  it('round-trips the page exactly when each switch goes off and on again', async () => {
    const before = await bodyHtml(page);
    for (const name of ['marksVisible', 'clutterHidden'] as const) {
      const count = async () =>
        name === 'marksVisible'
          ? (await marksOf(ext.worker, tabId)).length
          : page.locator('[data-ks-hidden]').count();
      const hadAny = (await count()) > 0;
      await panel.locator(`input[name=${name}]`).click();
      await expect.poll(count, { timeout: 5_000 }).toBe(0);
      await panel.locator(`input[name=${name}]`).click();
      if (hadAny) await expect.poll(count, { timeout: 5_000 }).toBeGreaterThan(0);
      await expect.poll(() => bodyHtml(page)).toBe(before);
    }
  });

  it('with both switches off, the body is the page exactly as served', async () => {
    const plain = await ext.context.newPage();
    await plain.goto(server.plainUrlOf(fixture));
    const original = await bodyHtml(plain);
    await plain.close();
    const marked = await bodyHtml(page);
    await panel.locator('input[name=marksVisible]').click();
    await panel.locator('input[name=clutterHidden]').click();
    try {
      await expect.poll(() => bodyHtml(page), { timeout: 5_000 }).toBe(original);
    } finally {
      await panel.locator('input[name=marksVisible]').click();
      await panel.locator('input[name=clutterHidden]').click();
      // The later tests (scroll-to-quote) need the marks back, not merely requested.
      await expect.poll(() => bodyHtml(page), { timeout: 5_000 }).toBe(marked);
    }
  });

  it('copies the summary (text and HTML) from the panel', async () => {
    if (state.analysis.quotes.length === 0) {
      expect(await panel.locator('.copy-button').count()).toBe(0);
      return;
    }
    await captureClipboard(panel);
    await panel.locator('.copy-button').click();
    await expect.poll(() => panel.locator('.copy-status').textContent()).toBe(message('copyDone'));
    const copied = await copiedContent(panel);
    expect(copied.text).toBe(formatSummaryText(state.analysis, labels));
    expect(copied.html).toContain('<h2 lang="id">');
    expect(copied.html).not.toMatch(/<script|on\w+=/i);
  });

  it('scrolls to and flashes a quote clicked in the panel', async () => {
    const last = state.analysis.quotes.at(-1);
    if (!last) return;
    await panel.locator(`[data-quote-id="${last.id}"]`).first().click();
    await expect
      .poll(
        async () => (await marksOf(ext.worker, tabId)).filter(m => m.flashing).map(m => m.quoteId),
        { timeout: 5_000 },
      )
      .toEqual([last.id]);
    expect(await panel.locator('.notice').textContent()).toBe('');
  });

  it('hides an ad the page inserts after load', async () => {
    await page.evaluate(() => {
      const slot = document.createElement('div');
      slot.id = 'div-gpt-ad-1700000000000-0';
      slot.textContent = 'Advertisement';
      slot.style.height = '250px';
      (document.querySelector('article') ?? document.body).append(slot);
    });
    await expect
      .poll(() => page.locator('#div-gpt-ad-1700000000000-0').isVisible(), { timeout: 5_000 })
      .toBe(false);
  });
});

it('makes no request of its own: extension pages load only their files, pages only what they name', () => {
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter(r => r.fromExtension && !r.url.startsWith('chrome-extension://'))).toEqual(
    [],
  );
  // Off-machine requests were aborted (see launch); any that were made must be the page's own
  // resources (AMP runtime, images), i.e. named in a fixture's HTML, not invented by the extension.
  const named = (url: string) => fixtures.some(page => page.html.includes(url));
  expect(requests.filter(r => !isLocalUrl(r.url) && !named(r.url))).toEqual([]);
});

/**
 * What a reader triggers loads on first use (issue 8): the page code's marking bundle reads, hides
 * and marks; the following bundle (tooltips, next / previous quote, the quote in view for a panel)
 * is injected only when a reader first hovers a mark, moves by quote, or has a panel (open at load
 * or later). Each first use here runs on a fresh load of the seed article that nothing else has
 * touched, and which of our scripts it ran is read from Chromium's debugger (as page-code.e2e.ts).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MarkInfo, PageState } from '../../core/protocol';
import {
  launchWithExtension,
  marksOf,
  openArticle,
  openPanelWindow,
  pageStateOf,
  tabIdOf,
  type ExtensionBrowser,
} from './browser';
import { loadFixtures, startFixtureServer, type FixtureServer } from './fixture-server';

const seed = loadFixtures().find(page => page.slug === 'seed-article')!;
const FOLLOWING = '/content-scripts/article-follow.js';
const VIEW = { width: 1000, height: 700 };
/** Polls long enough for an injection and a message round trip on a busy machine. */
const SLOW = { timeout: 10_000 };

let server: FixtureServer;
let ext: ExtensionBrowser;
/** A mark on screen once the page is scrolled by `scrollY`, from a tab that was used. */
let target: { scrollY: number; quoteId: string; x: number; y: number };

/** A fresh load of the seed article, marked, nothing used; which of our scripts it parsed. */
async function freshLoad(): Promise<{ page: Page; tabId: number; parsed: () => string[] }> {
  const page = await ext.context.newPage();
  await page.setViewportSize(VIEW);
  const cdp = await ext.context.newCDPSession(page);
  const parsed = new Set<string>();
  cdp.on('Debugger.scriptParsed', event => {
    if (event.url.startsWith(`chrome-extension://${ext.extensionId}/`)) {
      parsed.add(new URL(event.url).pathname);
    }
  });
  await cdp.send('Debugger.enable');
  await page.goto(server.urlOf(seed), { waitUntil: 'load' });
  // Clutter is hidden in the task that draws the marks: no message asked (a panel's use).
  await page.waitForSelector('[data-ks-hidden]', { state: 'attached' });
  await page.waitForTimeout(300);
  const tabId = await tabIdOf(ext.worker, page.url());
  return { page, tabId, parsed: () => [...parsed] };
}

/** Scrolls `page` to `target` without a use of ours (the page's own scrolling). */
async function scrollToTarget(page: Page): Promise<void> {
  await page.evaluate(y => window.scrollTo({ top: y, behavior: 'instant' }), target.scrollY);
  await page.waitForTimeout(100);
}

const hasTooltip = (page: Page) =>
  page.evaluate(() => document.querySelector('ks-tooltip') !== null);

beforeAll(async () => {
  server = await startFixtureServer(loadFixtures());
  ext = await launchWithExtension();
  // Where a mark is, from a tab of its own (asking for its marks is a use there, not in the others).
  const { page, tabId } = await openArticle(ext, server.urlOf(seed), VIEW);
  const first = (await marksOf(ext.worker, tabId)).find(m => m.boxes.length > 0)!;
  const scrollY = Math.max(0, Math.round(first.boxes[0]!.y - 200));
  await page.evaluate(y => window.scrollTo({ top: y, behavior: 'instant' }), scrollY);
  const box = ((await marksOf(ext.worker, tabId)) as MarkInfo[]).find(
    m => m.quoteId === first.quoteId,
  )!.boxes[0]!;
  target = { scrollY, quoteId: first.quoteId, x: box.x + 4, y: box.y + box.height / 2 };
  await page.close();
});

afterAll(async () => {
  await ext?.context.close();
  await server?.close();
});

describe('the following bundle loads on first use', () => {
  it('a load nobody uses, the pointer moving off the marks, never loads it', async () => {
    const { page, parsed } = await freshLoad();
    await scrollToTarget(page);
    await page.mouse.move(1, 1);
    await page.mouse.move(VIEW.width - 2, 2);
    await page.waitForTimeout(500);
    expect(parsed()).not.toContain(FOLLOWING);
    expect(await hasTooltip(page)).toBe(false);
    await page.close();
  });

  it('a hover on a mark before it came loads it, and the tooltip shows where the pointer rests', async () => {
    const { page, parsed } = await freshLoad();
    await scrollToTarget(page);
    expect(parsed()).not.toContain(FOLLOWING);
    await page.mouse.move(target.x, target.y);
    await expect.poll(() => hasTooltip(page), SLOW).toBe(true);
    expect(parsed()).toContain(FOLLOWING);
    // And goes when the pointer leaves the mark.
    await page.mouse.move(1, 1);
    await expect.poll(() => hasTooltip(page), SLOW).toBe(false);
    await page.close();
  });

  it('a hover after it came (a panel asked first) shows the tooltip', async () => {
    const { page, tabId, parsed } = await freshLoad();
    await pageStateOf(ext.worker, tabId);
    await expect.poll(parsed, SLOW).toContain(FOLLOWING);
    await scrollToTarget(page);
    await page.mouse.move(target.x, target.y);
    await expect.poll(() => hasTooltip(page), SLOW).toBe(true);
    await page.mouse.move(1, 1);
    await page.close();
  });

  it('a panel opened later loads it and is told the quote on screen', async () => {
    const { page, tabId, parsed } = await freshLoad();
    await scrollToTarget(page);
    expect(parsed()).not.toContain(FOLLOWING);
    const panel = await openPanelWindow(ext, tabId);
    await panel.waitForSelector('.speaker-name');
    await expect.poll(parsed, SLOW).toContain(FOLLOWING);
    const inView = async () => ((await pageStateOf(ext.worker, tabId)) as PageState).quoteInView;
    await expect.poll(inView, SLOW).toBe(target.quoteId);
    await panel.close();
    await page.close();
  });

  it('next quote from a command as the first use loads it, moves and answers', async () => {
    const { page, tabId, parsed } = await freshLoad();
    const moved = await ext.worker.evaluate(
      async ([id, m]) =>
        (
          globalThis as unknown as {
            chrome: { tabs: { sendMessage(id: number, m: object): Promise<unknown> } };
          }
        ).chrome.tabs.sendMessage(id, m),
      [tabId, { type: 'moveToQuote', direction: 'next' }] as const,
    );
    expect(moved).toBe(target.quoteId);
    // The debugger's report of the parse may reach us after the answer.
    await expect.poll(parsed, SLOW).toContain(FOLLOWING);
    await expect.poll(() => page.evaluate(() => window.scrollY), SLOW).toBeGreaterThan(0);
    await page.close();
  });
});

/**
 * Following the article with the panel, in real Chromium (issue 9): a click on a mark opens its
 * card (and, with the panel closed, Chrome opens the side panel from the click's gesture); next /
 * previous quote on the command path (the manifest's shortcuts registered, the background's
 * `moveToQuote`) and from the panel's buttons, announced to assistive technology (Chromium's own
 * accessibility tree); the quote on screen followed by the panel; a correction drawn in the
 * page's marks, kept across a reload and undone; an honest answer for a quote the page hid; and
 * the page exactly as served after all of it with both switches off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { MarkInfo, PageState } from '../../core/protocol';
import {
  launchWithExtension,
  marksOf,
  pageStateOf,
  settledPageState,
  openArticle,
  openPanelWindow as openPanelBeside,
  type ExtensionBrowser,
} from './browser';
import { loadFixtures, startFixtureServer, type FixtureServer } from './fixture-server';

const fixtures = loadFixtures();
const seed = fixtures.find(page => page.slug === 'seed-article')!;

let server: FixtureServer;
let ext: ExtensionBrowser;
let page: Page;
let tabId: number;
let state: PageState;

/** The background's own message to the tab for a shortcut (utils/quote-commands.ts). */
function sendFromBackground(message: object): Promise<unknown> {
  return ext.worker.evaluate(
    async ([id, m]) =>
      (
        globalThis as unknown as {
          chrome: { tabs: { sendMessage(id: number, m: object): Promise<unknown> } };
        }
      ).chrome.tabs.sendMessage(id, m),
    [tabId, message] as const,
  );
}

/** The panel in a window of its own (browser.ts), once it lists the speakers. */
async function openPanelWindow(): Promise<Page> {
  const panel = await openPanelBeside(ext, tabId);
  await panel.waitForSelector('.speaker-name');
  return panel;
}

/** Polls long enough for smooth scrolling and a message round trip on a busy machine. */
const SLOW = { timeout: 10_000 };

/** The mark of `quoteId` as the page reports it now. */
async function markOf(quoteId: string): Promise<MarkInfo | undefined> {
  return (await marksOf(ext.worker, tabId)).find(m => m.quoteId === quoteId);
}

/** The quote on screen as the page reports it. */
async function quoteInView(): Promise<string | null | undefined> {
  return ((await pageStateOf(ext.worker, tabId)) as PageState).quoteInView;
}

/** Back to the top of the page, where no quote is on screen (the seed's first is lower). */
async function scrollToTop(): Promise<void> {
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));

  await expect.poll(quoteInView, SLOW).toBeNull();
}

/** The first mark, in page order, with a box inside the page's viewport. */
async function firstOnScreen(): Promise<string | null> {
  const height = await page.evaluate(() => innerHeight);
  const marks = await marksOf(ext.worker, tabId);
  return marks.find(m => m.boxes.some(b => b.y + b.height > 0 && b.y < height))?.quoteId ?? null;
}

/** True when the mark has a box inside the page's viewport. */
async function onScreen(quoteId: string): Promise<boolean> {
  const mark = await markOf(quoteId);
  const height = await page.evaluate(() => innerHeight);
  return !!mark?.boxes.some(b => b.y + b.height > 0 && b.y < height);
}

/**
 * Scrolls the page (as the reader would, without the extension) so that `quoteId`'s mark is near
 * the top of the window, or as near as the end of the page allows.
 */
async function scrollMarkToTop(quoteId: string): Promise<MarkInfo> {
  // A smooth scroll still running (after a move) would carry the page on under us: wait it out.
  await stillPage();
  const mark = (await markOf(quoteId))!;
  await page.evaluate(
    y => window.scrollBy({ top: y, behavior: 'instant' }),
    mark.boxes[0]!.y - 120,
  );
  await expect.poll(() => onScreen(quoteId), SLOW).toBe(true);
  await stillPage();
  return (await markOf(quoteId))!;
}

/** Waits until the page stops scrolling (the same scroll position over 200 ms). */
async function stillPage(): Promise<void> {
  let last = -1;
  await expect
    .poll(async () => {
      const y = await page.evaluate(() => scrollY);
      const still = y === last;
      last = y;
      if (!still) await page.waitForTimeout(200);
      return still;
    }, SLOW)
    .toBe(true);
}

/**
 * The texts of the live regions (role status) in the page's accessibility tree as Chromium
 * builds it for screen readers: the closed shadow root of our announcer included.
 */
async function announcements(p: Page): Promise<string[]> {
  const cdp = await p.context().newCDPSession(p);
  try {
    await cdp.send('Accessibility.enable');
    type AxNode = {
      nodeId: string;
      role?: { value?: string };
      name?: { value?: string };
      childIds?: string[];
    };
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    const byId = new Map(nodes.map(n => [n.nodeId, n]));
    const text = (node: AxNode): string =>
      node.role?.value === 'StaticText'
        ? (node.name?.value ?? '')
        : (node.childIds ?? [])
            .map(id => byId.get(id))
            .map(n => (n ? text(n) : ''))
            .join('');
    return nodes.filter(n => n.role?.value === 'status').map(text);
  } finally {
    await cdp.detach();
  }
}

beforeAll(async () => {
  server = await startFixtureServer(fixtures);
  ext = await launchWithExtension();
  ({ page, tabId, state } = await openArticle(ext, server.urlOf(seed)));
});

afterAll(async () => {
  await ext?.context.close();
  await server?.close();
});

describe('a click on a mark with no panel open (Chromium)', () => {
  const quotes = () => state.analysis.quotes;
  it('with the panel closed, Chrome opens the side panel from the click, at the card', async () => {
    const quote = quotes()[2]!;
    const mark = await scrollMarkToTop(quote.id);
    const box = mark.boxes[0]!;
    const sidePanels = () =>
      ext.worker.evaluate(async () => {
        const chromeApi = (
          globalThis as unknown as {
            chrome: { runtime: { getContexts(f: object): Promise<{ documentUrl?: string }[]> } };
          }
        ).chrome;
        return (await chromeApi.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length;
      });
    expect(await sidePanels()).toBe(0);
    await page.mouse.click(box.x + Math.min(20, box.width / 2), box.y + box.height / 2);
    await expect.poll(sidePanels, SLOW).toBe(1);
    // The panel that opened asks the page for its state: the click is there, for it to show.
    expect(((await pageStateOf(ext.worker, tabId)) as PageState).quoteClicked).toBe(quote.id);
  });
});

describe('the page and the panel follow each other (Chromium, English UI)', () => {
  let panel: Page;
  const quotes = () => state.analysis.quotes;
  /** True when the quote's button in the panel is inside the panel's window. */
  const inPanelViewport = (quoteId: string) =>
    panel.evaluate(id => {
      const box = document.querySelector(`.quote[data-quote-id="${id}"]`)?.getBoundingClientRect();
      return !!box && box.bottom > 0 && box.top < innerHeight;
    }, quoteId);

  /** The speakers' names as the announcement says them. */
  const speakerOf = (quoteId: string) => {
    const quote = quotes().find(q => q.id === quoteId)!;
    return quote.speakerIds
      .map(id => state.analysis.speakers.find(s => s.id === id)?.name)
      .join(', ');
  };
  const panelItem = (quoteId: string) =>
    panel.locator(`.quote-item:has(.quote[data-quote-id="${quoteId}"])`);

  beforeAll(async () => {
    panel = await openPanelWindow();
  });

  it('registers the next / previous quote shortcuts beside the panel toggle', async () => {
    const commands = await ext.worker.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } };
        }
      ).chrome.commands.getAll(),
    );
    expect(commands.map(c => [c.name, c.shortcut])).toEqual([
      ['_execute_action', 'Alt+Shift+K'],
      ['next-quote', 'Alt+Shift+J'],
      ['previous-quote', 'Alt+Shift+L'],
    ]);
  });

  it('moves to the next and previous quote on the command path: scrolled, flashed, announced, followed', async () => {
    await scrollToTop();
    const [first, second] = [quotes()[0]!.id, quotes()[1]!.id];
    // Nothing on screen yet is a quote's (the first mark is below the fold): next is the first.
    expect(await sendFromBackground({ type: 'moveToQuote', direction: 'next' })).toBe(first);
    await expect.poll(() => onScreen(first), SLOW).toBe(true);
    expect((await markOf(first))!.flashing).toBe(true);
    const total = quotes().length;
    await expect
      .poll(() => announcements(page), SLOW)
      .toContain(`Quote 1 of ${total}: ${speakerOf(first)}`);
    await expect
      .poll(
        () => panel.locator('.quote[aria-current=location]').getAttribute('data-quote-id'),
        SLOW,
      )
      .toBe(first);
    expect(await panel.locator('.quote-nav-count').textContent()).toBe(
      `On screen: quote 1 of ${total}`,
    );

    expect(await sendFromBackground({ type: 'moveToQuote', direction: 'next' })).toBe(second);
    await expect.poll(() => onScreen(second), SLOW).toBe(true);
    await expect
      .poll(() => announcements(page), SLOW)
      .toContain(`Quote 2 of ${total}: ${speakerOf(second)}`);
    expect(await sendFromBackground({ type: 'moveToQuote', direction: 'previous' })).toBe(first);
    await expect
      .poll(
        () => panel.locator('.quote[aria-current=location]').getAttribute('data-quote-id'),
        SLOW,
      )
      .toBe(first);
    // Before the first quote there is none: said, not faked.
    expect(await sendFromBackground({ type: 'moveToQuote', direction: 'previous' })).toBeNull();
    await expect.poll(() => announcements(page), SLOW).toContain('No quotes above.');
  });

  /** The quote the panel marks as on screen. */
  const currentInPanel = () =>
    panel.locator('.quote[aria-current=location]').getAttribute('data-quote-id');

  it('moves from the panel’s buttons too, and its card comes into view', async () => {
    const ids = quotes().map(q => q.id);
    await scrollToTop();
    // From the top: next is the first quote, then each in turn, until there is none below.
    for (const id of ids) {
      await panel.locator('[data-action=next-quote]').click();
      await expect.poll(currentInPanel, SLOW).toBe(id);
      await expect.poll(() => onScreen(id), SLOW).toBe(true);
      await expect.poll(() => inPanelViewport(id), SLOW).toBe(true);
    }
    await panel.locator('[data-action=next-quote]').click();
    await expect
      .poll(() => panel.locator('.notice').textContent(), SLOW)
      .toBe('No more quotes below.');
    await panel.locator('[data-action=previous-quote]').click();
    await expect.poll(currentInPanel, SLOW).toBe(ids.at(-2));
  });

  it('follows the quote on screen as the reader scrolls the page', async () => {
    const third = quotes()[2]!.id;
    await scrollToTop();
    await scrollMarkToTop(third);
    // The first quote, in page order, with a box in the window (the seed's quotes are close).
    const expected = await firstOnScreen();
    const position = quotes().findIndex(q => q.id === expected) + 1;
    expect(position).toBeGreaterThan(1);
    await expect.poll(quoteInView, SLOW).toBe(expected);
    await expect.poll(currentInPanel, SLOW).toBe(expected);
    expect(await panel.locator('.quote-nav-count').textContent()).toBe(
      `On screen: quote ${position} of ${quotes().length}`,
    );

    // The article-order view marks the same row.
    await panel.locator('[data-view=article]').click();
    await expect
      .poll(
        () =>
          panel
            .locator('.article-order .quote[aria-current=location]')
            .getAttribute('data-quote-id'),
        SLOW,
      )
      .toBe(expected);
    await panel.locator('[data-view=speakers]').click();
  });

  it('a click on a mark opens its card (unfolded, unfiltered) and the page still gets the click', async () => {
    const quote = quotes()[1]!;
    const card = panel
      .locator('.speaker')
      .filter({ has: panel.locator(`[data-quote-id="${quote.id}"]`) });
    // Fold the card and filter it away: the click must undo both.
    await card.locator('.speaker-toggle').click();
    expect(await card.locator('.speaker-toggle').getAttribute('aria-expanded')).toBe('false');
    await panel.locator('input[type=search]').fill('zzzz no such words');
    await expect.poll(() => panelItem(quote.id).count(), SLOW).toBe(0);

    await page.evaluate(() => {
      const w = window as unknown as { pageClicks: { prevented: boolean }[] };
      w.pageClicks = [];
      document.addEventListener('click', e =>
        setTimeout(() => w.pageClicks.push({ prevented: e.defaultPrevented })),
      );
    });
    const mark = await scrollMarkToTop(quote.id);
    const box = mark.boxes[0]!;
    await page.mouse.click(box.x + Math.min(20, box.width / 2), box.y + box.height / 2);

    await expect
      .poll(() => panelItem(quote.id).getAttribute('class'), SLOW)
      .toContain('is-clicked');
    expect(await panel.locator('input[type=search]').inputValue()).toBe('');
    expect(await card.locator('.speaker-toggle').getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => panelItem(quote.id).locator('.quote').isVisible(), SLOW).toBe(true);
    expect(await panelItem(quote.id).locator('.quote').getAttribute('aria-current')).toBe(
      'location',
    );
    expect(
      await page.evaluate(() => (window as unknown as { pageClicks: unknown[] }).pageClicks),
    ).toEqual([{ prevented: false }]);
    // An open panel took the click: nothing is kept for a panel opened later.
    expect(((await pageStateOf(ext.worker, tabId)) as PageState).quoteClicked).toBeNull();
  });

  it('a synthetic click from the page script does nothing', async () => {
    const quote = quotes()[0]!;
    const mark = await scrollMarkToTop(quote.id);
    const box = mark.boxes[0]!;
    const before = await panel.locator('.is-clicked').count();
    await page.evaluate(
      ([x, y]) =>
        document
          .elementFromPoint(x!, y!)!
          .dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: x, clientY: y })),
      [box.x + 5, box.y + box.height / 2],
    );
    // The page's own click (above) did reach the panel, so a forged one would have by now.
    await page.waitForTimeout(300);
    expect(
      await panel.locator(`${'.quote-item.is-clicked'}:has([data-quote-id="${quote.id}"])`).count(),
    ).toBe(0);
    expect(await panel.locator('.is-clicked').count()).toBe(before);
  });
});

describe('the reader’s corrections reach the page, and jumps are honest (Chromium)', () => {
  let panel: Page;
  const quotes = () => state.analysis.quotes;
  const panelItem = (quoteId: string) =>
    panel.locator(`.quote-item:has(.quote[data-quote-id="${quoteId}"])`);

  beforeAll(async () => {
    panel = await openPanelWindow();
  });
  afterAll(async () => {
    await panel?.close();
  });

  it('a correction redraws the page’s marks at once, survives a reload, and undo restores them', async () => {
    const quote = quotes().find(q => q.speakerIds.length > 0)!;
    const before = (await markOf(quote.id))!;
    expect(before.speakers.length).toBeGreaterThan(0);
    await panelItem(quote.id).locator('[data-action=correct]').click();
    await panelItem(quote.id).locator('select').selectOption({ value: '' }); // unnamed
    await panelItem(quote.id).locator('button[type=submit]').click();
    await expect.poll(async () => (await markOf(quote.id))?.highlight, SLOW).toBe('ks-unnamed');
    expect((await markOf(quote.id))!.speakers).toEqual([]);

    // The page reads the stored correction when it starts again.
    await page.reload();
    state = await settledPageState(ext.worker, tabId);
    expect((await markOf(quote.id))!).toEqual(
      expect.objectContaining({ highlight: 'ks-unnamed', speakers: [] }),
    );
    // The engine's own result is unchanged; the panel shows the correction as the reader's.
    expect(state.analysis.quotes.find(q => q.id === quote.id)!.speakerIds).toEqual(
      quote.speakerIds,
    );
    await panel.reload();
    await panel.waitForSelector('.speaker-name');
    await panelItem(quote.id).locator('[data-action=undo]').click();
    await expect.poll(async () => (await markOf(quote.id))?.highlight, SLOW).toBe(before.highlight);
    expect((await markOf(quote.id))!.speakers).toEqual(before.speakers);
  });

  it('a jump to a quote whose paragraph the page hid says so in the panel', async () => {
    const quote = quotes().at(-1)!;
    await page.evaluate(words => {
      const paragraph = Array.from(document.querySelectorAll('p')).find(p =>
        p.textContent?.includes(words),
      )!;
      paragraph.style.display = 'none';
    }, quote.text.split(' ').slice(0, 4).join(' '));
    await panelItem(quote.id).locator('.quote').click();
    await expect
      .poll(() => panel.locator('.notice').textContent(), SLOW)
      .toContain('no longer on the page');
    // A quote that is there is still shown.
    await panelItem(quotes()[0]!.id).locator('.quote').click();
    await expect.poll(() => panel.locator('.notice').textContent(), SLOW).toBe('');
    await page.reload();
    state = await settledPageState(ext.worker, tabId);
  });

  it('with every follow feature used, switching both off gives the page exactly as served', async () => {
    const plain = await ext.context.newPage();
    await plain.goto(server.plainUrlOf(seed));
    const original = await plain.evaluate(() => document.body.outerHTML);
    await plain.close();
    await panel.reload();
    await panel.waitForSelector('.speaker-name');
    const quote = quotes().find(q => q.speakerIds.length > 0)!;
    await panelItem(quote.id).locator('[data-action=correct]').click();
    await panelItem(quote.id).locator('select').selectOption({ value: '' });
    await panelItem(quote.id).locator('button[type=submit]').click();
    await expect.poll(async () => (await markOf(quote.id))?.highlight, SLOW).toBe('ks-unnamed');
    expect(await sendFromBackground({ type: 'moveToQuote', direction: 'next' })).not.toBeNull();
    await panel.locator('[data-action=next-quote]').click();
    const mark = await scrollMarkToTop(quotes()[1]!.id);
    const box = mark.boxes[0]!;
    await page.mouse.click(box.x + Math.min(20, box.width / 2), box.y + box.height / 2);
    await expect.poll(() => panel.locator('.is-clicked').count(), SLOW).toBe(1);
    // The announcer is on <html> while it speaks.
    expect(await page.evaluate(() => document.querySelector('ks-announcer') !== null)).toBe(true);

    await panel.locator('input[name=marksVisible]').click();
    await panel.locator('input[name=clutterHidden]').click();
    await expect.poll(() => page.evaluate(() => document.body.outerHTML), SLOW).toBe(original);
    // Marks off takes the announcer away too.
    await expect
      .poll(() => page.evaluate(() => document.querySelector('ks-announcer') === null), SLOW)
      .toBe(true);
    await panelItem(quote.id).locator('[data-action=undo]').click();
    await panel.locator('input[name=marksVisible]').click();
    await panel.locator('input[name=clutterHidden]').click();
  });
});

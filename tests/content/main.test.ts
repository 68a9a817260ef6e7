import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentScriptContext } from '#imports';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ContentEvent, MarkInfo, PageState } from '../../core/protocol';
import { SETTINGS_KEY } from '../../core/protocol';
import { startDetector } from '../../entrypoints/article.content/detector';
import followingScript from '../../entrypoints/article-follow.content/index';
import {
  guard,
  startPage,
  stopRunning,
  type PageController,
  type StartOptions,
} from '../../entrypoints/article.content/main';
import { MARK_STYLE_ID } from '../../entrypoints/article.content/highlighter';
import { STYLE_ID, styleText } from '../../entrypoints/article.content/page-style';
import type { SplitLimits } from '../../entrypoints/article.content/write-split';
import { MAX_WAIT_MS } from '../../entrypoints/article.content/page-watcher';
import { analyzeForPages } from '../../utils/page-code';
import { relayStoredChanges } from '../../utils/stored-relay';
import type { ContextsApi } from '../../utils/panel-open';
import { isContentEvent } from '../../utils/messaging';
import { isFollowingWanted } from '../../utils/following-code';
import { CORRECTIONS_KEY, articleKey } from '../../utils/corrections';
import { makeCorrection } from '../../core/corrections';
import { parsePage, snapshot } from './dom';
import { readArticle } from '../../core/article/read-article';

const pages = join(__dirname, '..', 'fixtures', 'pages');

function fixture(slug: string) {
  const { url } = JSON.parse(readFileSync(join(pages, slug, 'expected.json'), 'utf8')) as {
    url: string;
  };
  return { url, doc: parsePage(readFileSync(join(pages, slug, 'source.html'), 'utf8')) };
}

/**
 * Sends a panel command the way tabs.sendMessage reaches the page, and returns the reply: a
 * listener's returned promise, or what it passed to sendResponse (the page code answers so).
 */
async function command<T>(message: unknown): Promise<T | undefined> {
  let sent: unknown;
  const replies = await fakeBrowser.runtime.onMessage.trigger(message, {}, (reply: unknown) => {
    sent = reply;
  });
  return (replies.find(reply => reply !== undefined) ?? sent) as T | undefined;
}

const wait = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

let ctx: ContentScriptContext;
type QuotesChanged = Extract<ContentEvent, { type: 'quotesChanged' }>;
let events: QuotesChanged[];
/** Every started page side, stopped after each test. */
const started: PageController[] = [];

/** Starts the page side on `doc` and remembers it so the test's end stops it. */
async function start(
  doc: Document,
  url: string,
  options?: StartOptions,
): Promise<PageController | undefined> {
  const controller = await startPage(ctx, doc, url, performance.now(), options);
  if (controller) started.push(controller);
  return controller;
}

/**
 * Holds every storage read until `release`, then answers it with nothing stored: the background's
 * read at start, while the page's own work goes on.
 */
function holdStorageReads() {
  let release = () => {};
  const held = new Promise<void>(resolve => (release = resolve));
  const spy = vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async () => {
    await held;
    return {};
  });
  return { spy, release };
}

/** The marks the page reports, as the getMarks command answers. */
const marks = async () => (await command<MarkInfo[]>({ type: 'getMarks' }))!;

beforeEach(() => {
  fakeBrowser.reset();
  events = [];
  // Stands in for the panel: records what the page announces.
  fakeBrowser.runtime.onMessage.addListener(message => {
    if ((message as ContentEvent).type === 'quotesChanged') events.push(message as QuotesChanged);
  });
  // The background's engine, answering the page code's analyzeArticles as in the browser.
  analyzeForPages();
  // …and passing the reader's stored changes to the page (to this one tab, as tabs.sendMessage).
  relayStoredChanges(async message => {
    await fakeBrowser.runtime.onMessage.trigger(message, {}, () => {});
  });
  // The background injecting the following bundle where the marking bundle asks for it: here into
  // the same world, which takes the run handed over (handover.ts) as in the browser.
  fakeBrowser.runtime.onMessage.addListener(message => {
    if (isFollowingWanted(message)) followingScript.main(ctx);
  });
  ctx = new ContentScriptContext('article');
});

afterEach(() => {
  for (const controller of started.splice(0)) controller.stop();
  ctx.notifyInvalidated();
  // Spies on the window's timers or the browser must not outlive a failed test.
  vi.restoreAllMocks();
});

describe('entrypoints/article.content/main on an article', () => {
  test('hides clutter, marks quotes, announces, and answers getPageState', async () => {
    const { doc, url } = fixture('current-design');
    await start(doc, url);
    const state = (await command<PageState>({ type: 'getPageState' }))!;
    expect(state.url).toBe(url);
    expect(state.analysis.article.isArticle).toBe(true);
    expect(state.hiddenCount).toBe(18);
    expect(state.workMs).toBeGreaterThan(0);
    expect(state.elapsedMs).toBeGreaterThanOrEqual(state.workMs!);
    expect(doc.querySelectorAll('[data-ks-hidden]')).toHaveLength(18);
    const ids = (await marks()).map(m => m.quoteId);
    // The page's own quotes, then those of the article the next-article feed appended.
    const own = state.analysis.quotes.map(q => q.id);
    expect(ids.slice(0, own.length)).toEqual(own);
    expect(ids.slice(own.length)).toEqual(['a1-q1']);
    expect([state.articleIndex, state.articleCount]).toEqual([0, 2]);
    expect(events.at(-1)?.state.hiddenCount).toBe(18);
  });

  test('pushes nothing to a panel until the background sees one open or a panel asks', async () => {
    const runtime = fakeBrowser.runtime as unknown as ContextsApi;
    const pushed: string[] = [];
    fakeBrowser.runtime.onMessage.addListener(message => {
      if (isContentEvent(message)) pushed.push(message.type);
    });
    try {
      // The background lists no panel page among the extension's open documents.
      runtime.getContexts = async () => [{ documentUrl: 'chrome-extension://id/background.js' }];
      const { doc, url } = fixture('seed-article');
      await start(doc, url);
      await wait(50);
      expect(doc.querySelectorAll('[data-ks-hidden]')).toHaveLength(8);
      expect(pushed).toEqual([]);
      // A panel opens and asks for the state: from then on it is told of every change.
      expect((await command<PageState>({ type: 'getPageState' }))?.hiddenCount).toBe(8);
      await fakeBrowser.storage.local.set({
        [SETTINGS_KEY]: { marksVisible: true, clutterHidden: false },
      });
      expect(events.at(-1)?.state.hiddenCount).toBe(0);
    } finally {
      delete runtime.getContexts;
    }
  });

  test('pushes the state when the background sees a panel open', async () => {
    const runtime = fakeBrowser.runtime as unknown as ContextsApi;
    try {
      runtime.getContexts = async () => [{ documentUrl: 'chrome-extension://id/sidepanel.html' }];
      const { doc, url } = fixture('seed-article');
      await start(doc, url);
      await wait(50);
      expect(events.at(-1)?.state.hiddenCount).toBe(8);
    } finally {
      delete runtime.getContexts;
    }
  });

  test('scrollToQuote flashes a known quote and answers false for an unknown one', async () => {
    const { doc, url } = fixture('current-design');
    await start(doc, url);
    const state = (await command<PageState>({ type: 'getPageState' }))!;
    const id = state.analysis.quotes[0]!.id;
    expect(await command({ type: 'scrollToQuote', quoteId: id })).toBe(true);
    expect((await marks()).filter(m => m.flashing).map(m => m.quoteId)).toEqual([id]);
    expect(await command({ type: 'scrollToQuote', quoteId: 'nope' })).toBe(false);
  });

  test('follows settings at once, and undoes everything when stopped', async () => {
    const { doc, url } = fixture('seed-article');
    const pristine = snapshot(doc);
    const controller = (await start(doc, url))!;
    expect((await marks()).length).toBeGreaterThan(0);

    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: { marksVisible: false, clutterHidden: false },
    });
    expect(snapshot(doc)).toBe(pristine);
    expect(events.at(-1)?.state.hiddenCount).toBe(0);

    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: { marksVisible: true, clutterHidden: true },
    });
    expect((await marks()).length).toBeGreaterThan(0);
    expect(doc.querySelectorAll('[data-ks-hidden]')).toHaveLength(8);

    controller.stop();
    expect(snapshot(doc)).toBe(pristine);
    expect(await command({ type: 'getPageState' })).toBeUndefined();
  });

  test('a stop cancels the frame requests still queued (following quotes, the view, tooltips)', async () => {
    // Frames that never come by themselves: what was requested is still queued at the stop.
    const queued = new Set<number>();
    let ids = 0;
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => {
      queued.add(++ids);
      return ids;
    });
    const cancel = vi.spyOn(window, 'cancelAnimationFrame').mockImplementation(id => {
      queued.delete(id);
    });
    const { doc, url } = fixture('seed-article');
    const controller = (await start(doc, url))!;
    // Following the quote on screen looks at the next frame from the start.
    expect(queued.size).toBeGreaterThan(0);
    controller.stop();
    expect(queued.size).toBe(0);
    expect(cancel).toHaveBeenCalled();
  });

  test('a page that replays WXT\'s "script started" event cannot switch us off', async () => {
    const { doc, url } = fixture('seed-article');
    await start(doc, url);
    // What a page script can do: invalidate WXT's context (by its event, or any other way).
    ctx.notifyInvalidated();
    expect((await marks()).length).toBeGreaterThan(0);
    expect(doc.querySelectorAll('[data-ks-hidden]')).toHaveLength(8);
    expect((await command<PageState>({ type: 'getPageState' }))!.analysis.article.isArticle).toBe(
      true,
    );
  });

  test('stops and undoes everything when the extension itself is gone', async () => {
    const { doc, url } = fixture('seed-article');
    const pristine = snapshot(doc);
    await start(doc, url);
    const id = vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as never);
    await wait(1_100);
    expect(snapshot(doc)).toBe(pristine);
    id.mockRestore();
  });

  test('never listens to storage itself: the background passes the changes on', async () => {
    // Set up in beforeEach: the background's relay is the only storage listener.
    const listen = vi.spyOn(fakeBrowser.storage.onChanged, 'addListener');
    const { doc, url } = fixture('current-design');
    await start(doc, url);
    expect(listen).not.toHaveBeenCalled();
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { marksVisible: false } });
    await wait(50);
    expect(await marks()).toEqual([]);
  });

  test('makes no storage call of its own: settings and corrections come with the analysis', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { marksVisible: false } });
    // The page code and the background share the fake browser: one read in all is the background's.
    const spy = vi.spyOn(fakeBrowser.storage.local, 'get');
    const { doc, url } = fixture('current-design');
    await start(doc, url);
    expect(spy.mock.calls.map(call => call[0])).toEqual([[SETTINGS_KEY, CORRECTIONS_KEY]]);
    expect(await marks()).toEqual([]);
    expect(doc.querySelectorAll('[data-ks-hidden]')).toHaveLength(18);
  });

  test("reads storage itself when the background's read failed", async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { clutterHidden: false } });
    const spy = vi
      .spyOn(fakeBrowser.storage.local, 'get')
      .mockRejectedValueOnce(new Error('storage is busy'));
    const { doc, url } = fixture('current-design');
    await start(doc, url);
    // The background's read failed; the page's own read brought the settings.
    expect(spy).toHaveBeenCalledTimes(2);
    expect(doc.querySelector('[data-ks-hidden]')).toBeNull();
    expect((await marks()).length).toBeGreaterThan(0);
  });

  test('marks nothing before the settings are known, and times work apart from the wait', async () => {
    const HOLD_MS = 120;
    // Storage answers the background late, with nothing stored (the defaults apply).
    const { spy, release } = holdStorageReads();
    const { doc, url } = fixture('current-design');
    const starting = start(doc, url);
    // The page has sent its text; the background's answer waits for storage.
    await vi.waitFor(() => expect(spy).toHaveBeenCalled());
    await wait(HOLD_MS);
    expect(await marks()).toEqual([]);
    expect(doc.querySelector('[data-ks-hidden]')).toBeNull();

    release();
    await starting;
    const state = (await command<PageState>({ type: 'getPageState' }))!;
    expect(state.analysis.quotes.length).toBeGreaterThan(0);
    expect(state.elapsedMs).toBeGreaterThanOrEqual(HOLD_MS);
    // Work leaves the wait out (what remains is reading, analysing, hiding and marking).
    expect(state.workMs).toBeGreaterThan(0);
    expect(state.workMs!).toBeLessThan(state.elapsedMs! - HOLD_MS / 2);
    spy.mockRestore();
  });

  test('a correction made while the background reads the store is drawn all the same', async () => {
    // The engine's first quote, as the panel would correct it: to "unnamed".
    const first = fixture('current-design');
    await start(first.doc, first.url);
    const state = (await command<PageState>({ type: 'getPageState' }))!;
    const quote = state.analysis.quotes.find(q => q.speakerIds.length > 0)!;
    stopRunning();
    const unnamed = makeCorrection(state.analysis, quote, []);

    // The background reads the store before the reader's change, and answers late.
    const { spy, release } = holdStorageReads();
    const { doc, url } = fixture('current-design');
    const starting = start(doc, url);
    await vi.waitFor(() => expect(spy).toHaveBeenCalled());
    spy.mockRestore();
    await fakeBrowser.storage.local.set({
      [CORRECTIONS_KEY]: { [articleKey(url)]: { updatedAt: 1, items: [unnamed] } },
    });
    release();
    await starting;
    const mark = (await marks()).find(m => m.quoteId === quote.id)!;
    expect(mark.speakers).toEqual([]);
    expect(mark.highlight).toBe('ks-unnamed');
  });

  test('applies stored settings from the start', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { marksVisible: false } });
    const { doc, url } = fixture('current-design');
    await start(doc, url);
    expect(await marks()).toEqual([]);
    expect(doc.querySelectorAll('[data-ks-hidden]')).toHaveLength(18);
  });

  test('hides ads the page inserts later, in the next-article feed too', async () => {
    const { doc, url } = fixture('seed-article');
    await start(doc, url);
    const late = doc.createElement('div');
    late.className = 'ads';
    doc.querySelector('.berita-lainnya')!.after(late);
    const inFeed = doc.createElement('div');
    inFeed.className = 'ads';
    doc.getElementById('next-article')!.append(inFeed);
    await wait(MAX_WAIT_MS + 100);
    expect(late.hasAttribute('data-ks-hidden')).toBe(true);
    expect(inFeed.hasAttribute('data-ks-hidden')).toBe(true);
    expect(doc.getElementById('next-article')!.hasAttribute('data-ks-hidden')).toBe(false);
    expect(events.at(-1)?.state.hiddenCount).toBe(10);
  });
});

describe('entrypoints/article.content/main loading the following bundle on first use', () => {
  /** No panel among the extension's open documents, as the background sees them. */
  function noPanel() {
    const runtime = fakeBrowser.runtime as unknown as ContextsApi;
    runtime.getContexts = async () => [{ documentUrl: 'chrome-extension://id/background.js' }];
    return () => delete runtime.getContexts;
  }

  /** Starts on the seed article, no panel open, the following bundle held back: `follow()` brings it. */
  async function startHeldBack() {
    const { doc, url } = fixture('seed-article');
    let asked = 0;
    await start(doc, url, { loadFollowing: () => void asked++ });
    await wait(20);
    return { doc, asked: () => asked, follow: () => followingScript.main(ctx) };
  }

  /** Sends a command whose answer may come later (`true` returned: sendResponse follows). */
  function commandLater<T>(message: unknown): Promise<T> {
    return new Promise(resolve => {
      void fakeBrowser.runtime.onMessage.trigger(message, {}, (reply: unknown) =>
        resolve(reply as T),
      );
    });
  }

  test('a load nobody uses never asks for it; a panel asking is a use, asked once', async () => {
    const restore = noPanel();
    try {
      const { doc, asked } = await startHeldBack();
      expect(doc.querySelectorAll('[data-ks-hidden]')).toHaveLength(8);
      expect(asked()).toBe(0);
      const state = (await command<PageState>({ type: 'getPageState' }))!;
      expect([state.quoteInView, state.quoteClicked]).toEqual([null, null]);
      expect(state.analysis.quotes.length).toBeGreaterThan(0);
      await command({ type: 'getMarks' });
      expect(asked()).toBe(1);
    } finally {
      restore();
    }
  });

  test('a panel open at load is a use: asked for once the marks are in place', async () => {
    const runtime = fakeBrowser.runtime as unknown as ContextsApi;
    try {
      runtime.getContexts = async () => [{ documentUrl: 'chrome-extension://id/sidepanel.html' }];
      const { asked } = await startHeldBack();
      expect((await marks()).length).toBeGreaterThan(0);
      expect(asked()).toBe(1);
    } finally {
      delete runtime.getContexts;
    }
  });

  test('next quote as the first use waits for the bundle, which moves and answers', async () => {
    const restore = noPanel();
    try {
      const { doc, asked, follow } = await startHeldBack();
      let answered = false;
      const moved = commandLater<string | null>({ type: 'moveToQuote', direction: 'next' });
      void moved.then(() => (answered = true));
      await wait(20);
      expect([asked(), answered]).toEqual([1, false]);
      follow();
      // jsdom lays nothing out, so no quote is below the window's top: the bundle says so aloud.
      expect(await moved).toBeNull();
      expect(doc.documentElement.lastElementChild?.localName).toBe('ks-announcer');
    } finally {
      restore();
    }
  });

  test('a bundle that comes after the run stopped takes nothing: the page stays as it was', async () => {
    const restore = noPanel();
    try {
      const { doc, follow } = await startHeldBack();
      await command({ type: 'getPageState' });
      stopRunning();
      const stopped = snapshot(doc);
      follow();
      await wait(50);
      expect(snapshot(doc)).toBe(stopped);
      expect(await command({ type: 'getMarks' })).toBeUndefined();
    } finally {
      restore();
    }
  });
});

describe('entrypoints/article.content/main on a non-article page', () => {
  test('leaves the DOM alone and still answers getPageState', async () => {
    const { doc, url } = fixture('non-article');
    const pristine = snapshot(doc);
    await start(doc, url);
    expect(snapshot(doc)).toBe(pristine);
    const state = (await command<PageState>({ type: 'getPageState' }))!;
    expect(state.analysis.article.isArticle).toBe(false);
    expect(state.hiddenCount).toBe(0);
    // Deciding "not an article" is work; there are no marks to time.
    expect(state.workMs).toBeGreaterThan(0);
    expect(state.elapsedMs).toBeNull();
    expect(events).toEqual([]);
  });

  test('the content script entry (the detector) runs on the test page without touching it', async () => {
    const before = snapshot(document);
    // The test's context stops the detector's address poll (jsdom has no Navigation API) in
    // afterEach, so no timer fires after the test environment is gone.
    startDetector(ctx);
    expect(snapshot(document)).toBe(before);
    // Nor does it answer: the panel says "not an article" where nothing does.
    expect(await command({ type: 'getPageState' })).toBeUndefined();
  });
});

describe('guard', () => {
  test('returns the value, or logs and returns undefined instead of throwing', () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    expect(guard('ok', () => 42)).toBe(42);
    expect(
      guard('boom', () => {
        throw new Error('boom');
      }),
    ).toBeUndefined();
    expect(debug).toHaveBeenCalledOnce();
    debug.mockRestore();
  });
});

describe('entrypoints/article.content/main when the background gives no analysis', () => {
  test('hides clutter, marks nothing, never throws, and says so only in console.debug', async () => {
    fakeBrowser.reset();
    // A background that never answers analyzeArticles (asleep for good, or failing).
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const { doc, url } = fixture('seed-article');
    await start(doc, url);
    const state = (await command<PageState>({ type: 'getPageState' }))!;
    expect(state.analysis.article.isArticle).toBe(true);
    expect(state.analysis.quotes).toEqual([]);
    expect(state.engineMs).toBeNull();
    expect(await marks()).toEqual([]);
    expect(doc.querySelectorAll('[data-ks-hidden]')).toHaveLength(8);
    expect(debug.mock.calls.map(call => String(call[0]))).toContain(
      '[kata-siapa] the background gave no analysis',
    );
    debug.mockRestore();
  });

  test('a stop while waiting to ask a waking background again clears the wait: nothing more is sent', async () => {
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    // A background not there yet: every analyzeArticles fails as "no receiver" would.
    const through = fakeBrowser.runtime.sendMessage.bind(fakeBrowser.runtime);
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockImplementation(((message: { type?: string }) =>
        message.type === 'analyzeArticles'
          ? Promise.reject(new Error('no receiver'))
          : through(message as never)) as typeof fakeBrowser.runtime.sendMessage);
    const asks = () =>
      send.mock.calls.filter(([m]) => (m as { type?: string }).type === 'analyzeArticles');
    // Told (in a microtask, before any timer can run) when the retry's first wait (50 ms) is set.
    const original = window.setTimeout.bind(window);
    let retryTimer: number | undefined;
    let retrySet = () => {};
    const waiting = new Promise<void>(resolve => (retrySet = resolve));
    vi.spyOn(window, 'setTimeout').mockImplementation(((fn: () => void, ms?: number) => {
      const id = original(fn, ms);
      if (ms === 50 && retryTimer === undefined) {
        retryTimer = id;
        retrySet();
      }
      return id;
    }) as typeof window.setTimeout);
    const clearTimeout = vi.spyOn(window, 'clearTimeout');
    const { doc, url } = fixture('seed-article');
    const pristine = snapshot(doc);
    const starting = start(doc, url);
    await waiting;
    stopRunning();
    // Cleared by the stop itself, not after it ran.
    expect(clearTimeout).toHaveBeenCalledWith(retryTimer);
    await starting;
    expect(asks()).toHaveLength(1);
    expect(snapshot(doc)).toBe(pristine);
  });
});

describe('entrypoints/article.content/main reading in slices', () => {
  /**
   * Slicing with no budget (a pause after every step of reading), on the real event loop; `atPause`
   * runs at each pause with its number (1, 2, …), as the page's own code would run between them.
   */
  const everyStep = (atPause: (n: number) => unknown = () => {}): StartOptions => {
    let n = 0;
    return {
      slicing: {
        budgetMs: 0,
        pause: async () => {
          await atPause(++n);
          await wait(0);
        },
      },
    };
  };

  /** How many pauses starting on the seed article takes with a pause after every step. */
  async function pausesOnSeed(): Promise<number> {
    let count = 0;
    const { doc, url } = fixture('seed-article');
    await start(
      doc,
      url,
      everyStep(n => (count = n)),
    );
    stopRunning();
    return count;
  }

  test('marks and hides the same, sliced at every step, as read in one go', async () => {
    const whole = fixture('seed-article');
    await start(whole.doc, whole.url);
    const wholeMarks = (await marks()).map(m => [m.quoteId, m.text]);
    const wholeHidden = snapshot(whole.doc);
    stopRunning();
    const { doc, url } = fixture('seed-article');
    await start(doc, url, everyStep());
    expect((await marks()).map(m => [m.quoteId, m.text])).toEqual(wholeMarks);
    expect(snapshot(doc)).toBe(wholeHidden);
  });

  test('with no panel listening, the start takes no pause after its write (nothing to tell)', async () => {
    const listening = await pausesOnSeed();
    const runtime = fakeBrowser.runtime as unknown as ContextsApi;
    runtime.getContexts = async () => [{ documentUrl: 'chrome-extension://id/background.js' }];
    try {
      expect(await pausesOnSeed()).toBe(listening - 1);
    } finally {
      delete runtime.getContexts;
    }
  });

  test('a stop between slices, at any of them, leaves the page byte for byte as it was', async () => {
    const total = await pausesOnSeed();
    expect(total).toBeGreaterThan(10);
    // The first pauses (reading paragraphs), the middle (looking for clutter), the last (before
    // the one write, and before the panel is told).
    for (const at of [1, 2, Math.floor(total / 3), Math.floor(total / 2), total - 2, total - 1]) {
      const { doc, url } = fixture('seed-article');
      const pristine = snapshot(doc);
      await start(
        doc,
        url,
        everyStep(n => n === at && stopRunning()),
      );
      expect(snapshot(doc), `stopped at pause ${at} of ${total}`).toBe(pristine);
      expect(await command({ type: 'getMarks' })).toBeUndefined();
    }
  });

  test('switches flipped off between slices are what the start applies', async () => {
    const total = await pausesOnSeed();
    for (const at of [1, Math.floor(total / 2), total - 2]) {
      await fakeBrowser.storage.local.set({
        [SETTINGS_KEY]: { marksVisible: true, clutterHidden: true },
      });
      const { doc, url } = fixture('seed-article');
      const pristine = snapshot(doc);
      const off = { [SETTINGS_KEY]: { marksVisible: false, clutterHidden: false } };
      await start(
        doc,
        url,
        everyStep(n => n === at && fakeBrowser.storage.local.set(off)),
      );
      expect(snapshot(doc), `switched off at pause ${at} of ${total}`).toBe(pristine);
      expect(await marks()).toEqual([]);
      await fakeBrowser.storage.local.set({
        [SETTINGS_KEY]: { marksVisible: true, clutterHidden: true },
      });
      expect((await marks()).length).toBeGreaterThan(0);
      expect(doc.querySelectorAll('[data-ks-hidden]')).toHaveLength(8);
      stopRunning();
      expect(snapshot(doc)).toBe(pristine);
    }
  });
});

describe('entrypoints/article.content/main writing in two frames', () => {
  /**
   * Starts on the seed article as on a big page (split limits of 0: any write is split), running
   * `between` where the start waits for a frame.
   */
  async function startWith(between: (doc: Document) => unknown) {
    const { doc, url } = fixture('seed-article');
    const pristine = snapshot(doc);
    const controller = await start(doc, url, {
      nextFrame: async () => {
        await between(doc);
      },
      splitLimits: { paragraphs: 0, marks: 0 },
    });
    return { doc, pristine, controller };
  }

  test('an ordinary article is written in one task: no frame is waited for', async () => {
    const { doc, url } = fixture('seed-article');
    let frames = 0;
    await start(doc, url, { nextFrame: async () => void frames++ });
    expect(frames).toBe(0);
    expect(styleText(doc, MARK_STYLE_ID)).not.toBeNull();
    expect((await marks()).length).toBeGreaterThan(0);
    expect(doc.querySelectorAll('[data-ks-hidden]')).toHaveLength(8);
  });

  test("the start's one write puts our sheet in once, with the marks' part and the clutter's", async () => {
    const { doc, url } = fixture('seed-article');
    const records: MutationRecord[] = [];
    const observer = new MutationObserver(batch => records.push(...batch));
    observer.observe(doc, { childList: true, characterData: true, subtree: true });
    await start(doc, url);
    records.push(...observer.takeRecords());
    observer.disconnect();
    const ours = doc.getElementById(STYLE_ID)!;
    // Inserted once, its text never written again (each write is a parse of the whole sheet).
    expect(records.filter(r => Array.from(r.addedNodes).includes(ours))).toHaveLength(1);
    expect(records.filter(r => r.target === ours || r.target.parentNode === ours)).toHaveLength(0);
    expect(styleText(doc, MARK_STYLE_ID)).not.toBeNull();
    expect(ours.textContent).toContain('[data-ks-hidden]{display:none!important}');
  });

  test('a page over either split limit waits a frame between the two writes', async () => {
    for (const splitLimits of [
      { paragraphs: 0, marks: 1000 },
      { paragraphs: 1000, marks: 0 },
    ]) {
      const { doc, url } = fixture('seed-article');
      let frames = 0;
      await start(doc, url, { nextFrame: async () => void frames++, splitLimits });
      expect(frames, JSON.stringify(splitLimits)).toBe(1);
      expect((await marks()).length).toBeGreaterThan(0);
      stopRunning();
    }
  });

  test('the stylesheets and hidden clutter come a frame before the marks', async () => {
    let styled = false;
    let markedBefore = -1;
    let hiddenBefore = -1;
    const { doc } = await startWith(async d => {
      styled = styleText(d, MARK_STYLE_ID) !== null;
      markedBefore = d.querySelectorAll('[aria-description]').length;
      hiddenBefore = d.querySelectorAll('[data-ks-hidden]').length;
      markedBefore += (await marks()).length;
    });
    expect([styled, markedBefore, hiddenBefore]).toEqual([true, 0, 8]);
    expect((await marks()).length).toBeGreaterThan(0);
    expect(doc.querySelectorAll('[aria-description]').length).toBeGreaterThan(0);
  });

  test('a stop between the two writes leaves the page byte for byte as it was', async () => {
    const { doc, pristine } = await startWith(() => stopRunning());
    expect(snapshot(doc)).toBe(pristine);
    expect(await command({ type: 'getMarks' })).toBeUndefined();
  });

  test('switches flipped off between the two writes are what the start applies', async () => {
    const off = { [SETTINGS_KEY]: { marksVisible: false, clutterHidden: false } };
    const { doc, pristine } = await startWith(() => fakeBrowser.storage.local.set(off));
    expect(snapshot(doc)).toBe(pristine);
    expect(await marks()).toEqual([]);
  });
});

describe('entrypoints/article.content/main re-reading in slices', () => {
  /** Where the page rewrites: the seed article's first paragraph, as an index among the body's elements (ours are outside it). */
  const rewritten = (() => {
    const doc = fixture('seed-article').doc;
    const paragraph = readArticle(doc, null)!.paragraphs[0]!;
    return Array.from(doc.body.querySelectorAll('*')).indexOf(paragraph);
  })();
  /** What the page does: one paragraph rewritten (a re-read of the article follows). */
  const rewrite = (doc: Document) => {
    const paragraph = doc.body.querySelectorAll('*')[rewritten]!;
    paragraph.append(' Warga menyambut baik rencana itu.');
  };

  /**
   * Starts on the seed article with a pause after every step, rewrites a paragraph and counts
   * the re-read's pauses (calling `atPause` with each); resolves once no pause came for a while.
   * `splitLimits` as in StartOptions (0/0: the new marks' write is split, a frame between its two
   * halves, as on a big page).
   */
  async function reread(
    atPause: (n: number) => void = () => {},
    splitLimits?: SplitLimits,
  ): Promise<Document> {
    const { doc, url } = fixture('seed-article');
    let armed = false;
    let n = 0;
    await start(doc, url, {
      splitLimits,
      slicing: {
        budgetMs: 0,
        pause: async () => {
          if (armed) atPause(++n);
          await wait(0);
        },
      },
    });
    armed = true;
    rewrite(doc);
    for (let seen = -1; seen !== n;) {
      seen = n;
      await wait(MAX_WAIT_MS + 100);
    }
    return doc;
  }

  // An ordinary article's re-read writes the new marks in one task; a big page's in two, a frame
  // apart (write-split.ts): a stop between those two must undo the first as well.
  test.each([
    { write: 'in one task', splitLimits: undefined },
    { write: 'split over two frames', splitLimits: { paragraphs: 0, marks: 0 } },
  ])(
    'a stop between the slices of a re-read written $write, at any of them, leaves the page as the page made it',
    async ({ splitLimits }) => {
      let total = 0;
      await reread(n => (total = n), splitLimits);
      stopRunning();
      expect(total).toBeGreaterThan(10);
      const twin = fixture('seed-article').doc;
      rewrite(twin);
      // The re-read's first pauses (reading), its middle, its last (before the new marks' write).
      for (const at of [1, Math.floor(total / 3), Math.floor(total / 2), total - 1, total]) {
        const doc = await reread(n => n === at && stopRunning(), splitLimits);
        expect(snapshot(doc), `stopped at pause ${at} of ${total}`).toBe(snapshot(twin));
        expect(await command({ type: 'getMarks' })).toBeUndefined();
      }
    },
  );
});

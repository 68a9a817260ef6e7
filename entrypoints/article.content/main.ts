/**
 * The content script's life: analyse the page, apply the reader's settings, answer the panel,
 * follow the page as it changes (late ads, rewritten paragraphs, in-page navigation, swapped
 * bodies, the next-article feed), and undo everything when the extension goes away.
 *
 * The page cannot reach us: we never use WXT's context invalidation, which a page script can
 * trigger by replaying WXT's `…:wxt:content-script-started` event on `document` (the extension id
 * of a published extension is public). We stop only when the extension itself is gone
 * (`runtime.id` undefined), and WXT's page-visible `postMessage` announcement is switched off in
 * index.ts (`noScriptStartedPostMessage`), so pages with naive `message` handlers see nothing.
 *
 * Nothing here may throw into the page: each entry from the outside (start, messages, storage
 * events, mutations, timers, pointer events) is wrapped, and failures go to console.debug.
 */
import { browser, type ContentScriptContext } from '#imports';
import type { DocumentAnalysis } from '../../core/analyze-document';
import { notArticleAnalysis } from '../../core/article/not-article';
import { readPageArticles } from '../../core/article/read-page';
import {
  DEFAULT_SETTINGS,
  type ArticleText,
  type PanelCommand,
  type Settings,
} from '../../core/protocol';
import { SCHEMA_VERSION, type Analysis, type ArticleInfo } from '../../core/types';
import { announce, isPanelCommand } from '../../utils/messaging';
import { loadSettings, onSettingsChanged } from '../../utils/settings';
import { HIDDEN_ATTR } from './clutter-hider';
import { followQuotes, loadCorrectionStore } from './follow';
import { watchTooltips } from './mark-tooltip';
import { watchPage } from './page-watcher';
import { requestAnalysis } from './request-analysis';
import { PageSession } from './session';
import { StartTiming } from './start-timing';
import type { Timers } from './throttle';
import { watchView } from './view-tracker';

/** Runs `fn`, logging instead of throwing: the page must never see our errors. */
export function guard<T>(what: string, fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    console.debug(`[kata-siapa] ${what} failed`, error);
    return undefined;
  }
}

/** True while the extension that injected us is installed and enabled. */
function extensionAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}

/**
 * The running instance, in our isolated world (which the page cannot see). If the page code is
 * ever injected into the same document again, the newer instance stops the older one first: our
 * own replacement for WXT's "newer script started" event, which pages can forge.
 */
const RUNNING = Symbol.for('kata-siapa.page-code');
type WithRunning = typeof globalThis & { [RUNNING]?: PageController };

/** How often we check that the extension is still there (and the address, see page-watcher). */
const ALIVE_CHECK_MS = 1000;

/** The running page side: its current session, and how to stop it (undoing everything). */
export interface PageController {
  readonly session: PageSession;
  stop(): void;
}

/** An article's analysis before the background's answer: its info, no quotes yet. */
function pendingAnalysis(info: ArticleInfo): Analysis {
  return {
    result: { schemaVersion: SCHEMA_VERSION, article: info, speakers: [], quotes: [] },
    spans: {},
  };
}

/**
 * Every article of the page (its own, then those the next-article feed appended), read from the
 * DOM only: the analyses are pending until the background answers (see `textsOf`).
 */
export function readPage(doc: Document, url: string): DocumentAnalysis[] {
  const articles = readPageArticles(doc, url);
  if (articles.length === 0)
    return [{ analysis: notArticleAnalysis(url), paragraphs: [], body: null }];
  return articles.map(({ info, body, paragraphs }) => ({
    analysis: pendingAnalysis(info),
    paragraphs,
    body,
  }));
}

/** What the engine reads of each article: its info and each paragraph's text, read once. */
export function textsOf(pages: readonly DocumentAnalysis[]): ArticleText[] {
  return pages.map(page => ({
    info: page.analysis.result.article,
    paragraphs: page.paragraphs.map(el => el.textContent ?? ''),
  }));
}

/** What the panel is told changed; timings left out (they never change after start-up). */
function stateKey(session: PageSession): string {
  const { url, analysis, hiddenCount, articleIndex, articleCount } = session.state();
  return JSON.stringify([url, hiddenCount, articleIndex, articleCount, analysis]);
}

/**
 * Starts the page side on `doc`. `startedAt` is `performance.now()` when the script started, for
 * `PageState.workMs` and `elapsedMs` (see start-timing.ts). Resolves once the first settings are
 * applied. `ctx` is accepted for WXT's entry point but never trusted (see above).
 */
export async function startPage(
  _ctx: ContentScriptContext | null,
  doc: Document,
  url: string,
  startedAt: number,
): Promise<PageController | undefined> {
  const timing = new StartTiming(startedAt);
  const world = globalThis as WithRunning;
  guard('stop the older instance', () => world[RUNNING]?.stop());
  // Start reading storage first: the request is on its way before the analysis (which never
  // writes to the page) starts, so the two overlap and the analysis never waits for storage.
  const settingsLoaded = loadSettings().catch((): Settings => DEFAULT_SETTINGS);
  const correctionsLoaded = loadCorrectionStore();
  const win = doc.defaultView ?? window;
  let stopped = false;
  const cleanups: (() => void)[] = [];
  const timers: Timers = {
    setTimer: (fn, ms) => win.setTimeout(() => !stopped && guard('timer', fn), ms),
    clearTimer: id => win.clearTimeout(id as number),
    now: () => performance.now(),
    setInterval: (fn, ms) => win.setInterval(() => !stopped && guard('timer', fn), ms),
    clearInterval: id => win.clearInterval(id as number),
  };
  const setTimer = (fn: () => void, ms: number) => void timers.setTimer(fn, ms);
  // A document without a window (parsed, in tests) never changes address.
  const href = () => doc.defaultView?.location.href ?? url;

  const wait = (ms: number) => new Promise<void>(resolve => win.setTimeout(resolve, ms));
  // A turn for the page between our tasks (scheduler.yield where the browser has it).
  const scheduler = (win as Window & { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  const nextTask = () => (typeof scheduler?.yield === 'function' ? scheduler.yield() : wait(0));

  const first = guard('read the page', () => readPage(doc, url));
  if (!first) return undefined;
  // The page's own uses of our attribute, if any: never ours to show (see ClutterHider).
  const foreign = new Set(Array.from(doc.querySelectorAll(`[${HIDDEN_ATTR}]`)));
  let session = new PageSession(doc, url, first, timing, setTimer, foreign);
  // The text goes to the background's engine at once; its answer is data only (no page writes)
  // and is taken in as soon as it comes, so the panel has the quotes even before storage answers.
  const texts = session.isArticle ? guard('read the text', () => textsOf(first)) : undefined;
  const firstSession = session;
  const analysed = texts
    ? requestAnalysis(texts, wait).then(reply =>
        guard('take the analysis', () => {
          if (!stopped && session === firstSession) session.analysed(reply);
        }),
      )
    : Promise.resolve();
  let settings: Settings | null = null;
  /** The quotes the reader focuses in the panel (`focusSpeaker`), kept across re-reads. */
  let focus: string[] | null = null;
  let announced = '';
  // Next / previous quote, the quote on screen, clicks on marks, the reader's corrections.
  const follow = followQuotes(doc, {
    session: () => session,
    requestFrame: fn => win.requestAnimationFrame(() => !stopped && guard('follow', fn)),
    setTimer,
    now: timers.now,
  });
  const fullState = () => ({
    ...session.state(),
    quoteInView: follow.inView(),
    quoteClicked: follow.clicked(),
  });
  const announceState = () => {
    const key = stateKey(session);
    if (key === announced) return;
    announced = key;
    void announce({ type: 'quotesChanged', state: fullState() });
  };

  const answer = (command: PanelCommand) => {
    if (command.type === 'getPageState') return fullState();
    if (command.type === 'getMarks') return session.marks();
    if (command.type === 'moveToQuote') return follow.move(command.direction);
    if (command.type === 'focusSpeaker') {
      focus = command.quoteIds;
      return session.focus(focus);
    }
    return session.scrollToQuote(command.quoteId);
  };
  // Answered with sendResponse (every answer is synchronous), which Chrome's own onMessage knows:
  // the page code is built without webextension-polyfill (wxt.config.ts), like the detector.
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    if (stopped || !isPanelCommand(message)) return undefined;
    sendResponse(guard(message.type, () => answer(message)));
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);

  const stop = () => {
    if (stopped) return;
    stopped = true;
    guard('stop', () => browser.runtime.onMessage.removeListener(onMessage));
    for (const cleanup of cleanups.splice(0)) guard('stop', cleanup);
    guard('undo', () => session.undo());
  };

  // First work slice: everything from script start until we yield to wait for storage.
  timing.slice(startedAt);
  if (!session.isArticle) timing.finish(false);

  settings = await settingsLoaded;
  await analysed;
  follow.useCorrections(await correctionsLoaded);
  if (!extensionAlive()) {
    stop();
    return { session, stop };
  }
  if (stopped) return { session, stop };
  // Now that the settings say what the reader wants and the analysis is here (or known not to
  // come: then clutter is hidden, nothing marked): a task that looks for clutter (reads only),
  // then one that writes (hiding and marking at once), then the panel is told. Each is a task of
  // its own, so the page's own work is never held up by all of them in a row.
  if (session.isArticle) {
    const findFrom = performance.now();
    const clutter = guard('find clutter', () => session.clutterFor(settings!)) ?? [];
    timing.slice(findFrom);
    await nextTask();
    if (stopped) return { session, stop };
    const applyFrom = performance.now();
    guard('apply settings', () => session.apply(settings!, clutter));
    timing.slice(applyFrom);
    timing.finish(true);
    await nextTask();
    if (stopped) return { session, stop };
    announceState();
  }

  /**
   * Re-reads the page after it changed: a new session for the new address, article or text, at
   * once (so the watcher compares with what the page is now); its marks come with the
   * background's answer. An answer for a session that is no longer current is dropped.
   */
  const refresh = () => {
    if (stopped) return;
    const now = href();
    const pages = readPage(doc, now);
    const before = session;
    before.undo();
    tooltips.hide();
    const next = new PageSession(doc, now, pages, timing, setTimer, foreign);
    session = next;
    follow.sessionChanged();
    if (now === before.url) next.setInView(before.state().articleIndex ?? 0);
    next.focus(focus);
    if (settings) next.apply(settings);
    if (!next.isArticle) {
      announceState();
      return;
    }
    void requestAnalysis(textsOf(pages), wait).then(reply =>
      guard('take the new analysis', () => {
        if (stopped || session !== next) return;
        next.analysed(reply);
        follow.sessionChanged();
        if (settings) next.apply(settings);
        announceState();
      }),
    );
  };

  const tooltips = watchTooltips(
    doc,
    (x, y) => session.markAt(x, y),
    fn => win.requestAnimationFrame(() => !stopped && guard('tooltip', fn)),
  );
  cleanups.push(
    onSettingsChanged(next =>
      guard('settings change', () => {
        settings = next;
        session.apply(next);
        tooltips.hide();
        follow.marksChanged();
        announceState();
      }),
    ),
    follow.start(),
    watchPage(doc, {
      current: () => session,
      href,
      onArticleChange: () => guard('page change', refresh),
      onInsert: () =>
        guard('late clutter', () => {
          session.hideNewClutter();
          announceState();
        }),
      timers,
    }),
    tooltips.stop,
    watchView(doc, {
      articles: () => session.pages,
      onView: index =>
        guard('view', () => {
          if (session.setInView(index)) announceState();
        }),
      requestFrame: fn => win.requestAnimationFrame(() => !stopped && guard('view', fn)),
    }),
  );
  const alive = timers.setInterval!(() => {
    if (!extensionAlive()) stop();
  }, ALIVE_CHECK_MS);
  cleanups.push(() => timers.clearInterval!(alive));

  const controller: PageController = {
    get session() {
      return session;
    },
    stop,
  };
  world[RUNNING] = controller;
  return controller;
}

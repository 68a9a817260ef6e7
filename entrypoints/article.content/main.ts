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
import type { Work } from '../../core/article/work';
import type { PanelCommand, Settings } from '../../core/protocol';
import { announce, isPanelCommand } from '../../utils/messaging';
import { onSettingsChanged } from '../../utils/settings';
import { HIDDEN_ATTR } from './clutter-hider';
import { followQuotes } from './follow';
import { frameRequests } from './frame-requests';
import { lateClutterLooks } from './late-clutter';
import { watchTooltips } from './mark-tooltip';
import { FRAME_WAIT_MAX_MS, nextFrameFor, waitFor } from './next-frame';
import { readPageWork } from './page-read';
import { watchPage } from './page-watcher';
import { requestAnalysis } from './request-analysis';
import { PageSession, type Prepared } from './session';
import { pauseFor, runSliced, SLICE_BUDGET_MS, type Sliced, type Slicing } from './slicer';
import { StartTiming } from './start-timing';
import { loadStored } from './stored';
import type { Timers } from './throttle';
import { watchView } from './view-tracker';
import { splitsWrite, type SplitLimits } from './write-split';

/** Runs `fn`, logging instead of throwing: the page must never see our errors. */
export function guard<T>(what: string, fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    console.debug(`[kata-siapa] ${what} failed`, error);
    return undefined;
  }
}

/** `guard` for work that goes on after a pause: a rejection is logged, never left unhandled. */
function guardLater(what: string, fn: () => Promise<unknown>): void {
  guard(what, fn)?.catch(error => console.debug(`[kata-siapa] ${what} failed`, error));
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
 * own replacement for WXT's "newer script started" event, which pages can forge. Registered
 * before the first pause, so an instance still reading the page is stopped too.
 */
const RUNNING = Symbol.for('kata-siapa.page-code');
type WithRunning = typeof globalThis & { [RUNNING]?: { stop(): void } };

/** Stops the page code running in this world, if any, undoing what it did (see above). */
export function stopRunning(): void {
  (globalThis as WithRunning)[RUNNING]?.stop();
}

/** How often we check that the extension is still there (and the address, see page-watcher). */
const ALIVE_CHECK_MS = 1000;

/** The running page side: its current session, and how to stop it (undoing everything). */
export interface PageController {
  readonly session: PageSession;
  stop(): void;
}

/** Test seams of `startPage`. */
export interface StartOptions {
  /** How reading work is sliced (budget, clock, pause); the page's own by default. */
  slicing?: Partial<Slicing>;
  /** The wait between two writes (next-frame.ts): a frame, then the slicing's pause. */
  nextFrame?: () => Promise<void>;
  /** Above which page size the write is split over two frames (write-split.ts). */
  splitLimits?: SplitLimits;
}

/** What the panel is told changed; timings left out (they never change after start-up). */
function stateKey(session: PageSession): string {
  const { url, analysis, hiddenCount, articleIndex, articleCount } = session.state();
  return JSON.stringify([url, hiddenCount, articleIndex, articleCount, analysis]);
}

/**
 * Starts the page side on `doc`. `startedAt` is `performance.now()` when the script started, for
 * `PageState.workMs` and `elapsedMs` (see start-timing.ts). Resolves once the first settings are
 * applied (undefined when stopped before the page was read). `ctx` is accepted for WXT's entry
 * point but never trusted (see above).
 *
 * Reading (the paragraphs, then the clutter) runs in slices with pauses for the page between them
 * (slicer.ts); writing has no layout read in it, in one task, or on a big page in two steps a
 * rendered frame apart (the stylesheets and the hiding, then the marks: write-split.ts,
 * next-frame.ts). A stop or a newer read that comes during a pause drops the reading before
 * anything was written; one between the two writes undoes the first.
 */
export async function startPage(
  _ctx: ContentScriptContext | null,
  doc: Document,
  url: string,
  startedAt: number,
  options: StartOptions = {},
): Promise<PageController | undefined> {
  const timing = new StartTiming(startedAt);
  guard('stop the older instance', stopRunning);
  // Start reading storage first: the request is on its way before the analysis (which never
  // writes to the page) starts, so the two overlap and the analysis never waits for storage.
  // Settings and corrections come in one read (stored.ts).
  const storedLoaded = loadStored();
  const win = doc.defaultView ?? window;
  let stopped = false;
  const cleanups: (() => void)[] = [];
  /** Undoes what the current session did; set once there is a session. */
  let undo = () => {};
  const stop = () => {
    if (stopped) return;
    stopped = true;
    for (const cleanup of cleanups.splice(0)) guard('stop', cleanup);
    guard('undo', undo);
  };
  (globalThis as WithRunning)[RUNNING] = { stop };
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
  const slicing: Slicing = {
    budgetMs: SLICE_BUDGET_MS,
    now: () => performance.now(),
    pause: pauseFor(win),
    ...options.slicing,
  };
  // Aborted when we stop: the waits below drop their timers and frame requests then.
  const stopping = new AbortController();
  cleanups.push(() => stopping.abort());
  /** Waits `ms` (a retry's delay); ends at once, timer cleared, when we stop. */
  const wait = (ms: number) => waitFor(win, ms, stopping.signal);
  /** Waits for a rendered frame, then pauses (next-frame.ts). */
  // Its frame request and timer go when we stop (a stop between the two writes).
  const nextFrame =
    options.nextFrame ??
    nextFrameFor(win, () => slicing.pause(), FRAME_WAIT_MAX_MS, stopping.signal);
  // Frame requests of following, tooltips and the article in view, cancelled when we stop.
  const frames = frameRequests(win);
  cleanups.push(() => frames.cancelAll());
  /** Runs reading work in slices; dropped (null) once we stop or `superseded()` says so. */
  const sliced = <T>(
    work: Work<T>,
    superseded: () => boolean = () => false,
    onSlice?: (from: number) => void,
  ): Promise<Sliced<T>> => runSliced(work, { ...slicing, onSlice }, () => stopped || superseded());
  const startSlice = (from: number) => timing.slice(from);
  /** True when the write of `prepared` goes out in two frames (write-split.ts). */
  const splits = (on: PageSession, prepared: Prepared | undefined) =>
    splitsWrite(on.writeSize(prepared), options.splitLimits);

  /** The reader's settings: null until storage answers (or a change comes first). */
  let settings: Settings | null = null;
  /** Set once the first settings are applied: changes before that are taken by the start. */
  let started = false;
  // Listened to from the start: a switch the reader flips while we read is what the start applies.
  cleanups.push(
    onSettingsChanged(next =>
      guard('settings change', () => {
        settings = next;
        if (!started) return;
        session.apply(next);
        tooltips.hide();
        follow.marksChanged();
        announceState();
      }),
    ),
  );
  // The page's own uses of our attribute, if any: never ours to show (see ClutterHider).
  const foreign = new Set(Array.from(doc.querySelectorAll(`[${HIDDEN_ATTR}]`)));
  timing.slice(startedAt);
  let read;
  try {
    read = await sliced(readPageWork(doc, url), undefined, startSlice);
  } catch (error) {
    console.debug('[kata-siapa] read the page failed', error);
    stop();
    return undefined;
  }
  if (!read) return undefined;
  const sendFrom = performance.now();
  let session = new PageSession(doc, url, read.value.pages, timing, setTimer, foreign);
  undo = () => session.undo();
  // The text (read with the paragraphs) goes to the background's engine at once; its answer is
  // data only (no page writes) and is taken in as soon as it comes, so the panel has the quotes
  // even before storage answers.
  const firstSession = session;
  const analysed = session.isArticle
    ? requestAnalysis(read.value.texts, wait, stopping.signal).then(reply =>
        guard('take the analysis', () => {
          if (!stopped && session === firstSession) session.analysed(reply);
        }),
      )
    : Promise.resolve();
  /** The quotes the reader focuses in the panel (`focusSpeaker`), kept across re-reads. */
  let focus: string[] | null = null;
  let announced = '';
  // Next / previous quote, the quote on screen, clicks on marks, the reader's corrections.
  const follow = followQuotes(doc, {
    session: () => session,
    requestFrame: fn => frames.request(() => !stopped && guard('follow', fn)),
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
  cleanups.push(() => browser.runtime.onMessage.removeListener(onMessage));
  const tooltips = watchTooltips(
    doc,
    (x, y) => session.markAt(x, y),
    fn => frames.request(() => !stopped && guard('tooltip', fn)),
  );
  cleanups.push(tooltips.stop);
  timing.slice(sendFrom);
  if (!session.isArticle) timing.finish(false);

  const stored = await storedLoaded;
  settings ??= stored.settings;
  await analysed;
  follow.useCorrections(stored.corrections);
  const controller: PageController = {
    get session() {
      return session;
    },
    stop,
  };
  if (!extensionAlive()) stop();
  if (stopped) return controller;
  // Now that the settings say what the reader wants and the analysis is here (or known not to
  // come: then clutter is hidden, nothing marked): where the marks go and the clutter are found
  // in slices (reads only), then, after a pause, one task writes (on a big page two, a frame
  // apart; no read in between), then the panel is told in another.
  if (session.isArticle) {
    let prepared;
    try {
      prepared = await sliced(session.prepareWork(settings), undefined, startSlice);
    } catch (error) {
      console.debug('[kata-siapa] reading before the write failed', error);
      prepared = { value: undefined };
    }
    if (!prepared) return controller;
    await slicing.pause();
    if (stopped) return controller;
    // On a big page two writes a frame apart (see PageSession.applyStyles): the stylesheets and
    // the hidden clutter, then the marks painted; on others `apply` writes all in this task.
    if (splits(session, prepared.value)) {
      const styleFrom = performance.now();
      guard('style the page', () => session.applyStyles(settings!, prepared.value));
      timing.slice(styleFrom);
      await nextFrame();
      if (stopped) return controller;
    }
    const applyFrom = performance.now();
    // A switch flipped while we read: `apply` reads again what it must (Prepared.settings).
    guard('apply settings', () => session.apply(settings!, prepared.value));
    timing.slice(applyFrom);
    timing.finish(true);
    started = true;
    await slicing.pause();
    if (stopped) return controller;
    announceState();
  }
  started = true;

  /** Reads since the start, so a read that a newer one overtook is dropped. */
  let reads = 0;
  /**
   * Re-reads the page after it changed, in slices: a new session for the new address, article or
   * text, and its clutter looked for, then swapped in at once (the old one undone and the new one
   * applied in one task, so hidden ads never show in between); its marks come with the
   * background's answer. An answer for a session that is no longer current is dropped.
   */
  const refresh = async () => {
    if (stopped) return;
    const mine = ++reads;
    const overtaken = () => mine !== reads;
    const now = href();
    const reread = await sliced(readPageWork(doc, now), overtaken);
    if (!reread) return;
    const next = new PageSession(doc, now, reread.value.pages, timing, setTimer, foreign);
    const prepared = settings ? await sliced(next.prepareWork(settings), overtaken) : null;
    if (settings && !prepared) return;
    const before = session;
    before.undo();
    tooltips.hide();
    session = next;
    follow.sessionChanged();
    if (now === before.url) next.setInView(before.state().articleIndex ?? 0);
    next.focus(focus);
    if (settings) next.apply(settings, prepared?.value);
    if (!next.isArticle) {
      announceState();
      return;
    }
    const reply = await requestAnalysis(reread.value.texts, wait, stopping.signal);
    if (stopped || session !== next) return;
    guard('take the new analysis', () => next.analysed(reply));
    const replaced = () => session !== next;
    const marking = settings ? await sliced(next.prepareWork(settings), replaced) : null;
    if (settings && !marking) return;
    if (settings && splits(next, marking?.value)) {
      // As at the start: on a big page the stylesheets a frame before the marks.
      guard('style the new analysis', () => next.applyStyles(settings!, marking?.value));
      await nextFrame();
      if (stopped || replaced()) return;
    }
    guard('mark the new analysis', () => {
      follow.sessionChanged();
      if (settings) next.apply(settings, marking?.value);
      announceState();
    });
  };

  /** Looks for late clutter after the page inserted nodes, and hides what is new. */
  const hideLateClutter = lateClutterLooks({
    session: () => session,
    settings: () => settings,
    sliced: (work, superseded) => sliced(work, superseded),
    stopped: () => stopped,
    hidden: announceState,
  });

  cleanups.push(
    follow.start(),
    watchPage(doc, {
      current: () => session,
      href,
      onArticleChange: () => guardLater('page change', refresh),
      onInsert: added => guardLater('late clutter', () => hideLateClutter(added)),
      timers,
    }),
    watchView(doc, {
      articles: () => session.pages,
      onView: index =>
        guard('view', () => {
          if (session.setInView(index)) announceState();
        }),
      requestFrame: fn => frames.request(() => !stopped && guard('view', fn)),
    }),
  );
  const alive = timers.setInterval!(() => {
    if (!extensionAlive()) stop();
  }, ALIVE_CHECK_MS);
  cleanups.push(() => timers.clearInterval!(alive));
  return controller;
}

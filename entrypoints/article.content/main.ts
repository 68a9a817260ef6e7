/**
 * The content script's life: analyse the page, apply the reader's settings, answer the panel,
 * follow the page as it changes (late ads, rewritten paragraphs, in-page navigation, swapped
 * bodies, the next-article feed), and undo everything when the extension goes away.
 *
 * The page cannot reach us: we never use WXT's context invalidation, which a page script can
 * trigger by replaying WXT's `…:wxt:content-script-started` event on `document` (the extension id
 * of a published extension is public). We stop only when the extension itself is gone
 * (`runtime.id` undefined), and WXT's page-visible `postMessage` announcement is switched off in
 * ../article-page.content/index.ts (`noScriptStartedPostMessage`), so pages with naive `message` handlers see nothing.
 *
 * This is the marking bundle (handover.ts): what a reader triggers (tooltips, next / previous
 * quote, the quote in view for a panel) is the following bundle's, loaded on first use.
 *
 * Nothing here may throw into the page: each entry from the outside (start, messages, storage
 * events, mutations, timers, pointer events) is wrapped, and failures go to console.debug.
 */
import { browser, type ContentScriptContext } from '#imports';
import type { AnalyzeArticlesReply, PanelCommand, Settings } from '../../core/protocol';
import type { FollowingWanted } from '../../utils/following-code';
import { t, uiLanguage } from '../../utils/i18n';
import { announce, announceToPanel, isPanelCommand } from '../../utils/messaging';
import { onSettingsRelayed } from '../../utils/stored-relay';
import { takeDetected } from './detected';
import { FirstUse } from './first-use';
import { lateClutterLooks } from './late-clutter';
import { pageCorrections, type PageCorrections } from './page-corrections';
import { readPageWork, type PageRead } from './page-read';
import { batchStyles } from './page-style';
import { guard, guardLater } from './guard';
import { beginRun, type PageRun, type StartOptions } from './page-run';
import { watchPage } from './page-watcher';
import { requestAnalysis } from './request-analysis';
import { PageSession } from './session';
import { storedWith, type Stored } from './stored';
import { watchView } from './view-tracker';

export { guard } from './guard';
export { stopRunning, type StartOptions } from './page-run';

/** True while the extension that injected us is installed and enabled. */
function extensionAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}

/** How often we check that the extension is still there (and the address, see page-watcher). */
const ALIVE_CHECK_MS = 1000;

/** The running page side: its current session, and how to stop it (undoing everything). */
export interface PageController {
  readonly session: PageSession;
  stop(): void;
}

/** What the panel is told changed; timings left out (they never change after start-up). */
function stateKey(session: PageSession): string {
  const { url, analysis, hiddenCount, articleIndex, articleCount } = session.state();
  return JSON.stringify([url, hiddenCount, articleIndex, articleCount, analysis]);
}

/** `run`'s stop as `requestAnalysis` asks it, with no AbortSignal made for it (page-run.ts). */
function stopOf(run: PageRun): Pick<AbortSignal, 'aborted'> {
  return {
    get aborted() {
      return run.stopped();
    },
  };
}

/** A session of the page at `url` as just read, on the run's clock, timers and `foreign` set. */
function sessionOf(run: PageRun, url: string, pages: PageRead['pages']): PageSession {
  return new PageSession(run.doc, url, pages, run.timing, run.setTimer, run.foreign);
}

/** What the stages after the first read share and change. */
interface Live {
  /** The session of the page as it is now (replaced when the page changes, `refresh`). */
  session: PageSession;
  /** The reader's settings: null until the stored settings are known (or a change comes first). */
  settings: Settings | null;
  /** Set once the first settings are applied: changes before that are taken by the start. */
  started: boolean;
  /** The quotes the reader focuses in the panel (`focusSpeaker`), kept across re-reads. */
  focus: string[] | null;
  /** The reader's corrections, drawn in the marks. */
  corrections: PageCorrections;
  /**
   * Tooltips, next / previous quote, the quote on screen and clicked: the following bundle's,
   * brought on a reader's first use (first-use.ts).
   */
  uses: FirstUse;
  /** The state the panel was last told of (`stateKey`). */
  announced: string;
  /**
   * True once a panel may be listening: the background saw one open when it answered
   * (`AnalyzeArticlesReply.panelOpen`, missing or no answer: true), or a panel asked us something.
   * Until then nothing is pushed to a panel: a panel that opens later asks for the state itself.
   */
  panelListening: boolean;
}

/** A new session: the corrections are handed to it and, when loaded, the following code re-reads it. */
function sessionChanged(live: Live): void {
  live.corrections.sessionChanged();
  live.uses.follow?.sessionChanged();
}

/** The whole state for the panel: the session's and following's. */
function fullState(live: Live) {
  return {
    ...live.session.state(),
    quoteInView: live.uses.inView(),
    quoteClicked: live.uses.clicked(),
  };
}

/** Tells an open panel that the state changed, if it did (and if a panel may be listening). */
function announceState(live: Live): void {
  if (!live.panelListening) return;
  const key = stateKey(live.session);
  if (key === live.announced) return;
  live.announced = key;
  void announce({ type: 'quotesChanged', state: fullState(live) });
}

/**
 * Takes in whether the background saw a panel open (`panelOpen`; no answer, or an answer without
 * it: as if open). Never unset: a panel that asked us something may still be open.
 */
function hearPanel(live: Live, reply: AnalyzeArticlesReply | null): void {
  if (reply?.panelOpen !== false) panelHeard(live);
}

/** A panel may be listening: it is told of changes, and it counts as a use (first-use.ts). */
function panelHeard(live: Live): void {
  live.panelListening = true;
  live.uses.want();
}

/** A switch the reader flipped after the start: applied at once. */
function settingsChanged(live: Live, next: Settings): void {
  live.settings = next;
  if (!live.started) return;
  live.session.apply(next);
  live.uses.tooltips?.hide();
  live.uses.follow?.marksChanged();
  announceState(live);
}

/**
 * Starts the page side on `doc`. `startedAt` is `performance.now()` when the script started, for
 * `PageState.workMs` and `elapsedMs` (see start-timing.ts). Resolves once the first settings are
 * applied (undefined when stopped before the page was read). `ctx` is accepted for WXT's entry
 * point but never trusted (see above).
 *
 * In stages, each in one function below: read the page (`readFirst`), send its text to the
 * engine and answer the panel (`connect`), write the first marks and hiding (`writeFirst`), then
 * follow the page (`followPage`). Reading runs in slices with pauses for the page between them
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
  // The reader's settings and corrections come with the background's analysis (stored.ts): the
  // page makes no storage call of its own on an article.
  const run = beginRun(doc, url, startedAt, options);
  // Listened to from the start: a switch the reader flips while we read is what the start applies.
  // The background passes the change on (utils/stored-relay.ts): no storage bindings in this world.
  const early: { live?: Live; settings: Settings | null } = { settings: null };
  run.onStop(
    onSettingsRelayed(next =>
      guard('settings change', () => {
        if (early.live) settingsChanged(early.live, next);
        else early.settings = next;
      }),
    ),
  );
  const read = await readFirst(run, url);
  if (!read) return undefined;
  const sendFrom = performance.now();
  const live: Live = {
    session: sessionOf(run, url, read.pages),
    settings: early.settings,
    started: false,
    focus: null,
    corrections: pageCorrections(() => live.session),
    uses: new FirstUse({
      run,
      session: () => live.session,
      panelListening: () => live.panelListening,
      words: { t, uiLanguage },
      sendClick: announceToPanel,
      load: options.loadFollowing ?? askForFollowing,
    }),
    announced: '',
    panelListening: false,
  };
  early.live = live;
  run.undoWith(() => live.session.undo());
  // Before the text goes to the background, which reads the store while it analyses.
  run.onStop(live.corrections.listen());
  const analysed = connect(run, live, read);
  run.timing.slice(sendFrom);
  if (!live.session.isArticle) run.timing.finish(false);

  const reply = await analysed;
  const controller: PageController = {
    get session() {
      return live.session;
    },
    stop: run.stop,
  };
  // Stopped while the engine worked: no storage read for a page code that is gone.
  if (run.stopped()) return controller;
  const stored = await storedWith(reply);
  live.settings ??= stored.settings;
  await writeFirst(run, live, stored);
  if (run.stopped()) return controller;
  followPage(run, live);
  return controller;
}

/** Stage 1: reads the page in slices (null when stopped during a pause, or it failed). */
async function readFirst(run: PageRun, url: string): Promise<PageRead | null> {
  run.timing.slice(run.timing.startedAt);
  try {
    // The detector has just tested this address and the page's signals: not again (detected.ts).
    const work = readPageWork(run.doc, url, takeDetected(url));
    const read = await run.sliced(work, undefined, run.startSlice);
    return read?.value ?? null;
  } catch (error) {
    console.debug('[kata-siapa] read the page failed', error);
    run.stop();
    return null;
  }
}

/**
 * Stage 2: sends the text (read with the paragraphs) to the background's engine at once, and
 * answers the panel from now on. The engine's answer is data only (no page writes) and is taken
 * in as soon as it comes. Resolves to that answer once it is taken in (null when it did not come
 * or was not asked for: the page is no article).
 */
function connect(run: PageRun, live: Live, read: PageRead): Promise<AnalyzeArticlesReply | null> {
  const first = live.session;
  // Not an article after all (the detector thought so): nothing is asked of the background, and
  // the panel is told as before (no use there: FirstUse.want asks for nothing on a non-article).
  if (!first.isArticle) panelHeard(live);
  const analysed = first.isArticle
    ? requestAnalysis(read.texts, run.wait, stopOf(run), true).then(reply => {
        guard('take the analysis', () => {
          hearPanel(live, reply);
          if (!run.stopped() && live.session === first) first.analysed(reply);
        });
        return reply;
      })
    : Promise.resolve(null);
  const answer = (command: Exclude<PanelCommand, { type: 'moveToQuote' }>) => {
    if (command.type === 'getPageState') return fullState(live);
    if (command.type === 'getMarks') return live.session.marks();
    if (command.type === 'focusSpeaker') {
      live.focus = command.quoteIds;
      return live.session.focus(live.focus);
    }
    return live.session.scrollToQuote(command.quoteId);
  };
  // Answered with sendResponse, which Chrome's own onMessage knows: the page code is built
  // without webextension-polyfill (wxt.config.ts), like the detector. Every answer is synchronous
  // but a next / previous quote's, which goes through the following bundle (at once when it is
  // loaded, else once it came: `true`, an answer follows).
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    if (run.stopped() || !isPanelCommand(message)) return undefined;
    // A panel asked (or a shortcut): it is open, told of changes from now on, and a use.
    panelHeard(live);
    if (message.type === 'moveToQuote') {
      const { direction } = message;
      live.uses.after(follow => follow?.move(direction) ?? null, sendResponse);
      return true;
    }
    sendResponse(guard(message.type, () => answer(message)));
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  run.onStop(() => browser.runtime.onMessage.removeListener(onMessage));
  return analysed;
}

/**
 * Stage 3, once the engine has answered with the stored settings (the analysis here, or known
 * not to come: then clutter is hidden, nothing marked): draws the reader's corrections, then, on
 * an article, finds where the marks go and the clutter in slices (reads only) and writes in one
 * task (on a big page two, a frame apart; no read in between): the task of the last slice when
 * the reading took one, else after a pause. Then tells a panel that may be listening, in another.
 * A page that is not an article gets no write. Either way the reader's switches apply at once
 * from then on, and the marks' tooltips are watched (a later re-read may mark the page).
 */
async function writeFirst(run: PageRun, live: Live, stored: Stored): Promise<void> {
  live.corrections.use(stored.corrections);
  if (!extensionAlive()) run.stop();
  if (run.stopped()) return;
  const { session } = live;
  if (!session.isArticle) {
    live.started = true;
    live.uses.watch();
    live.uses.startDone();
    return;
  }
  const { timing } = run;
  const settings = live.settings!;
  let prepared;
  /** The slices the reading before the write took: one on an ordinary article. */
  let slices = 0;
  try {
    prepared = await run.sliced(session.prepareWork(settings), undefined, from => {
      slices++;
      run.startSlice(from);
    });
  } catch (error) {
    console.debug('[kata-siapa] reading before the write failed', error);
    prepared = { value: undefined };
  }
  if (!prepared) return;
  // Reading that fit in one slice is written in the same task: a pause there let the page's own
  // tasks in before the marks and cost a task of ours (its continuation) for nothing. Reading that
  // took several slices has had the budget's worth already: the page gets a turn first.
  if (slices > 1) {
    await run.pause();
    if (run.stopped()) return;
  }
  // On a big page two writes a frame apart (see PageSession.applyStyles): the stylesheets and
  // the hidden clutter, then the marks painted; on others `apply` writes all in this task.
  if (run.splits(session, prepared.value)) {
    const styleFrom = performance.now();
    guard('style the page', () => session.applyStyles(live.settings!, prepared.value));
    timing.slice(styleFrom);
    await run.nextFrame();
    if (run.stopped()) return;
  }
  const applyFrom = performance.now();
  // A switch flipped while we read: `apply` reads again what it must (Prepared.settings).
  guard('apply settings', () => session.apply(live.settings!, prepared.value));
  timing.slice(applyFrom);
  timing.finish(true);
  live.started = true;
  live.uses.watch();
  // A panel that may be listening is told in a task after the marks' (its state serialises the
  // whole analysis); with none, there is nothing to tell and no use to load for (`want` comes
  // with a panel or a pointer event, never during this task): no task is added for it.
  if (live.panelListening) {
    await run.pause();
    if (run.stopped()) return;
    announceState(live);
  }
  // A panel open at load, or a use during the start: the following bundle comes after the marks.
  live.uses.startDone();
}

/** Asks the background to inject the following bundle into this frame (utils/page-code.ts). */
function askForFollowing(): void {
  const wanted: FollowingWanted = { type: 'followingWanted' };
  browser.runtime
    .sendMessage(wanted)
    .catch(error => console.debug('[kata-siapa] could not ask for following', error));
}

/**
 * Re-reads the page after it changed, in slices: a new session for the new address, article or
 * text, and its clutter looked for, then swapped in at once (the old one undone and the new one
 * applied in one task, so hidden ads never show in between); its marks come with the
 * background's answer. Dropped once `overtaken()` (a newer read began); an answer for a session
 * that is no longer current is dropped too.
 */
async function rereadPage(run: PageRun, live: Live, overtaken: () => boolean): Promise<void> {
  const now = run.href();
  const reread = await run.sliced(readPageWork(run.doc, now), overtaken);
  if (!reread) return;
  const next = sessionOf(run, now, reread.value.pages);
  // The settings are read again after each pause: a switch flipped meanwhile counts.
  const prepared = live.settings
    ? await run.sliced(next.prepareWork(live.settings), overtaken)
    : null;
  if (live.settings && !prepared) return;
  const before = live.session;
  // The old session's undo and the new one's apply write our sheet once (page-style.ts): the
  // same clutter rule taken out and put back is no change at all.
  batchStyles(run.doc, () => {
    before.undo();
    live.uses.tooltips?.hide();
    live.session = next;
    sessionChanged(live);
    if (now === before.url) next.setInView(before.state().articleIndex ?? 0);
    next.focus(live.focus);
    if (live.settings) next.apply(live.settings, prepared?.value);
  });
  if (!next.isArticle) {
    announceState(live);
    return;
  }
  const reply = await requestAnalysis(reread.value.texts, run.wait, stopOf(run));
  hearPanel(live, reply);
  if (run.stopped() || live.session !== next) return;
  guard('take the new analysis', () => next.analysed(reply));
  const replaced = () => live.session !== next;
  const marking = live.settings
    ? await run.sliced(next.prepareWork(live.settings), replaced)
    : null;
  if (live.settings && !marking) return;
  if (live.settings && run.splits(next, marking?.value)) {
    // As at the start: on a big page the stylesheets a frame before the marks.
    guard('style the new analysis', () => next.applyStyles(live.settings!, marking?.value));
    await run.nextFrame();
    if (run.stopped() || replaced()) return;
  }
  guard('mark the new analysis', () => {
    sessionChanged(live);
    if (live.settings) next.apply(live.settings, marking?.value);
    announceState(live);
  });
}

/**
 * Stage 4: follows the page after the start: re-reads it when it changes (a new address, article
 * or text), hides late clutter, tracks the article and the quote in view, and stops when the
 * extension goes away.
 */
function followPage(run: PageRun, live: Live): void {
  const { doc, timers } = run;
  /** What else runs on the one-second tick (the page watcher's address check). */
  const everySecond: (() => void)[] = [];
  /** Reads since the start, so a read that a newer one overtook is dropped. */
  let reads = 0;
  const refresh = async () => {
    if (run.stopped()) return;
    const mine = ++reads;
    await rereadPage(run, live, () => mine !== reads);
  };

  /** Looks for late clutter after the page inserted nodes, and hides what is new. */
  const hideLateClutter = lateClutterLooks({
    session: () => live.session,
    settings: () => live.settings,
    sliced: (work, superseded) => run.sliced(work, superseded),
    stopped: run.stopped,
    hidden: () => announceState(live),
  });

  live.corrections.onDrawn(() => live.uses.follow?.sessionChanged());
  for (const cleanup of [
    watchPage(doc, {
      current: () => live.session,
      href: run.href,
      onArticleChange: () => guardLater('page change', refresh),
      onInsert: added => guardLater('late clutter', () => hideLateClutter(added)),
      timers,
      everySecond: check => everySecond.push(check),
    }),
    watchView(doc, {
      articles: () => live.session.pages,
      onView: index =>
        guard('view', () => {
          if (live.session.setInView(index)) announceState(live);
        }),
      requestFrame: fn => run.requestFrame('view', fn),
    }),
  ]) {
    run.onStop(cleanup);
  }
  // One timer for every check that polls: one wake-up of the page's main thread a second.
  const alive = timers.setInterval!(() => {
    if (!extensionAlive()) run.stop();
    else for (const check of everySecond) check();
  }, ALIVE_CHECK_MS);
  run.onStop(() => timers.clearInterval!(alive));
}

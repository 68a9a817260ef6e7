/**
 * The content script's life: analyse the page, apply the reader's settings, answer the panel, keep
 * late ads hidden, and undo everything when the extension context goes away.
 *
 * Nothing here may throw into the page: each entry from the outside (start, messages, storage
 * events, mutations) is wrapped, and failures go to console.debug.
 */
import { browser, type ContentScriptContext } from '#imports';
import { analyzeDocument } from '../../core/analyze-document';
import { DEFAULT_SETTINGS, type PanelCommand, type Settings } from '../../core/protocol';
import { announce, isPanelCommand } from '../../utils/messaging';
import { loadSettings, onSettingsChanged } from '../../utils/settings';
import { watchAds } from './ad-watcher';
import { PageSession } from './session';
import { StartTiming } from './start-timing';

/** Runs `fn`, logging instead of throwing: the page must never see our errors. */
export function guard<T>(what: string, fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    console.debug(`[kata-siapa] ${what} failed`, error);
    return undefined;
  }
}

function answer(session: PageSession, command: PanelCommand) {
  if (command.type === 'getPageState') return session.state();
  return session.scrollToQuote(command.quoteId);
}

/** Tells an open panel what changed. */
function announceState(session: PageSession): void {
  void announce({ type: 'quotesChanged', state: session.state() });
}

/**
 * Starts the page side on `doc`. `startedAt` is `performance.now()` when the script started, for
 * `PageState.workMs` and `elapsedMs` (see start-timing.ts). Resolves once the first settings are
 * applied.
 */
export async function startPage(
  ctx: ContentScriptContext,
  doc: Document,
  url: string,
  startedAt: number,
): Promise<PageSession | undefined> {
  const timing = new StartTiming(startedAt);
  // Start reading storage first: the request is on its way before the analysis (which never
  // writes to the page) starts, so the two overlap and the analysis never waits for storage.
  const settingsLoaded = loadSettings().catch((): Settings => DEFAULT_SETTINGS);
  const page = guard('analysis', () => analyzeDocument(doc, url));
  if (!page) return undefined;
  const session = new PageSession(doc, url, page, timing, (fn, ms) => {
    ctx.setTimeout(() => guard('timer', fn), ms);
  });

  const onMessage = (message: unknown) => {
    if (!isPanelCommand(message)) return undefined;
    return Promise.resolve(guard(message.type, () => answer(session, message)));
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  // First work slice: everything from script start until we yield to wait for storage.
  timing.slice(startedAt);
  // Non-article pages: answer getPageState (isArticle false) and leave the DOM alone.
  if (!session.isArticle) {
    timing.finish(false);
    return session;
  }

  const settings = await settingsLoaded;
  if (ctx.isInvalid) return session;
  // Second work slice: hiding and marking, now that the settings say what the reader wants.
  const applyFrom = performance.now();
  guard('apply settings', () => session.apply(settings));
  timing.slice(applyFrom);
  timing.finish(true);
  announceState(session);

  const stopSettings = onSettingsChanged(next =>
    guard('settings change', () => {
      session.apply(next);
      announceState(session);
    }),
  );
  const stopWatching = watchAds(doc.body ?? doc.documentElement, {
    onChange: () =>
      guard('late clutter', () => {
        const before = session.state().hiddenCount;
        session.hideNewClutter();
        if (session.state().hiddenCount !== before) announceState(session);
      }),
    setTimer: (fn, ms) => ctx.setTimeout(fn, ms),
    clearTimer: id => {
      if (id !== undefined) clearTimeout(id);
    },
  });

  ctx.onInvalidated(() =>
    guard('undo', () => {
      stopWatching();
      stopSettings();
      session.undo();
    }),
  );
  return session;
}

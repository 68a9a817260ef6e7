/**
 * How a page is found to be an article, and followed until it is one: the detector's decision
 * (detector.ts), and the page code's own where the manifest starts it without the detector (at
 * article addresses: ../article-page.content). It decides first with the cheap signals of
 * core/article/detect.ts (the URL's path, then an article body and a JSON-LD NewsArticle block or
 * a headline), and imports nothing of the engine.
 *
 * Not an article yet: it never touches the page nor the extension API, and follows the page's
 * address (follow-address.ts): when the page moves to an article in place (pushState,
 * replaceState, back/forward), it looks for the article there, for a while, since the page may
 * render it after changing the address.
 */
import { readArticleSignals, type ArticleSignals } from '../../core/article/detect';
import { isArticleAddress, isArticleUrl } from '../../core/article/url-patterns';
import { followAddress } from './follow-address';

/** How long after the page moves to an article address we keep looking for its article. */
const LOOK_FOR_MS = 30_000;
/** Looks soon after the move (most pages render within these), then once per `LOOK_EVERY_MS`. */
const FIRST_LOOKS_MS = [50, 250, 600];
const LOOK_EVERY_MS = 1000;

/** The i-th look's time after a move (ms), or null once `LOOK_FOR_MS` has passed. */
function lookTime(i: number): number | null {
  const at =
    i < FIRST_LOOKS_MS.length
      ? FIRST_LOOKS_MS[i]!
      : (i - FIRST_LOOKS_MS.length + 1) * LOOK_EVERY_MS;
  return at <= LOOK_FOR_MS ? at : null;
}

/** The part of the content-script context the watch needs. */
export interface WatchContext {
  onInvalidated(stop: () => void): unknown;
}

/**
 * Calls `onArticle(href, signals)` once, when the page is an article at `href`: at once when it
 * is one now, else when it becomes one (see the file). `signals`: what the test found (its body
 * and JSON-LD block), for a read in the same task. `startedAt`: when the script started (the first
 * looks at a start at an article address are timed from it); undefined: now, read only there (the
 * detector: `performance` is not touched on a page it leaves alone).
 */
export function watchForArticle(
  ctx: WatchContext,
  startedAt: number | undefined,
  onArticle: (href: string, signals: ArticleSignals) => void,
): void {
  // The address decides most pages with no DOM work, and is tested once: the page's own
  // signals are read only at an article address.
  const articleUrl = isArticleAddress(location);
  const signals = articleUrl ? readArticleSignals(document) : null;
  if (signals) {
    onArticle(location.href, signals);
    return;
  }
  // Looking for the article at an article address: one timer at a time, only for a while
  // after a move there (or a start there: the page may still render it), none otherwise.
  let lookTimer: number | undefined;
  let done = false;
  const stop = () => {
    // No more looks: the article is reported once.
    done = true;
    clearTimeout(lookTimer);
    stopFollowing();
  };
  // The page is at an article address now: is the article there yet?
  const look = (href: string) => {
    try {
      if (location.href !== href || !isArticleUrl(href)) return;
      const found = readArticleSignals(document);
      if (!found) return;
      stop();
      onArticle(href, found);
    } catch (error) {
      console.debug('[kata-siapa] detector failed', error);
    }
  };
  /** Looks at `href` at each `lookTime` after `from`, until found, moved on or stopped. */
  const lookFor = (href: string, from: number) => {
    clearTimeout(lookTimer);
    if (!isArticleUrl(href)) return;
    const next = (i: number) => {
      const at = lookTime(i);
      if (done || at === null) return;
      const wait = Math.max(0, from + at - performance.now());
      lookTimer = window.setTimeout(() => {
        look(href);
        next(i + 1);
      }, wait);
    };
    next(0);
  };
  const stopFollowing = followAddress(window, href => {
    look(href);
    lookFor(href, performance.now());
  });
  // At an article address the page may still render its article; elsewhere, nothing to wait for.
  if (articleUrl) lookFor(location.href, startedAt ?? performance.now());
  ctx.onInvalidated(stop);
}

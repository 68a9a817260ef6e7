/**
 * The article content script (content-scripts/article.js): the DETECTOR, and all that a Republika
 * page that is not an article ever loads of ours. It decides first, with the cheap signals of
 * core/article/detect.ts (the URL's path, then an article body and a JSON-LD NewsArticle block or a
 * headline), and imports nothing of the engine, so that pages we leave alone pay for a few
 * selectors, not for parsing and setting up the engine.
 *
 * - Article: it tells the background (`articleDetected`), which injects the page code
 *   (content-scripts/article-page.js: engine, hiding, marking, the panel's answers) into this tab.
 *   From then on the page code follows the page (page-watcher.ts), and the detector is done.
 * - Anything else: it never touches the page nor the extension API, and follows the page's
 *   address (follow-address.ts): when the page moves to an article in place (pushState,
 *   replaceState, back/forward), it looks for the article there, for a while, since the page may
 *   render it after changing the address. It does not answer the panel: the first touch of the
 *   extension API builds its bindings in this world, about 1 ms of every such page load (the API
 *   is looked up on first use, utils/lazy-browser.ts), and the panel says "not an article" for a
 *   Republika tab where nothing answers, as it does for any other page.
 *
 * The page cannot reach it: it runs with utils/quiet-context.ts (no page-visible announcement,
 * no invalidation a page can trigger; see wxt.config.ts), and it listens to nothing the page can
 * send but the address.
 */
import { browser, defineContentScript } from '#imports';
import { hasArticleSignals, isArticlePage } from '../../core/article/detect';
import { isArticleUrl } from '../../core/article/url-patterns';
import type { DetectorEvent } from '../../core/protocol';
import { REPUBLIKA_MATCHES } from '../../utils/republika-matches';
import { markDetected } from './detected';
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

/**
 * Asks the background for the page code (engine, hiding, marking) in this tab and frame, handing
 * it the verdict (the article found at `href`: detected.ts).
 */
function loadPageCode(href: string): void {
  markDetected(href);
  const event: DetectorEvent = { type: 'articleDetected' };
  browser.runtime.sendMessage(event).catch(error => {
    console.debug('[kata-siapa] could not ask for the page code', error);
  });
}

export default defineContentScript({
  matches: REPUBLIKA_MATCHES,
  runAt: 'document_idle',
  // WXT's window.postMessage announcement carries our extension id, and pages with naive
  // `message` handlers (JSON.parse(e.data)) would throw on it (issue 7). (Our quiet context never
  // sends it anyway; the option says so where WXT looks.)
  noScriptStartedPostMessage: true,
  main(ctx) {
    const startedAt = performance.now();
    try {
      // The address decides most pages with no DOM work, and is tested once: the page's own
      // signals are read only at an article address.
      const articleUrl = isArticleUrl(location.href);
      if (articleUrl && hasArticleSignals(document)) {
        loadPageCode(location.href);
        return;
      }
      // Looking for the article at an article address: one timer at a time, only for a while
      // after a move there (or a start there: the page may still render it), none otherwise.
      let lookTimer: number | undefined;
      let done = false;
      const stop = () => {
        // No more looks: the page code is asked for once.
        done = true;
        clearTimeout(lookTimer);
        stopFollowing();
      };
      // The page is at an article address now: is the article there yet?
      const look = (href: string) => {
        try {
          if (location.href !== href || !isArticlePage(document, href)) return;
          stop();
          loadPageCode(href);
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
      if (articleUrl) lookFor(location.href, startedAt);
      ctx.onInvalidated(stop);
    } catch (error) {
      console.debug('[kata-siapa] detector failed', error);
    }
  },
});

/**
 * The DETECTOR (content-scripts/article.js, started by utils/article-detector.ts), and all that a
 * Republika page that is not an article ever loads of ours. It runs on every Republika page but
 * those at an article address (`ARTICLE_PATH_MATCHES`), where the manifest starts the page code
 * itself (../article-page.content), which decides there as this does. It decides with the cheap
 * signals of watch-for-article.ts and imports nothing of the engine, so that pages we leave alone
 * pay for a few string comparisons, not for parsing and setting up the engine.
 *
 * - Article (the page moved in place to an article address, or an article under an address the
 *   manifest's patterns miss): it tells the background (`articleDetected`), which injects the
 *   page code (content-scripts/article-page.js: hiding, marking, the panel's answers) into this
 *   tab. From then on the page code follows the page (page-watcher.ts), and the detector is done.
 * - Anything else: it never touches the page nor the extension API, and follows the page's
 *   address (watch-for-article.ts). It does not answer the panel: the first touch of the
 *   extension API builds its bindings in this world, about 1 ms of every such page load (the API
 *   is looked up on first use, utils/lazy-browser.ts), and the panel says "not an article" for a
 *   Republika tab where nothing answers, as it does for any other page.
 *
 * The page cannot reach it: it announces nothing (no WXT context: see utils/article-detector.ts)
 * and listens to nothing the page can send but the address.
 */
import { browser } from 'wxt/browser';
import type { DetectorEvent } from '../../core/protocol';
import { markDetected } from './detected';
import { watchForArticle, type WatchContext } from './watch-for-article';

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

/**
 * What the watch is stopped by: nothing. The detector's one job is to follow the address until the
 * page is an article, and it is done then; when the extension goes away meanwhile, the request
 * for the page code fails (and is logged) at that moment. (WXT's context, which it ran with
 * before, was never asked and so never invalidated either.)
 */
const NEVER_STOPPED: WatchContext = { onInvalidated: () => undefined };

/**
 * Starts the detector on this page (see the file). Never throws into the page. `context` is what
 * stops the watch: nothing on a real page; a test passes its own, so no poll outlives the test.
 */
export function startDetector(context: WatchContext = NEVER_STOPPED): void {
  try {
    // No start time: it is only needed at an article address (watch-for-article.ts), and the
    // first read of `performance` in this world costs a page we leave alone about 0.3 ms.
    watchForArticle(context, undefined, loadPageCode);
  } catch (error) {
    console.debug('[kata-siapa] detector failed', error);
  }
}

/**
 * The article content script (content-scripts/article.js): the DETECTOR, and all that a Republika
 * page that is not an article ever loads of ours. It runs on every Republika page but those at an
 * article address (`ARTICLE_PATH_MATCHES`), where the manifest starts the page code itself
 * (../article-page.content), which decides there as this does. It decides with the cheap signals
 * of watch-for-article.ts and imports nothing of the engine, so that pages we leave alone pay for
 * a few string comparisons, not for parsing and setting up the engine.
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
 * The page cannot reach it: it runs with utils/quiet-context.ts (no page-visible announcement,
 * no invalidation a page can trigger; see wxt.config.ts), and it listens to nothing the page can
 * send but the address.
 */
import { browser, defineContentScript } from '#imports';
import type { DetectorEvent } from '../../core/protocol';
import { ARTICLE_PATH_MATCHES, REPUBLIKA_MATCHES } from '../../utils/republika-matches';
import { markDetected } from './detected';
import { watchForArticle } from './watch-for-article';

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
  // There the page code starts without us (../article-page.content).
  excludeMatches: ARTICLE_PATH_MATCHES,
  runAt: 'document_idle',
  // WXT's window.postMessage announcement carries our extension id, and pages with naive
  // `message` handlers (JSON.parse(e.data)) would throw on it (issue 7). (Our quiet context never
  // sends it anyway; the option says so where WXT looks.)
  noScriptStartedPostMessage: true,
  main(ctx) {
    const startedAt = performance.now();
    try {
      watchForArticle(ctx, startedAt, loadPageCode);
    } catch (error) {
      console.debug('[kata-siapa] detector failed', error);
    }
  },
});

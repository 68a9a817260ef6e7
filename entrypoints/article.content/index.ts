/**
 * The article content script (content-scripts/article.js): the DETECTOR, and all that a Republika
 * page that is not an article ever loads of ours. It decides first, with the cheap signals of
 * core/article/detect.ts (the URL's path, then an article body and a JSON-LD NewsArticle block or a
 * headline), and imports nothing of the engine, so that pages we leave alone pay for a few
 * selectors, not for parsing and setting up the engine.
 *
 * - Article: it tells the background (`articleDetected`), which injects the page code
 *   (content-scripts/article-page.js: engine, hiding, marking, the panel's answers) into this tab.
 * - Anything else: it answers the panel itself ("not an article") and never touches the page.
 */
import { browser, defineContentScript } from '#imports';
import { isArticlePage } from '../../core/article/detect';
import { notArticleAnalysis } from '../../core/article/not-article';
import type { DetectorEvent, PageState } from '../../core/protocol';
import { isPanelCommand } from '../../utils/messaging';
import { REPUBLIKA_MATCHES } from '../../utils/republika-matches';

export default defineContentScript({
  matches: REPUBLIKA_MATCHES,
  runAt: 'document_idle',
  // No window.postMessage announcing the script: it carries our extension id, and pages with
  // naive `message` handlers (JSON.parse(e.data)) would throw on it (issue 7).
  noScriptStartedPostMessage: true,
  main(ctx) {
    const startedAt = performance.now();
    try {
      const url = location.href;
      if (isArticlePage(document, url)) {
        const event: DetectorEvent = { type: 'articleDetected' };
        browser.runtime.sendMessage(event).catch(error => {
          console.debug('[kata-siapa] could not ask for the page code', error);
        });
        return;
      }
      const state: PageState = {
        url,
        analysis: notArticleAnalysis(url).result,
        hiddenCount: 0,
        workMs: performance.now() - startedAt,
        elapsedMs: null,
      };
      // Answered with sendResponse, not a returned promise: this script is built without the
      // polyfill (wxt.config.ts), and Chrome's own onMessage knows only the callback.
      const onMessage = (
        message: unknown,
        _sender: unknown,
        sendResponse: (r: unknown) => void,
      ) => {
        if (!isPanelCommand(message)) return undefined;
        // No quotes here: nothing to scroll to.
        sendResponse(message.type === 'getPageState' ? state : false);
        return undefined;
      };
      browser.runtime.onMessage.addListener(onMessage);
      ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    } catch (error) {
      console.debug('[kata-siapa] detector failed', error);
    }
  },
});

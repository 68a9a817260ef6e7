/**
 * The page code (content-scripts/article-page.js): reading the article, hiding, marking and the
 * panel's answers (see ../article.content/main.ts); the engine runs in the background.
 *
 * Two ways in, and no other page parses or runs any of it:
 * - At an article address (`ARTICLE_PATH_MATCHES`) the manifest starts utils/article-start.ts in
 *   place of the detector, which imports this file as a module (compiled off the main thread, then
 *   from V8's code cache): it decides as the detector would (watch-for-article.ts) and reads the
 *   page at once when it is an article, with no message to the background in between.
 * - Elsewhere the background injects it into a tab when the detector
 *   (../article.content/detector.ts) has found an article there (a page moved in place to one).
 */
import { defineContentScript } from '#imports';
import { ARTICLE_PATH_MATCHES } from '../../utils/republika-matches';
import { markDetected, wasAskedFor } from '../article.content/detected';
import { startPage } from '../article.content/main';
import { watchForArticle } from '../article.content/watch-for-article';

export default defineContentScript({
  matches: ARTICLE_PATH_MATCHES,
  // Not in the manifest's content scripts: started as a module (see utils/article-start.ts).
  registration: 'runtime',
  // No window.postMessage announcing the script (our id; trips naive page handlers), and WXT's
  // context invalidation is not trusted either: a page can trigger it (see main.ts).
  noScriptStartedPostMessage: true,
  main(ctx) {
    // Taken first, so PageState.workMs and elapsedMs cover everything this script does.
    const startedAt = performance.now();
    const start = (href: string, at: number) => {
      startPage(ctx, document, href, at).catch(error => {
        console.debug('[kata-siapa] content script failed', error);
      });
    };
    try {
      if (wasAskedFor()) {
        start(location.href, startedAt);
        return;
      }
      // True while the watch decides at once (the article is there at the start).
      let atStart = true;
      watchForArticle(ctx, startedAt, (href, signals) => {
        // The page code's first read (in this task) takes the verdict and what the test found,
        // and does not test the page again nor look for its body and JSON-LD.
        markDetected(href, signals);
        start(href, atStart ? startedAt : performance.now());
      });
      atStart = false;
    } catch (error) {
      console.debug('[kata-siapa] content script failed', error);
    }
  },
});

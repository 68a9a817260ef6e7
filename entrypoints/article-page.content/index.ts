/**
 * The page code (content-scripts/article-page.js): reading the article, hiding, marking and the
 * panel's answers (see ../article.content/main.ts); the engine runs in the background. Not in the manifest: the background injects it into a
 * tab only when the detector (../article.content/index.ts) has found an article there, so no other
 * page parses or runs any of it.
 */
import { defineContentScript } from '#imports';
import { REPUBLIKA_MATCHES } from '../../utils/republika-matches';
import { startPage } from '../article.content/main';

export default defineContentScript({
  matches: REPUBLIKA_MATCHES,
  registration: 'runtime',
  // No window.postMessage announcing the script (our id; trips naive page handlers), and WXT's
  // context invalidation is not trusted either: a page can trigger it (see main.ts).
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // Taken first, so PageState.workMs and elapsedMs cover everything this script does.
    const startedAt = performance.now();
    try {
      await startPage(ctx, document, location.href, startedAt);
    } catch (error) {
      console.debug('[kata-siapa] content script failed', error);
    }
  },
});

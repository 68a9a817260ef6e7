/**
 * The article content script (built to content-scripts/article.js): runs on every Republika page,
 * and on article pages hides clutter, marks quotes and answers the panel. See main.ts.
 */
import { defineContentScript } from '#imports';
import { startPage } from './main';

export default defineContentScript({
  matches: ['*://*.republika.co.id/*', '*://republika.co.id/*'],
  runAt: 'document_idle',
  async main(ctx) {
    // Taken first, so PageState.workMs and elapsedMs cover everything the script does.
    const startedAt = performance.now();
    try {
      await startPage(ctx, document, location.href, startedAt);
    } catch (error) {
      console.debug('[kata-siapa] content script failed', error);
    }
  },
});

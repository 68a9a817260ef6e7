/**
 * What the manifest starts at an article address (`ARTICLE_PATH_MATCHES`): it imports the page
 * code (content-scripts/article-page.js, ../article-page.content) as a module, into this same
 * isolated world, where it runs as it would have run started by the manifest itself.
 *
 * Why a module and not the page code itself in the manifest: Chromium compiles a content script
 * on the page's main thread on every load, never from a cache (about 4 ms for the page code, the
 * largest part of what an article load costs us, bench:page-trace), while a module an extension
 * page or content script imports is compiled off the main thread the first time and from V8's
 * code cache after that (under 1 ms of main-thread work). The page code's file is a web-accessible
 * resource on Republika hosts for this (wxt.config.ts); its code does not depend on how it came
 * (the background still injects the same file as a plain script where the detector found an
 * article, utils/page-code.ts).
 */
import { browser, defineContentScript } from '#imports';
import { ARTICLE_PATH_MATCHES } from '../../utils/republika-matches';
import { PAGE_CODE_FILE } from '../../utils/page-code-file';

export default defineContentScript({
  matches: ARTICLE_PATH_MATCHES,
  runAt: 'document_idle',
  // As the page code: nothing announced to the page (see ../article.content/main.ts).
  noScriptStartedPostMessage: true,
  main() {
    // The one module we import: our own file, by the extension's URL for a constant path (no
    // page input reaches it).
    // eslint-disable-next-line no-unsanitized/method
    import(/* @vite-ignore */ browser.runtime.getURL(PAGE_CODE_FILE)).catch((error: unknown) => {
      console.debug('[kata-siapa] the page code did not load', error);
    });
  },
});

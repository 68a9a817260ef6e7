/**
 * What the manifest starts at an article address (`ARTICLE_PATH_MATCHES`), as
 * content-scripts/article-start.js: it imports the page code (content-scripts/article-page.js,
 * entrypoints/article-page.content) as a module, into this same isolated world, where it runs as
 * it would have run started by the manifest itself.
 *
 * Why a module and not the page code itself in the manifest: Chromium compiles a content script
 * on the page's main thread on every load, never from a cache (about 4 ms for the page code, the
 * largest part of what an article load costs us, bench:page-trace), while a module an extension
 * page or content script imports is compiled off the main thread the first time and from V8's
 * code cache after that (under 1 ms of main-thread work). The page code's file is a web-accessible
 * resource on Republika hosts for this (wxt.config.ts); its code does not depend on how it came
 * (the background still injects the same file as a plain script where the detector found an
 * article, utils/page-code.ts).
 *
 * Why not a WXT content-script entrypoint: a content script is compiled and run on every article
 * load, and WXT wraps one in its context, its logger and an async start, none of which this
 * script uses. This file alone is the script (wxt.config.ts bundles it on its own): side by side
 * over 12 traced cold loads (bench:page-trace), compiling and running it took 0.17 + 1.11 ms of
 * the page's main thread against 0.37 + 1.48 ms as a WXT entrypoint (current-design; seed-article
 * 0.16 + 1.17 against 0.37 + 1.48).
 *
 * Nothing is announced to the page and nothing listens to it: the script only imports.
 */
import { PAGE_CODE_FILE } from './page-code-file';

/** As much of the extension API as this script uses. */
interface Api {
  runtime?: { id?: string; getURL(path: string): string };
}

// WXT's pick of the API object (wxt/browser): `browser` where it is the extension's, else `chrome`.
const world = globalThis as { browser?: Api; chrome?: Api };
const api = world.browser?.runtime?.id ? world.browser : world.chrome;

// The one module we import: our own file, by the extension's URL for a constant path (no page
// input reaches it).
// eslint-disable-next-line no-unsanitized/method
import(/* @vite-ignore */ api!.runtime!.getURL(PAGE_CODE_FILE)).catch((error: unknown) => {
  console.debug('[kata-siapa] the page code did not load', error);
});

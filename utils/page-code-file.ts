/**
 * The page code's bundle, as `wxt build` writes the `article-page` content script: injected by the
 * background (page-code.ts) and imported by what the manifest starts at an article address
 * (utils/article-start.ts), which must not bundle the background's side to know it.
 */
export const PAGE_CODE_FILE = '/content-scripts/article-page.js';

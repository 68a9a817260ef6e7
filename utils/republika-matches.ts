/**
 * Where our content scripts run: every Republika page (the detector decides which are articles).
 * The same patterns are the extension's host permissions (wxt.config.ts).
 */
export const REPUBLIKA_MATCHES = ['*://*.republika.co.id/*', '*://republika.co.id/*'];

/**
 * The article addresses (core/article/url-patterns.ts) as match patterns, where the manifest
 * starts the page code at once instead of the detector (the detector excludes them). Wider than
 * the patterns (a match pattern cannot ask for a code with a digit in it): the page code tests
 * the address and the page's signals first, as the detector would, and waits as the detector
 * would where they fail. Narrower in letter case (the path of a match pattern is case-sensitive):
 * an address in capitals is left to the detector, which asks for the page code as before.
 */
export const ARTICLE_PATH_MATCHES = REPUBLIKA_MATCHES.flatMap(hosts => {
  const origin = hosts.slice(0, -1);
  return [`${origin}berita/*/*`, `${origin}amp/*`];
});

/**
 * A cheap "is this an article page?" check, kept apart from reading the article (as Readability
 * keeps isProbablyReaderable apart from parse) so non-article pages cost almost nothing. The page
 * side's detector (entrypoints/article.content/detector.ts) runs it alone, before any engine code is loaded:
 * keep its imports small (no body.ts, no text markers, nothing from the engine).
 */
import { queryFirstOf } from './dom-query';
import { readNewsArticleLd } from './json-ld';
import { BODY_SELECTORS, TITLE_SELECTORS } from './selectors';
import { isArticleUrl } from './url-patterns';

/**
 * True when `url` has an article path AND the page has an article body AND it says it is an
 * article: a JSON-LD NewsArticle block, or (older pages without JSON-LD) a headline element.
 * A saved page whose address is unknown (`url` null) is judged by the page's own signals.
 */
export function isArticlePage(doc: Document, url: string | null): boolean {
  if (url !== null && !isArticleUrl(url)) return false;
  return hasArticleSignals(doc);
}

/**
 * The page's own half of `isArticlePage`: an article body, and a JSON-LD NewsArticle block or a
 * headline. For a caller that has tested the URL already (the detector).
 */
export function hasArticleSignals(doc: Document): boolean {
  // The same test as body.ts's findArticleBody, without importing what reading the body needs.
  if (!queryFirstOf(doc, doc, BODY_SELECTORS)) return false;
  return readNewsArticleLd(doc) !== null || queryFirstOf(doc, doc, TITLE_SELECTORS) !== null;
}

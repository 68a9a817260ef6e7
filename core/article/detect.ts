/**
 * A cheap "is this an article page?" check, kept apart from reading the article (as Readability
 * keeps isProbablyReaderable apart from parse) so non-article pages cost almost nothing. The page
 * side's detector (entrypoints/article.content/detector.ts) runs it alone, before any engine code is loaded:
 * keep its imports small (no body.ts, no text markers, nothing from the engine).
 */
import { queryFirstOf } from './dom-query';
import { readNewsArticleLd, type NewsArticleLd } from './json-ld';
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
 * What `readArticleSignals` found on an article page: its article body (body.ts's
 * `findArticleBody`) and its JSON-LD NewsArticle block (null: none, a headline stood in).
 */
export interface ArticleSignals {
  body: Element;
  ld: NewsArticleLd | null;
}

/**
 * The page's own half of `isArticlePage`: an article body, and a JSON-LD NewsArticle block or a
 * headline. For a caller that has tested the URL already (the detector).
 */
export function hasArticleSignals(doc: Document): boolean {
  return readArticleSignals(doc) !== null;
}

/**
 * `hasArticleSignals`, with what it found (null: not an article), so that a read of the page in
 * the same task takes the body and the JSON-LD block as they are instead of looking for them and
 * parsing the block again (read-article.ts).
 */
export function readArticleSignals(doc: Document): ArticleSignals | null {
  // The same test as body.ts's findArticleBody, without importing what reading the body needs.
  const body = queryFirstOf(doc, doc, BODY_SELECTORS);
  if (!body) return null;
  const ld = readNewsArticleLd(doc);
  return ld !== null || queryFirstOf(doc, doc, TITLE_SELECTORS) !== null ? { body, ld } : null;
}

/**
 * A cheap "is this an article page?" check, kept apart from reading the article (as Readability
 * keeps isProbablyReaderable apart from parse) so non-article pages cost almost nothing.
 */
import { findArticleBody } from './body';
import { queryFirstOf } from './dom-query';
import { readNewsArticleLd } from './json-ld';
import { TITLE_SELECTORS } from './selectors';
import { isArticleUrl } from './url-patterns';

/**
 * True when `url` has an article path AND the page has an article body AND it says it is an
 * article: a JSON-LD NewsArticle block, or (older pages without JSON-LD) a headline element.
 * A saved page whose address is unknown (`url` null) is judged by the page's own signals.
 */
export function isArticlePage(doc: Document, url: string | null): boolean {
  if (url !== null && !isArticleUrl(url)) return false;
  if (!findArticleBody(doc)) return false;
  return readNewsArticleLd(doc) !== null || queryFirstOf(doc, doc, TITLE_SELECTORS) !== null;
}

/**
 * Title, date and byline of an article page: the printed page first where it is the better
 * source (headline, byline), JSON-LD first where it is (the ISO date).
 */
import type { ArticleInfo } from '../types';
import { queryAll, queryFirstOf } from './dom-query';
import { readNewsArticleLd, type NewsArticleLd } from './json-ld';
import { BYLINE_SELECTORS, DATE_SELECTORS, TITLE_SELECTORS } from './selectors';
import { BYLINE_PATTERN, normalizeText } from './text-markers';

function textOf(el: Element | null): string | null {
  const text = normalizeText(el?.textContent ?? '');
  return text || null;
}

function metaContent(doc: Document, selector: string): string | null {
  const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
  return value || null;
}

/** The headline: `.max-card__title h1` (or the older/AMP h1), then JSON-LD, then og:title. */
function readTitle(doc: Document, ld: NewsArticleLd | null): string | null {
  return (
    textOf(queryFirstOf(doc, doc, TITLE_SELECTORS)) ??
    ld?.headline ??
    metaContent(doc, 'meta[property="og:title"]')
  );
}

/** The publication date: JSON-LD `datePublished` (ISO, +07:00), the meta tag, or the date line. */
function readPublished(doc: Document, ld: NewsArticleLd | null): string | null {
  return (
    ld?.datePublished ??
    metaContent(doc, 'meta[property="article:published_time"]') ??
    textOf(queryFirstOf(doc, doc, DATE_SELECTORS))
  );
}

/**
 * The byline as printed ("Rep: Kamran Dikarma/ Red: Friska Yolandha"). JSON-LD `author` is only
 * the fallback: it names the editor, not the reporter [DRZ][KWS].
 */
function readByline(doc: Document, ld: NewsArticleLd | null): string | null {
  const printed = queryAll(doc, doc, BYLINE_SELECTORS)
    .map(textOf)
    .find(text => text !== null && BYLINE_PATTERN.test(text));
  return printed ?? ld?.author ?? null;
}

/**
 * Article info for a page known to be an article. `ld`: the page's NewsArticle block as the
 * caller has just read it (detect.ts's `readArticleSignals`, null for none); read here when not
 * given.
 */
export function readArticleInfo(
  doc: Document,
  url: string | null,
  // The JSON-LD blocks are found and parsed once for the three fields, not once per field: a
  // real page's NewsArticle block may carry the whole article text (`articleBody`). The date reads
  // it first, so it is always read.
  ld: NewsArticleLd | null = readNewsArticleLd(doc),
): ArticleInfo {
  return {
    isArticle: true,
    url,
    title: readTitle(doc, ld),
    published: readPublished(doc, ld),
    byline: readByline(doc, ld),
  };
}

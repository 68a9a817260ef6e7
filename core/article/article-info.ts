/**
 * Title, date and byline of an article page: the printed page first where it is the better
 * source (headline, byline), JSON-LD first where it is (the ISO date).
 */
import type { ArticleInfo } from '../types';
import { queryAll, queryFirstOf } from './dom-query';
import { readNewsArticleLd } from './json-ld';
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
export function readTitle(doc: Document): string | null {
  return (
    textOf(queryFirstOf(doc, doc, TITLE_SELECTORS)) ??
    readNewsArticleLd(doc)?.headline ??
    metaContent(doc, 'meta[property="og:title"]')
  );
}

/** The publication date: JSON-LD `datePublished` (ISO, +07:00), the meta tag, or the date line. */
export function readPublished(doc: Document): string | null {
  return (
    readNewsArticleLd(doc)?.datePublished ??
    metaContent(doc, 'meta[property="article:published_time"]') ??
    textOf(queryFirstOf(doc, doc, DATE_SELECTORS))
  );
}

/**
 * The byline as printed ("Rep: Kamran Dikarma/ Red: Friska Yolandha"). JSON-LD `author` is only
 * the fallback: it names the editor, not the reporter [DRZ][KWS].
 */
export function readByline(doc: Document): string | null {
  const printed = queryAll(doc, doc, BYLINE_SELECTORS)
    .map(textOf)
    .find(text => text !== null && BYLINE_PATTERN.test(text));
  return printed ?? readNewsArticleLd(doc)?.author ?? null;
}

/** Article info for a page known to be an article. */
export function readArticleInfo(doc: Document, url: string | null): ArticleInfo {
  return {
    isArticle: true,
    url,
    title: readTitle(doc),
    published: readPublished(doc),
    byline: readByline(doc),
  };
}

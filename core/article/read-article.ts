/**
 * Reads an article page into what the engine needs: article info plus the body's paragraph
 * elements. Read-only; the caller decides what to do with the elements.
 */
import type { ArticleInfo } from '../types';
import { readArticleInfo } from './article-info';
import { findArticleBody, readParagraphs } from './body';

/** An article as read from the page. */
export interface ArticleRead {
  info: ArticleInfo;
  /** The FIRST article body (not the next-article feed under it). */
  body: Element;
  /** The body's paragraphs in reading order; `textContent` of each is what the engine reads. */
  paragraphs: Element[];
}

/** Reads the first article body of `doc`, or returns null when the page has none. */
export function readArticle(doc: Document, url: string | null): ArticleRead | null {
  const body = findArticleBody(doc);
  if (!body) return null;
  return { info: readArticleInfo(doc, url), body, paragraphs: readParagraphs(body) };
}

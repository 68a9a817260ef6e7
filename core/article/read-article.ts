/**
 * Reads an article page into what the engine needs: article info plus the body's paragraph
 * elements. Read-only; the caller decides what to do with the elements.
 */
import type { ArticleInfo } from '../types';
import { readArticleInfo } from './article-info';
import type { ArticleSignals } from './detect';
import { findArticleBody, readParagraphsWork } from './body';
import { runNow, type Work } from './work';

/** An article as read from the page. */
export interface ArticleRead {
  info: ArticleInfo;
  /** The FIRST article body (not the next-article feed under it). */
  body: Element;
  /** The body's paragraphs in reading order; `textContent` of each is what the engine reads. */
  paragraphs: Element[];
  /** Each paragraph's `textContent`, read once, in the same order. */
  texts: string[];
}

/** Reads the first article body of `doc`, or returns null when the page has none. */
export function readArticle(doc: Document, url: string | null): ArticleRead | null {
  return runNow(readArticleWork(doc, url));
}

/**
 * `readArticle` as work that may pause between paragraphs (work.ts). `signals`: what the caller
 * found testing the page in this same task (detect.ts's `readArticleSignals`): its body and JSON-LD
 * block are taken as they are, not looked for and parsed again.
 */
export function* readArticleWork(
  doc: Document,
  url: string | null,
  signals?: ArticleSignals,
): Work<ArticleRead | null> {
  const body = signals ? signals.body : findArticleBody(doc);
  if (!body) return null;
  const info = signals ? readArticleInfo(doc, url, signals.ld) : readArticleInfo(doc, url);
  const { paragraphs, texts } = yield* readParagraphsWork(body);
  return { info, body, paragraphs, texts };
}

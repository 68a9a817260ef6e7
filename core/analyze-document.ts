/**
 * The page side's one call into the engine: read the article from a document, analyse its
 * paragraphs, and hand back the paragraph elements the spans refer to. Read-only.
 */
import { analyzeParagraphs } from './analyze';
import { isArticlePage } from './article/detect';
import { notArticleAnalysis } from './article/not-article';
import { readArticle } from './article/read-article';
import type { Analysis } from './types';

export { notArticleAnalysis };

/** An analysed page: `analysis.spans[id].paragraph` indexes `paragraphs`. */
export interface DocumentAnalysis {
  analysis: Analysis;
  /** The article's paragraph elements, in the order given to the engine ([] on non-articles). */
  paragraphs: Element[];
  /** The article body ([] paragraphs and null body on non-articles). */
  body: Element | null;
}

/**
 * Analyses the article on `doc` (served at `url`, or null for a saved page of unknown address). Paragraph text is each element's
 * `textContent`, unmodified, so span offsets map straight back onto the element's text nodes.
 */
export function analyzeDocument(doc: Document, url: string | null): DocumentAnalysis {
  const read = isArticlePage(doc, url) ? readArticle(doc, url) : null;
  if (!read) return { analysis: notArticleAnalysis(url), paragraphs: [], body: null };
  const texts = read.paragraphs.map(el => el.textContent ?? '');
  return {
    analysis: analyzeParagraphs(texts, read.info),
    paragraphs: read.paragraphs,
    body: read.body,
  };
}

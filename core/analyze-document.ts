/**
 * The page side's one call into the engine: read the article from a document, analyse its
 * paragraphs, and hand back the paragraph elements the spans refer to. Read-only.
 */
import { analyzeParagraphs } from './analyze';
import { isArticlePage } from './article/detect';
import { notArticleAnalysis } from './article/not-article';
import { readArticle, type ArticleRead } from './article/read-article';
import type { Analysis, ArticleInfo } from './types';

export { notArticleAnalysis };

/** An analysed page: `analysis.spans[id].paragraph` indexes `paragraphs`. */
export interface DocumentAnalysis {
  analysis: Analysis;
  /** The article's paragraph elements, in the order given to the engine ([] on non-articles). */
  paragraphs: Element[];
  /** The article body ([] paragraphs and null body on non-articles). */
  body: Element | null;
}

/** An article's text as read from a page: its paragraphs' texts, in order, and its info. */
export interface DocumentText {
  texts: string[];
  info: ArticleInfo;
}

/** The article on `doc`, its paragraphs' texts read once with them; null on non-articles. */
function readArticleOn(doc: Document, url: string | null): ArticleRead | null {
  return isArticlePage(doc, url) ? readArticle(doc, url) : null;
}

/**
 * The article text on `doc` (null on non-articles): plain strings, which outlive the document, so
 * a caller holding a big parsed page (the CLI's jsdom) can let it go before the engine runs and
 * pay for the page or the analysis at one time, never both. `analyzeParagraphs(texts, info)` is
 * `analyzeDocument(doc, url).analysis`.
 */
export function readDocumentText(doc: Document, url: string | null): DocumentText | null {
  const read = readArticleOn(doc, url);
  return read && { texts: read.texts, info: read.info };
}

/**
 * Analyses the article on `doc` (served at `url`, or null for a saved page of unknown address). Paragraph text is each element's
 * `textContent`, unmodified, so span offsets map straight back onto the element's text nodes.
 */
export function analyzeDocument(doc: Document, url: string | null): DocumentAnalysis {
  const read = readArticleOn(doc, url);
  if (!read) return { analysis: notArticleAnalysis(url), paragraphs: [], body: null };
  return {
    analysis: analyzeParagraphs(read.texts, read.info),
    paragraphs: read.paragraphs,
    body: read.body,
  };
}

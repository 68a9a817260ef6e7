/**
 * What the page code reads of a page, once per analysis: every article (the page's own, then
 * those the next-article feed appended) with its body and paragraph elements, and each
 * paragraph's text for the background's engine. DOM only, and as work that may pause
 * (core/article/work.ts), so a big article is read in slices (slicer.ts).
 */
import type { DocumentAnalysis } from '../../core/analyze-document';
import type { ArticleSignals } from '../../core/article/detect';
import { notArticleAnalysis } from '../../core/article/not-article';
import { readPageArticlesWork } from '../../core/article/read-page';
import type { Work } from '../../core/article/work';
import type { ArticleText } from '../../core/protocol';
import { SCHEMA_VERSION, type Analysis, type ArticleInfo } from '../../core/types';

/** The page as read: the pending analyses (one per article) and the text the engine is sent. */
export interface PageRead {
  pages: DocumentAnalysis[];
  /** Per article, its info and its paragraphs' text (read with the paragraphs, not again). */
  texts: ArticleText[];
}

/** An article's analysis before the background's answer: its info, no quotes yet. */
function pendingAnalysis(info: ArticleInfo): Analysis {
  return {
    result: { schemaVersion: SCHEMA_VERSION, article: info, speakers: [], quotes: [] },
    spans: {},
  };
}

/**
 * Reads `doc` (at `url`); on a page that is not an article, one not-an-article analysis.
 * `detected`: an article was found at `url` just before (detected.ts), with what that test found
 * when it was in this task (core/article/read-page.ts).
 */
export function* readPageWork(
  doc: Document,
  url: string,
  detected: boolean | ArticleSignals = false,
): Work<PageRead> {
  const articles = yield* readPageArticlesWork(doc, url, detected);
  if (articles.length === 0) {
    return {
      pages: [{ analysis: notArticleAnalysis(url), paragraphs: [], body: null }],
      texts: [],
    };
  }
  return {
    pages: articles.map(({ info, body, paragraphs }) => ({
      analysis: pendingAnalysis(info),
      paragraphs,
      body,
    })),
    texts: articles.map(({ info, texts }) => ({ info, paragraphs: texts })),
  };
}

/**
 * The analysis of a page that is not an article: no quotes, `isArticle: false`. Its own module so
 * that the page code can answer the panel (after an in-page move off an article) without pulling
 * in the engine.
 */
import { SCHEMA_VERSION, type Analysis, type ArticleInfo } from '../types';

/** The analysis of a page that is not an article (`url` null for a saved page of unknown address). */
export function notArticleAnalysis(url: string | null): Analysis {
  const article: ArticleInfo = {
    isArticle: false,
    url,
    title: null,
    published: null,
    byline: null,
  };
  return {
    result: { schemaVersion: SCHEMA_VERSION, article, speakers: [], quotes: [] },
    spans: {},
  };
}

/**
 * The engine's entry points. Pure: they read text and return data, and never touch a page.
 *
 * - `analyzeParagraphs`: the article body as paragraphs (what the content script reads from the DOM).
 * - `analyzeText`: a page's text as copied, one paragraph per line, clutter lines included (the CLI).
 */
import { SCHEMA_VERSION, type Analysis, type ArticleInfo } from './types';

/** Article info for text that is not known to be anything else. */
export function emptyArticleInfo(overrides: Partial<ArticleInfo> = {}): ArticleInfo {
  return { isArticle: true, url: null, title: null, published: null, byline: null, ...overrides };
}

/**
 * Finds every quoted declaration in the paragraphs and ties it to its speaker.
 * `paragraph` indexes and `spans` refer to positions in `paragraphs` as given.
 * Paragraphs that are page clutter ("Baca Juga", "Foto: …", captions) are skipped.
 */
export function analyzeParagraphs(paragraphs: readonly string[], article: ArticleInfo): Analysis {
  // STUB: replaced by the attribution engine (issue #2).
  void paragraphs;
  return {
    result: { schemaVersion: SCHEMA_VERSION, article, speakers: [], quotes: [] },
    spans: {},
  };
}

/**
 * Analyses a page's text as copied (one paragraph per line). The header lines before the article
 * body (date, headline, standfirst, "Rep: …/ Red: …", photo caption) give the article info and are
 * never read as quotes. `paragraph` indexes refer to the lines of `text` (0-based, blank lines counted).
 */
export function analyzeText(text: string, options: { url?: string | null } = {}): Analysis {
  const lines = text.split(/\r?\n/);
  return analyzeParagraphs(lines, emptyArticleInfo({ url: options.url ?? null }));
}

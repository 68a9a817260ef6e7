/**
 * The engine's entry points. Pure: they read text and return data, and never touch a page.
 *
 * - `analyzeParagraphs`: the article body as paragraphs (what the content script reads from the DOM).
 * - `analyzeText`: a page's text as copied, one paragraph per line, clutter lines included (the CLI).
 */
import { bodyParagraphs, readHeader } from './engine/text/paragraphs';
import { analyzeBody } from './engine/pipeline';
import { splitLines } from './engine/text/string-scans';
import type { Analysis, ArticleInfo } from './types';

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
  return analyzeBody(paragraphs, bodyParagraphs(paragraphs, 0), article);
}

/**
 * Analyses a page's text as copied (one paragraph per line). The header lines before the article
 * body (date, headline, standfirst, "Rep: …/ Red: …", photo caption) give the article info and are
 * never read as quotes. `paragraph` indexes refer to the lines of `text` (0-based, blank lines counted).
 */
export function analyzeText(text: string, options: { url?: string | null } = {}): Analysis {
  const lines = splitLines(text);
  const { bodyStart, info } = readHeader(lines);
  const article = emptyArticleInfo({
    url: options.url ?? null,
    title: info.title ?? null,
    published: info.published ?? null,
    byline: info.byline ?? null,
  });
  return analyzeBody(lines, bodyParagraphs(lines, bodyStart), article);
}

/**
 * Reads every article of a page from its DOM, for the page code: the page's own article, then
 * those Republika's next-article feed appended under it (feed.ts). DOM only, no engine: the page
 * sends the paragraphs' text to the background, which analyses it (core/analyze-articles.ts).
 * Read-only.
 */
import type { ArticleInfo } from '../types';
import { isArticlePage, type ArticleSignals } from './detect';
import { readFeedArticlesWork } from './feed';
import { readArticleWork } from './read-article';
import type { Work } from './work';

/** One article as it stands in the page: its info, body and paragraph elements in reading order. */
export interface ArticleOnPage {
  info: ArticleInfo;
  body: Element;
  /** The paragraph elements whose `textContent` the engine reads, in order. */
  paragraphs: Element[];
  /** Each paragraph's `textContent`, read once, in the same order: what the engine is sent. */
  texts: string[];
}

/**
 * The articles of `doc` (served at `url`): the page's own first, then the feed's in page order;
 * [] when the page is not an article. Work that may pause between paragraphs (work.ts).
 * `detected`: the caller has found `doc` an article at `url` (isArticlePage), so that test is not
 * made again: `true` when that was earlier (the body and the info are read afresh), or what the
 * test found when it was in this same task (detect.ts's `readArticleSignals`: taken as it is).
 */
export function* readPageArticlesWork(
  doc: Document,
  url: string | null,
  detected: boolean | ArticleSignals = false,
): Work<ArticleOnPage[]> {
  const signals = typeof detected === 'object' ? detected : undefined;
  const own =
    detected || isArticlePage(doc, url) ? yield* readArticleWork(doc, url, signals) : null;
  if (!own) return [];
  const feed = (yield* readFeedArticlesWork(own.body)).map(article => ({
    info: { isArticle: true, url, title: article.title, published: null, byline: null },
    body: article.body,
    paragraphs: article.paragraphs,
    texts: article.texts,
  }));
  return [
    { info: own.info, body: own.body, paragraphs: own.paragraphs, texts: own.texts },
    ...feed,
  ];
}

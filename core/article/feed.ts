/**
 * Reads the articles that Republika's next-article feed appends under the page's own article
 * (§5 of docs/republika-pages.md: `div#next-article` plus `/berita/serial/next`, which appends a
 * different article after an `<hr>` and a "Halaman N / M" divider). Read-only.
 *
 * The appended markup is not confirmed by a saved page (§6.3): we take each body that matches
 * FEED_ARTICLE_SELECTORS inside the feed, and its headline is the last heading before it.
 */
import { findFeedBoundary, isInFeed, readParagraphsWork } from './body';
import { joinSelectors } from './dom-query';
import { FEED_ARTICLE_SELECTORS, FEED_HEADLINE_SELECTOR } from './selectors';
import type { Work } from './work';

/** One appended article: its headline (or null), body and paragraphs in reading order. */
export interface FeedArticle {
  title: string | null;
  body: Element;
  paragraphs: Element[];
  /** Each paragraph's text, read once. */
  texts: string[];
}

/**
 * The articles the feed has appended inside `body` (the page's own article body), in order: work
 * that may pause between paragraphs (work.ts).
 */
export function* readFeedArticlesWork(body: Element): Work<FeedArticle[]> {
  const boundary = findFeedBoundary(body);
  if (!boundary) return [];
  const doc = body.ownerDocument;
  const selector = joinSelectors(doc, FEED_ARTICLE_SELECTORS);
  if (!selector) return [];
  const bodies: Element[] = [];
  for (const el of Array.from(body.querySelectorAll(selector))) {
    if (!isInFeed(boundary, el)) continue;
    // An article nested in an earlier feed article belongs to that one's own feed: outermost wins.
    if (bodies.some(outer => outer.contains(el))) continue;
    bodies.push(el);
  }
  if (bodies.length === 0) return [];
  const headings = Array.from(body.querySelectorAll(FEED_HEADLINE_SELECTOR)).filter(h =>
    isInFeed(boundary, h),
  );
  const articles: FeedArticle[] = [];
  for (const feedBody of bodies) {
    // The last heading before the body (document order), outside it.
    const before = headings.filter(
      h => !feedBody.contains(h) && (h.compareDocumentPosition(feedBody) & 4) !== 0,
    );
    const title = before.at(-1)?.textContent?.replace(/\s+/g, ' ').trim() || null;
    const { paragraphs, texts } = yield* readParagraphsWork(feedBody);
    articles.push({ title, body: feedBody, paragraphs, texts });
  }
  return articles;
}

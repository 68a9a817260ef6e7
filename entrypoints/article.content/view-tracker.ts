/**
 * Which article of a next-article feed the reader is looking at: the last one whose body starts
 * above the upper third of the window. Checked on scroll, at most once per frame, and only while
 * the page holds more than one article. Passive: the page's scrolling is never touched.
 */
import type { DocumentAnalysis } from '../../core/analyze-document';

/** Options for `watchView`. */
export interface ViewOptions {
  articles: () => readonly DocumentAnalysis[];
  onView: (index: number) => void;
  requestFrame: (fn: () => void) => void;
}

/** The index of the article in view (0 when the page has one). */
export function articleInView(articles: readonly DocumentAnalysis[], viewHeight: number): number {
  let index = 0;
  for (let i = 1; i < articles.length; i++) {
    const body = articles[i]!.body;
    if (body?.isConnected && body.getBoundingClientRect().top < viewHeight / 3) index = i;
  }
  return index;
}

/** Starts following the reader's scrolling; returns the function that stops it. */
export function watchView(doc: Document, options: ViewOptions): () => void {
  const win = doc.defaultView;
  let queued = false;
  const check = () => {
    queued = false;
    const articles = options.articles();
    if (articles.length < 2 || !win) return;
    options.onView(articleInView(articles, win.innerHeight));
  };
  const onScroll = () => {
    if (queued || options.articles().length < 2) return;
    queued = true;
    options.requestFrame(check);
  };
  doc.addEventListener('scroll', onScroll, { capture: true, passive: true });
  return () => doc.removeEventListener('scroll', onScroll, { capture: true });
}

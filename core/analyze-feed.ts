/**
 * Analyses the articles Republika's next-article feed appended under the page's own (see
 * core/article/feed.ts). Each is analysed on its own (its speakers are its own), and its ids are
 * prefixed `a<K>-` (K = 1, 2, … in page order) so that quotes of different articles never share an
 * id in the page or the panel. Read-only.
 */
import { analyzeParagraphs } from './analyze';
import type { DocumentAnalysis } from './analyze-document';
import { readFeedArticles } from './article/feed';
import type { Analysis } from './types';

/** `analysis` with every quote and speaker id prefixed by `prefix`. */
export function prefixIds(analysis: Analysis, prefix: string): Analysis {
  const { result, spans } = analysis;
  return {
    result: {
      ...result,
      speakers: result.speakers.map(s => ({ ...s, id: prefix + s.id })),
      quotes: result.quotes.map(q => ({
        ...q,
        id: prefix + q.id,
        speakerIds: q.speakerIds.map(id => prefix + id),
      })),
    },
    spans: Object.fromEntries(Object.entries(spans).map(([id, span]) => [prefix + id, span])),
  };
}

/** The feed's articles under `body` (the page's own article body on a page at `url`). */
export function analyzeFeed(body: Element, url: string | null): DocumentAnalysis[] {
  return readFeedArticles(body).map((article, i) => {
    const texts = article.paragraphs.map(el => el.textContent ?? '');
    const info = { isArticle: true, url, title: article.title, published: null, byline: null };
    return {
      analysis: prefixIds(analyzeParagraphs(texts, info), `a${i + 1}-`),
      paragraphs: article.paragraphs,
      body: article.body,
    };
  });
}

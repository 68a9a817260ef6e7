/**
 * The background's side of the page: analyses the articles the page code read (their paragraphs'
 * text and info, see `analyzeArticles` in core/protocol.ts). Pure: text in, data out.
 *
 * Each article is analysed on its own (its speakers are its own). The K-th article after the
 * page's own (the next-article feed's) gets its ids prefixed `a<K>-`, so that quotes of
 * different articles never share an id in the page or the panel.
 */
import { analyzeParagraphs } from './analyze';
import type { ArticleText } from './protocol';
import type { Analysis } from './types';

/** One analysis per article, in order (the page's own first). */
export function analyzeArticles(articles: readonly ArticleText[]): Analysis[] {
  return articles.map((article, i) => {
    const analysis = analyzeParagraphs(article.paragraphs, article.info);
    return i === 0 ? analysis : prefixIds(analysis, `a${i}-`);
  });
}

/** `analysis` with every quote and speaker id prefixed by `prefix`. */
function prefixIds(analysis: Analysis, prefix: string): Analysis {
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

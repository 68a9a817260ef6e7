/**
 * The panel's search: which quotes match what the reader typed, over speaker names, roles and
 * quote text. Case and diacritics are ignored (`kerja sama` finds `Kerja Sama`, `e` finds `é`).
 */
import { quoteSpeakers } from '../core/summary';
import type { AnalysisResult, Quote } from '../core/types';

/** Lowercase, without diacritics, whitespace collapsed. */
function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * True when every word of `query` occurs in the quote's text or in a name or role of one of its
 * speakers (`unnamed`: the label of quotes without one). An empty query matches everything.
 */
export function quoteMatches(
  quote: Quote,
  result: AnalysisResult,
  query: string,
  unnamed: string,
): boolean {
  const words = normalise(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const speakers = quoteSpeakers(quote, result);
  const haystack = normalise(
    [
      quote.text,
      ...speakers.flatMap(s => [s.name, s.role ?? '', ...s.aliases]),
      speakers.length === 0 ? unnamed : '',
    ].join(' '),
  );
  return words.every(word => haystack.includes(word));
}

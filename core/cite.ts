/**
 * Citing one quote: its words, its speaker, and a link straight to the sentence in the article (a
 * URL text fragment, `#:~:text=`, which Chrome and Firefox both scroll to and highlight).
 */
import type { AnalysisResult, Quote } from './types';
import {
  ARTICLE_LANG,
  escapeHtml,
  quoteSpeakers,
  speakerHeading,
  type SummaryLabels,
} from './summary';

/** Words from each end of a long quote used as `textStart,textEnd` (the spec's range form). */
const EDGE_WORDS = 4;
/** A quote of at most this many words is matched whole. */
const WHOLE_WORDS = 10;

/**
 * Percent-encodes a text-fragment term: everything `encodeURIComponent` does, plus `-` and `,`
 * (and `&`), which the text-fragment syntax reserves as prefix/suffix and range separators.
 */
export function encodeFragmentTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');
}

/**
 * `url` (without its own fragment) plus `#:~:text=` for `text`: the whole text when short, else
 * its first and last words as a range, so a link stays short and still lands on this sentence.
 * Whitespace runs collapse to one space (the browser matches rendered text).
 */
export function textFragmentUrl(url: string, text: string): string {
  const base = url.split('#')[0]!;
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const term =
    words.length <= WHOLE_WORDS
      ? encodeFragmentTerm(words.join(' '))
      : `${encodeFragmentTerm(words.slice(0, EDGE_WORDS).join(' '))},${encodeFragmentTerm(
          words.slice(-EDGE_WORDS).join(' '),
        )}`;
  return `${base}#:~:text=${term}`;
}

/** The quote's speakers, `Name (role)` joined with ` & `; the unnamed label when none. */
function speakersOf(quote: Quote, result: AnalysisResult, labels: SummaryLabels): string {
  const speakers = quoteSpeakers(quote, result);
  return speakers.length ? speakers.map(speakerHeading).join(' & ') : labels.unnamed;
}

/** The quote as it reads in a citation: direct in curly quotes, reported as it is. */
function citedWords(quote: Quote): string {
  return quote.type === 'direct' ? `“${quote.text}”` : quote.text;
}

/** Plain text: the quote, `— speaker`, the link to the sentence (when the article has a URL). */
export function citeText(quote: Quote, result: AnalysisResult, labels: SummaryLabels): string {
  const url = result.article.url;
  const lines = [citedWords(quote), `— ${speakersOf(quote, result, labels)}`];
  if (url) lines.push(textFragmentUrl(url, quote.text));
  return lines.join('\n') + '\n';
}

/**
 * HTML for rich paste: a blockquote in the article's language, and the speaker with a link to the
 * sentence. Escaped here; the caller still passes it through core/sanitize.ts.
 */
export function citeHtml(quote: Quote, result: AnalysisResult, labels: SummaryLabels): string {
  const { url, title } = result.article;
  const who = escapeHtml(speakersOf(quote, result, labels));
  const link =
    url && /^https?:\/\//i.test(url)
      ? ` — <a href="${escapeHtml(textFragmentUrl(url, quote.text))}">${escapeHtml(title ?? url)}</a>`
      : '';
  return (
    `<blockquote lang="${ARTICLE_LANG}">${escapeHtml(citedWords(quote))}</blockquote>\n` +
    `<p>— ${who}${link}</p>`
  );
}

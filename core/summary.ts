/**
 * The panel's view of a result, and the "copy summary" text built from it.
 *
 * Pure: the panel renders `groupBySpeaker`, the copy button and `npm start` print `formatSummaryText`,
 * so what the reader sees and what they paste never disagree.
 */
import type { AnalysisResult, Quote, Speaker } from './types';

/** One speaker (or the unnamed group) with their quotes in article order. */
export interface SpeakerGroup {
  /** Null for the group of quotes whose speaker the article does not name. */
  speaker: Speaker | null;
  /** Position in `AnalysisResult.speakers` (for `speakerColor`); -1 for the unnamed group. */
  index: number;
  quotes: Quote[];
}

/** Words the summary needs; the panel passes its UI language, Node callers take the defaults. */
export interface SummaryLabels {
  unnamed: string;
  reported: string;
}

/** Indonesian, like the articles. */
export const DEFAULT_SUMMARY_LABELS: SummaryLabels = {
  unnamed: 'Tanpa nama',
  reported: 'tidak langsung',
};

/**
 * Speakers with their quotes, most quoted first (ties keep the result's order), then the unnamed
 * group. A quote said by several speakers (`kata Xi dan Putin`) is listed under each of them.
 */
export function groupBySpeaker(result: AnalysisResult): SpeakerGroup[] {
  const groups = result.speakers.map((speaker, index) => ({
    speaker,
    index,
    quotes: [] as Quote[],
  }));
  const byId = new Map(groups.map(group => [group.speaker.id, group]));
  const unnamed: SpeakerGroup = { speaker: null, index: -1, quotes: [] };
  for (const quote of result.quotes) {
    const owners = quote.speakerIds.map(id => byId.get(id)).filter(group => group !== undefined);
    // An id the result does not define is a bug upstream; showing the quote as unnamed beats losing it.
    if (owners.length === 0) unnamed.quotes.push(quote);
    for (const owner of owners) owner.quotes.push(quote);
  }
  const named = groups
    .filter(group => group.quotes.length > 0)
    // Array.prototype.sort is stable, so equal counts keep the result's (first-mention) order.
    .sort((a, b) => b.quotes.length - a.quotes.length);
  return unnamed.quotes.length > 0 ? [...named, unnamed] : named;
}

/** `Name (role)`, or just the name; the unnamed group's label for null. */
export function speakerHeading(speaker: Speaker | null, labels = DEFAULT_SUMMARY_LABELS): string {
  if (!speaker) return labels.unnamed;
  return speaker.role ? `${speaker.name} (${speaker.role})` : speaker.name;
}

/** A quote as the summary prints it: direct ones in curly quotes, reported ones labelled. */
export function quoteLine(quote: Quote, labels = DEFAULT_SUMMARY_LABELS): string {
  return quote.type === 'direct' ? `“${quote.text}”` : `(${labels.reported}) ${quote.text}`;
}

/** Plain-text summary: title, URL, then each speaker's heading and quotes as `- ` lines. */
export function formatSummaryText(result: AnalysisResult, labels = DEFAULT_SUMMARY_LABELS): string {
  const head = [result.article.title, result.article.url].filter(line => !!line);
  const blocks = groupBySpeaker(result).map(group =>
    [
      speakerHeading(group.speaker, labels),
      ...group.quotes.map(quote => `- ${quoteLine(quote, labels)}`),
    ].join('\n'),
  );
  return [head.join('\n'), ...blocks].filter(block => block !== '').join('\n\n') + '\n';
}

/**
 * The same summary as HTML for rich paste (mail, documents). Every piece of page text is escaped
 * here; the copy button still passes the result through core/sanitize.ts before it leaves.
 */
export function formatSummaryHtml(result: AnalysisResult, labels = DEFAULT_SUMMARY_LABELS): string {
  const { title, url } = result.article;
  const parts: string[] = [];
  if (title) parts.push(`<h2>${escapeHtml(title)}</h2>`);
  // Only web links become anchors: a `javascript:` URL must never be pasted as a live link.
  if (url && /^https?:\/\//i.test(url)) {
    parts.push(`<p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>`);
  } else if (url) {
    parts.push(`<p>${escapeHtml(url)}</p>`);
  }
  for (const group of groupBySpeaker(result)) {
    parts.push(`<h3>${escapeHtml(speakerHeading(group.speaker, labels))}</h3>`);
    const items = group.quotes.map(quote => `<li>${escapeHtml(quoteLine(quote, labels))}</li>`);
    parts.push(`<ul>${items.join('')}</ul>`);
  }
  return parts.join('\n');
}

/** Escapes text for use in HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Why the engine tied a quote to its speaker, e.g. `ujarnya → Iriawan`, `kata Xi dan Putin → Xi
 * Jinping, Vladimir Putin`: the cue (and the naming words when the cue does not contain them), then
 * who they resolved to. Empty for a floating quote with nothing to show.
 */
export function explainQuote(quote: Quote, result: AnalysisResult): string {
  const names = quote.speakerIds
    .map(id => result.speakers.find(speaker => speaker.id === id)?.name)
    .filter(name => name !== undefined);
  const mention = quote.mention?.replace(/^-/, '') ?? '';
  const words = [quote.cue, mention && !quote.cue?.includes(mention) ? quote.mention : null]
    .filter(word => !!word)
    .join(' ');
  if (names.length === 0) return words;
  return words ? `${words} → ${names.join(', ')}` : `→ ${names.join(', ')}`;
}

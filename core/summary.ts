/**
 * The panel's view of a result, and the "copy summary" text built from it.
 *
 * Pure: the panel renders `groupBySpeaker`, the copy button and `npm start` print `formatSummaryText`,
 * so what the reader sees and what they paste never disagree.
 */
import { joinNames } from './join-names';
import type { AnalysisResult, Quote, Speaker } from './types';

/** A speaker of a group, with their position in `AnalysisResult.speakers` (for `speakerColor`). */
export interface GroupMember {
  speaker: Speaker;
  index: number;
}

/**
 * One card of the panel and one block of the summary: the quotes said by exactly this set of
 * speakers, in article order. A joint quote (`kata Xi dan Putin`) lives on the pair's card only,
 * so it is listed once; each member's solo quotes stay on their own card.
 */
export interface SpeakerGroup {
  /** Stable key for the set: the members' ids joined in result order; '' for the unnamed group. */
  key: string;
  /** Who said these quotes together, in result order; empty for quotes with no named speaker. */
  members: GroupMember[];
  quotes: Quote[];
}

/**
 * The language of the articles, and so of every quoted text: Republika writes in Indonesian. The
 * panel and copied HTML put it on each quote (`lang="id"`) so a screen reader in an English UI
 * reads the quote with Indonesian pronunciation.
 */
export const ARTICLE_LANG = 'id';

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
 * Quotes grouped by the SET of speakers who said them: most quotes first (ties: the group whose
 * first quote comes first in the article), the unnamed group last. `kata Xi dan Putin` and
 * `kata Putin dan Xi` are the same set, so they share a card.
 */
export function groupBySpeaker(result: AnalysisResult): SpeakerGroup[] {
  const indexOf = new Map(result.speakers.map((speaker, index) => [speaker.id, index]));
  // Map keeps insertion order, which is the order of each group's first quote.
  const groups = new Map<string, SpeakerGroup>();
  const unnamed: SpeakerGroup = { key: '', members: [], quotes: [] };
  for (const quote of result.quotes) {
    // An id the result does not define is a bug upstream; dropping it (and, when none is left,
    // showing the quote as unnamed) beats losing the quote.
    const indexes = [...new Set(quote.speakerIds.map(id => indexOf.get(id)))]
      .filter(index => index !== undefined)
      .sort((a, b) => a - b);
    if (indexes.length === 0) {
      unnamed.quotes.push(quote);
      continue;
    }
    const members = indexes.map(index => ({ speaker: result.speakers[index]!, index }));
    const key = members.map(member => member.speaker.id).join('+');
    const group = groups.get(key) ?? { key, members, quotes: [] };
    group.quotes.push(quote);
    groups.set(key, group);
  }
  // Array.prototype.sort is stable, so equal counts keep first-appearance order.
  const named = [...groups.values()].sort((a, b) => b.quotes.length - a.quotes.length);
  return unnamed.quotes.length > 0 ? [...named, unnamed] : named;
}

/** The quote's speakers, in its order; ids the result does not know are left out. */
export function quoteSpeakers(
  quote: { readonly speakerIds: readonly string[] },
  result: Pick<AnalysisResult, 'speakers'>,
): Speaker[] {
  return quote.speakerIds
    .map(id => result.speakers.find(s => s.id === id))
    .filter(s => s !== undefined);
}

/** `Name (role)`, or just the name. */
export function speakerHeading(speaker: Speaker): string {
  return speaker.role ? `${speaker.name} (${speaker.role})` : speaker.name;
}

/** The members' names joined with ` & ` (`Xi Jinping & Vladimir Putin`); the unnamed label. */
export function groupName(
  group: SpeakerGroup,
  labels: Pick<SummaryLabels, 'unnamed'> = DEFAULT_SUMMARY_LABELS,
): string {
  if (group.members.length === 0) return labels.unnamed;
  return group.members.map(member => member.speaker.name).join(' & ');
}

/**
 * The summary's heading for a group: each member with their role, joined with ` & `
 * (`Xi Jinping (Presiden China) & Vladimir Putin (Presiden Rusia)`); the unnamed label.
 */
export function groupHeading(group: SpeakerGroup, labels = DEFAULT_SUMMARY_LABELS): string {
  if (group.members.length === 0) return labels.unnamed;
  return group.members.map(member => speakerHeading(member.speaker)).join(' & ');
}

/** A quote as the summary prints it: direct ones in curly quotes, reported ones labelled. */
export function quoteLine(quote: Quote, labels = DEFAULT_SUMMARY_LABELS): string {
  return quote.type === 'direct' ? `“${quote.text}”` : `(${labels.reported}) ${quote.text}`;
}

/** Plain-text summary: title, URL, then each group's heading and its quotes as `- ` lines. */
export function formatSummaryText(result: AnalysisResult, labels = DEFAULT_SUMMARY_LABELS): string {
  const head = [result.article.title, result.article.url].filter(line => !!line);
  const blocks = groupBySpeaker(result).map(group =>
    [
      groupHeading(group, labels),
      ...group.quotes.map(quote => `- ${quoteLine(quote, labels)}`),
    ].join('\n'),
  );
  return [head.join('\n'), ...blocks].filter(block => block !== '').join('\n\n') + '\n';
}

/** Escapes Markdown's inline syntax (and raw HTML) in page text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, match => `\\${match}`);
}

/** The summary as Markdown: the title as a heading, the URL as a link, a heading per card. */
export function formatSummaryMarkdown(
  result: AnalysisResult,
  labels = DEFAULT_SUMMARY_LABELS,
): string {
  const { title, url } = result.article;
  const parts: string[] = [];
  if (title) parts.push(`## ${escapeMarkdown(title)}`);
  if (url && /^https?:\/\//i.test(url))
    parts.push(`<${url.replace(/[<>\s]/g, encodeURIComponent)}>`);
  for (const group of groupBySpeaker(result)) {
    const lines = group.quotes.map(quote => `- ${escapeMarkdown(quoteLine(quote, labels))}`);
    parts.push(`### ${escapeMarkdown(groupHeading(group, labels))}\n\n${lines.join('\n')}`);
  }
  return parts.join('\n\n') + '\n';
}

/**
 * The same summary as HTML for rich paste (mail, documents). Every piece of page text is escaped
 * here; the copy button still passes the result through core/sanitize.ts before it leaves.
 */
export function formatSummaryHtml(result: AnalysisResult, labels = DEFAULT_SUMMARY_LABELS): string {
  const { title, url } = result.article;
  const parts: string[] = [];
  if (title) parts.push(`<h2 lang="${ARTICLE_LANG}">${escapeHtml(title)}</h2>`);
  // Only web links become anchors: a `javascript:` URL must never be pasted as a live link.
  if (url && /^https?:\/\//i.test(url)) {
    parts.push(`<p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>`);
  } else if (url) {
    parts.push(`<p>${escapeHtml(url)}</p>`);
  }
  for (const group of groupBySpeaker(result)) {
    parts.push(`<h3>${escapeHtml(groupHeading(group, labels))}</h3>`);
    const items = group.quotes.map(
      quote => `<li lang="${ARTICLE_LANG}">${escapeHtml(quoteLine(quote, labels))}</li>`,
    );
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
 * The "why" line, in plain words: how the text names the speaker at this quote and whom that
 * points to. One function for the panel, the page's tooltip and the CLI; the wording comes from
 * the caller (the panel and the page pass their UI language, Node callers take Indonesian).
 */
export interface WhyLabels {
  /** The words name the speaker outright: `kata Budi` → Budi Santoso. */
  named(words: string, names: string): string;
  /** A pronoun or -nya that points back to a speaker named earlier (paragraph 1-based, or null). */
  pointsBack(words: string, names: string, paragraph: number | null): string;
  /** No words at this quote: it continues the speaker's previous quote. */
  continues(names: string): string;
  /** Words that describe someone without a name (`kata seorang warga`). */
  unnamed(words: string): string;
  /** Joins several names (`Xi Jinping dan Vladimir Putin`). */
  and: string;
}

/** Indonesian, like the articles (the CLI and tests). */
export const DEFAULT_WHY_LABELS: WhyLabels = {
  named: (words, names) => `Disebut di sini sebagai “${words}”: ${names}.`,
  pointsBack: (words, names, paragraph) =>
    paragraph === null
      ? `Disebut di sini sebagai “${words}”, yang merujuk ke ${names}.`
      : `Disebut di sini sebagai “${words}”, yang merujuk ke ${names}, disebut di paragraf ${paragraph}.`,
  continues: names => `Tanpa penanda di sini: lanjutan kutipan sebelumnya dari ${names}.`,
  unnamed: words => `Disebut di sini sebagai “${words}”, tanpa nama.`,
  and: 'dan',
};

/**
 * Words that point back to someone named earlier instead of naming them (`ujarnya`, `kata dia`).
 * Indonesian personal pronouns and the -nya clitic as the engine reports them in `Quote.mention`.
 */
const POINTING_WORDS = /^(-?nya|dia|ia|beliau|mereka|keduanya|kami|kita)$/i;

/** True when `mention` points back rather than names. */
function pointsBack(mention: string | null): boolean {
  return mention !== null && POINTING_WORDS.test(mention.trim());
}

/**
 * The words of the text that name the speaker at this quote: the mention (`Xi dan Putin`,
 * `mereka`), or the cue when it holds the mention itself (`ujarnya` for -nya) or there is none.
 */
function attributionWords(quote: Quote): string {
  const mention = quote.mention?.replace(/^-/, '') ?? '';
  if (mention && !quote.cue?.includes(mention)) return quote.mention!;
  return quote.cue ?? '';
}

/**
 * The paragraph (1-based) where the quote's first speaker was last named outright before (or at)
 * this quote, from the quotes the engine found; null when no earlier quote names them.
 */
function namedInParagraph(quote: Quote, result: AnalysisResult): number | null {
  const speakerId = quote.speakerIds[0];
  let found: number | null = null;
  for (const other of result.quotes) {
    if (other === quote || other.paragraph > quote.paragraph) break;
    if (other.speakerIds[0] !== speakerId || other.mention === null) continue;
    if (!pointsBack(other.mention)) found = other.paragraph + 1;
  }
  return found;
}

/**
 * Why the quote belongs to its speaker, in plain words (see `WhyLabels`). Empty for a floating
 * quote with no speaker and no words.
 */
export function explainQuote(
  quote: Quote,
  result: AnalysisResult,
  labels: WhyLabels = DEFAULT_WHY_LABELS,
): string {
  const names = quote.speakerIds
    .map(id => result.speakers.find(speaker => speaker.id === id)?.name)
    .filter(name => name !== undefined);
  const who = joinNames(names, () => labels.and);
  const words = attributionWords(quote);
  if (names.length === 0) return words ? labels.unnamed(words) : '';
  if (!words) return labels.continues(who);
  if (pointsBack(quote.mention)) {
    return labels.pointsBack(words, who, namedInParagraph(quote, result));
  }
  return labels.named(words, who);
}

/**
 * Which lines are article body: header lines (date, headline, standfirst, byline, caption) give
 * the article info; clutter lines are skipped; the `REPUBLIKA.CO.ID, CITY --` dateline opens the body.
 */
import {
  isClutterLine,
  isEndOfArticle,
  isLinkLabel,
  isOutletClutterLine,
} from '../../lexicon/clutter';
import {
  caselessAscii,
  codePointAt,
  cpLength,
  isDigitUnit,
  isLetterCp,
  isSpaceCp,
  isUpperCp,
  runOf,
} from './chars';
import type { ArticleInfo } from '../../types';
import type { BodyParagraph } from '../candidate';
import { pairMarks } from '../quotes/quote-marks';
import { insideAny, tokenize } from './text';
import { featureOn } from '../features';
import { isHeadlineLine } from './headline-line';
import { WEEKDAYS } from '../../lexicon/time-nouns';
import { agencyDatelineDash, cityDashEnd } from './city-dateline';

// The dateline `REPUBLIKA.CO.ID, JAKARTA -- ` and the header date `Senin 12 Januari 2024 10:30`, as
//   /^\s*REPUBLIKA\.CO\.ID\s*,[\s\u00a0]*(?:[\p{Lu}][\p{L} .'/-]{0,40}?[\s\u00a0]*(?:--|–|—|-)[\s\u00a0]*)?/u
//   /^(?:Senin|…|Ahad)\s+\d{1,2}\s+\p{L}+\s+\d{4}\s+\d{1,2}:\d{2}/u
// read without compiling their letter classes (a cold page load paid for those on every article):
// a string scan for the dateline's head, a scan for the date's fixed parts (dateMonth, as
// `/^(?:Senin|…|Jum'at|…|Ahad)\s+\d{1,2}\s+(\S+)\s+\d{4}\s+\d{1,2}:\d{2}/` read them), code-point
// tests for the city and the month.
/** Longest city before the dateline's dash, in characters after its capital. */
const MAX_CITY = 40;

/** The day names a header date opens with. */
const DATE_DAYS: readonly string[] = [...WEEKDAYS, "Jum'at"];

/**
 * The month word of a header date (`Senin 12 Januari 2024 10:30`), read as the date regex above
 * reads it (no part of it can backtrack: each run of spaces, digits or other characters is read
 * whole), or null.
 */
export function dateMonth(line: string): string | null {
  const day = DATE_DAYS.find(d => line.startsWith(d));
  if (day === undefined) return null;
  let i = day.length;
  const run = (test: (unit: number) => boolean): number => {
    const from = i;
    while (i < line.length && test(line.charCodeAt(i))) i++;
    return i - from;
  };
  const notSpace = (unit: number) => !isSpaceCp(unit);
  if (!run(isSpaceCp)) return null;
  const date = run(isDigitUnit);
  if (date < 1 || date > 2 || !run(isSpaceCp)) return null;
  const from = i;
  if (!run(notSpace)) return null;
  const month = line.slice(from, i);
  if (!run(isSpaceCp)) return null;
  if (run(isDigitUnit) !== 4 || !run(isSpaceCp)) return null;
  const hour = run(isDigitUnit);
  if (hour < 1 || hour > 2 || line.charCodeAt(i) !== 0x3a) return null;
  i++;
  return run(isDigitUnit) >= 2 ? month : null;
}

const isDateLine = (line: string): boolean => {
  const month = dateMonth(line);
  return month !== null && runOf(month, isLetterCp) > 0;
};

/** `[\p{L} .'/-]`: a character of a dateline's city. */
const isCityCp = (cp: number): boolean =>
  cp === 0x20 || cp === 0x2e || cp === 0x27 || cp === 0x2f || cp === 0x2d || isLetterCp(cp);

function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpaceCp(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The length of the dateline's head opening `text` (`REPUBLIKA.CO.ID, ` with any white space
 * around the comma, as `^\s*REPUBLIKA\.CO\.ID\s*,\s*` reads it), or -1.
 */
function datelineHead(text: string): number {
  const at = skipSpaces(text, 0);
  if (!text.startsWith('REPUBLIKA.CO.ID', at)) {
    // `Jakarta (ANTARA) - `: the head ends at the dash, as another outlet's does.
    const agency = featureOn('text.cityDateline') ? agencyDatelineDash(text, at) : -1;
    if (agency >= 0) return agency;
    return featureOn('text.outletDateline') ? outletDatelineHead(text) : -1;
  }
  const comma = skipSpaces(text, at + 'REPUBLIKA.CO.ID'.length);
  return text[comma] === ',' ? skipSpaces(text, comma + 1) : -1;
}

/** An ASCII letter or digit, the characters of a web address's parts. */
const isAsciiAlnum = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** The last part of an outlet's web address written in a dateline (`KANALTUJUH.id`, `Warta.com`). */
const OUTLET_ENDINGS: ReadonlySet<string> = new Set(['com', 'id', 'co', 'net', 'org', 'news']);

/**
 * The length of an outlet's web address at `i` (`HARIANSATU.com`, `Kanal.co.id`): letters,
 * digits and inner hyphens, then dotted parts, the last a common ending (OUTLET_ENDINGS); 0 when there is none.
 */
function outletAt(text: string, i: number): number {
  let j = i;
  let parts = 0;
  let last: string;
  for (;;) {
    const from = j;
    // A hyphen joins two parts of a name (`Suara-Rakyat.com`), never opens or closes one.
    while (
      isAsciiAlnum(text.charCodeAt(j)) ||
      (text[j] === '-' && j > from && isAsciiAlnum(text.charCodeAt(j + 1)))
    )
      j++;
    if (j === from) return 0;
    last = text.slice(from, j).toLowerCase();
    parts++;
    if (text[j] !== '.' || !isAsciiAlnum(text.charCodeAt(j + 1))) break;
    j++;
  }
  return parts > 1 && OUTLET_ENDINGS.has(last) ? j - i : 0;
}

/**
 * Another outlet's dateline (`KANALTUJUH.id, Makassar - `, `JAKARTA, HARIANSATU.com — `): its
 * head as datelineHead reads Republika's: after the address and its comma (datelineEnd then reads
 * the city before the dash), or at the dash after a city, a comma and the address. -1 unless a dash
 * closes it, so a sentence that merely names a web address opens no body.
 */
function outletDatelineHead(text: string): number {
  const at = skipSpaces(text, 0);
  const n = outletAt(text, at);
  if (n > 0 && text[at + n] === ',') return closedByDash(text, skipSpaces(text, at + n + 1));
  const comma = text.indexOf(',', at);
  if (comma < 0 || comma - at > MAX_CITY || !isUpperCp(codePointAt(text, at))) return -1;
  // A city's words are capitalised (`JAKARTA`, `Kota Baru`): a clause before a comma is none.
  for (let q = at; q < comma; q++) {
    const c = text.charCodeAt(q);
    if (!isCityCp(c) || (text[q - 1] === ' ' && !isUpperCp(c))) return -1;
  }
  const p = skipSpaces(text, comma + 1);
  const n2 = outletAt(text, p);
  // The address is no city: the head ends at the dash after it (datelineEnd steps over it).
  const dash = skipSpaces(text, p + n2);
  return n2 > 0 && dashAt(text, dash) ? dash : -1;
}

/** `p` when a dash follows within a city's length of it, else -1. */
function closedByDash(text: string, p: number): number {
  for (let q = p; q <= p + MAX_CITY && q < text.length; q++) if (dashAt(text, q)) return p;
  return -1;
}

/** Length of the dash at `i` (`--`, `–`, `—` or `-`), 0 when none. */
function dashAt(text: string, i: number): number {
  if (text.startsWith('--', i)) return 2;
  const c = text[i];
  return c === '–' || c === '—' || c === '-' ? 1 : 0;
}

/** Where the body text starts after the dateline opening `text`, 0 when it has none. */
function datelineEnd(text: string): number {
  const p = datelineHead(text);
  if (p < 0) return 0;
  // `AMBON, WARTATIMUR.com — `: another outlet's head that ends at its dash.
  const lead = dashAt(text, p);
  if (lead && !text.startsWith('REPUBLIKA.CO.ID', skipSpaces(text, 0)))
    return skipSpaces(text, p + lead);
  const cap = codePointAt(text, p);
  if (!isUpperCp(cap)) return p;
  // The shortest city (up to MAX_CITY more characters) that a dash follows.
  let q = p + cpLength(cap);
  for (let n = 0; ; n++) {
    const r = skipSpaces(text, q);
    const dash = dashAt(text, r);
    if (dash) return skipSpaces(text, r + dash);
    const cp = codePointAt(text, q);
    if (n === MAX_CITY || !isCityCp(cp)) return p;
    q += cpLength(cp);
  }
}
// Case-insensitive as with `iu` (caselessAscii): `[^)]*` counts nothing, so `u` would change no match.
const INLINE_LINK_RE = caselessAscii(/\((?:baca(?:\s+juga)?|lihat(?:\s+juga)?|simak)\s*:[^)]*\)/gi);
/** `/^(?:Rep|Red)\s*:/i` (`Rep: …`, the byline), as a scan: no letter of it folds from another. */
export function isByline(line: string): boolean {
  const head = line.slice(0, 3).toLowerCase();
  if (head !== 'rep' && head !== 'red') return false;
  let i = 3;
  while (i < line.length && isSpaceCp(line.charCodeAt(i))) i++;
  return line.charCodeAt(i) === 0x3a;
}
/**
 * Inline related links (INLINE_LINK_RE) in `text`; a text with no `(` or no `:` has none, and is
 * asked no regex (most paragraphs: an article with no link compiles none).
 */
const inlineLinks = (text: string): RegExpExecArray[] =>
  text.includes('(') && text.includes(':') ? [...text.matchAll(INLINE_LINK_RE(text))] : [];

/** Header info and where the body starts, for a page's text as copied. */
export function readHeader(lines: readonly string[]): {
  bodyStart: number;
  info: Partial<ArticleInfo>;
} {
  const marked = lines.findIndex(l => datelineHead(l) >= 0);
  const dateline = marked >= 0 ? marked : bareCityDateline(lines);
  if (dateline < 0) return { bodyStart: 0, info: {} };
  const head = lines.slice(0, dateline).map(l => l.trim());
  const info: Partial<ArticleInfo> = {};
  info.published = head.find(isDateLine) ?? null;
  info.byline = head.find(isByline) ?? null;
  info.title = head.find(l => l && !isDateLine(l) && !isClutterLine(l)) ?? null;
  return { bodyStart: dateline, info };
}

/** How many lines may stand above a bare `City - ` dateline (headline, outlet, date, caption). */
const MAX_HEADER_LINES = 8;

/**
 * The line a bare `Medan - ` dateline opens (city-dateline.ts), below at least one header line and
 * within the first few, when no line carries a marked dateline; -1 when none does.
 */
function bareCityDateline(lines: readonly string[]): number {
  if (!featureOn('text.cityDateline')) return -1;
  for (let i = 1; i < Math.min(lines.length, MAX_HEADER_LINES + 1); i++)
    if (cityDashEnd(lines[i]!) > 0) return i;
  return -1;
}

/** Most linked headlines a related-links label lists (`Baca Juga:` and one to three titles). */
const MAX_LINKED_TITLES = 3;
/** Most words of a linked headline. */
const MAX_TITLE_WORDS = 20;

/**
 * A line after a related-links label that reads as a linked headline: no sentence punctuation
 * or quote mark closing it, no quote mark in it, short (text.relatedLinkTitles).
 */
function relatedTitle(line: string): boolean {
  const t = line.trim();
  if (!t || /[.!?:;"”“]$/u.test(t) || /["“”]/u.test(t)) return false;
  return t.split(' ').length <= MAX_TITLE_WORDS;
}

/** The body paragraphs from `bodyStart`, clutter skipped, with marks and tokens read once. */
export function bodyParagraphs(lines: readonly string[], bodyStart: number): BodyParagraph[] {
  const out: BodyParagraph[] = [];
  /** Linked headlines still expected after a related-links label (relatedTitle). */
  let linksLeft = 0;
  for (let i = bodyStart; i < lines.length; i++) {
    const text = lines[i]!;
    if (isEndOfArticle(text.trim())) break;
    if (linksLeft > 0 && relatedTitle(text)) {
      linksLeft--;
      continue;
    }
    linksLeft = featureOn('text.relatedLinkTitles') && isLinkLabel(text) ? MAX_LINKED_TITLES : 0;
    if (!text.trim() || isClutterLine(text)) continue;
    if (featureOn('text.outletClutter') && isOutletClutterLine(text)) continue;
    // A headline between paragraphs (a related article's, a subhead) is no prose: its words glue
    // onto names. The dateline's own line opens the body whatever its shape.
    if (i > bodyStart && featureOn('text.headlineLine') && isHeadlineLine(text)) continue;
    // A bare `City - ` is a dateline only on the line the header found it on.
    const bare = i === bodyStart && i > 0 && featureOn('text.cityDateline');
    const from = datelineEnd(text) || (bare ? cityDashEnd(text) : 0);
    // Inline related links (`(Baca: …)`) are clutter inside prose: their words are never read.
    const links = inlineLinks(text).map(m => ({
      start: m.index,
      end: m.index + m[0].length,
    }));
    // Most paragraphs hold no link: their tokens are kept as read, not copied through a filter.
    const inLink = links.length ? insideAny(links) : null;
    const tokens = inLink
      ? tokenize(text, from).filter(t => !inLink(t.start))
      : tokenize(text, from);
    out.push({ index: i, text, from, marks: pairMarks(text), tokens });
  }
  return out;
}

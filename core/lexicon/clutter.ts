/**
 * Page clutter lines that are never article prose (docs/republika-pages.md §3c, §4).
 * Each pattern tests a whole trimmed line, case-insensitively as with the `iu` flags
 * (caselessAscii: the patterns are ASCII, so they are compiled without Unicode case folding).
 */
import { caselessAscii } from '../engine/text/chars';

const CLUTTER_PATTERNS: readonly RegExp[] = [
  /^advertisement$/i, // ad slot label
  /^berita\s+(?:lainnya|terkait|terpopuler)$/i, // list headings
  /^baca\s+juga\s*:?/i, // "Baca Juga" heading and inline related links
  /^baca\s*:/i, // older inline related link
  /^baca berita selengkapnya/i,
  /^(?:foto|videography|grafis|infografis|ilustrasi)\s*:/i, // credits
  /^(?:rep|red)\s*:/i, // byline
  /^(?:sumber|source)\s*:/i, // wire credit at the end
  /^ikuti\s+(?:whatsapp|kami|berita|serial|news)/i, // promo
  /^(?:loading\.\.\.|next article|previous article|pilihan redaksi|kantor berita|ikuti kami)$/i,
  /^komik si calus/i,
  /klik di\s*sini\.?$/i, // promo tails
  /^laporan (?:wartawan|jurnalis) republika/i, // reporter line before the dateline
  /^oleh\s*:/i, // opinion byline
];

/** Lines after which the rest of the page is list chrome, not the article. */
const END_OF_ARTICLE = /^(?:berita\s+(?:lainnya|terkait|terpopuler))$/i;

const clutter = CLUTTER_PATTERNS.map(caselessAscii);
const endOfArticle = caselessAscii(END_OF_ARTICLE);

/** True when a line is clutter. */
export function isClutterLine(line: string): boolean {
  const t = line.trim();
  for (const pattern of clutter) if (pattern(t).test(t)) return true;
  return false;
}

/** True when a (trimmed) line ends the article: the related-list heading. */
export const isEndOfArticle = (line: string): boolean => endOfArticle(line).test(line);

/**
 * Page clutter lines that are never article prose (docs/republika-pages.md §3c, §4).
 * Each pattern tests a whole trimmed line.
 */
export const CLUTTER_PATTERNS: readonly RegExp[] = [
  /^advertisement$/iu, // ad slot label
  /^berita\s+(?:lainnya|terkait|terpopuler)$/iu, // list headings
  /^baca\s+juga\s*:?/iu, // "Baca Juga" heading and inline related links
  /^baca\s*:/iu, // older inline related link
  /^baca berita selengkapnya/iu,
  /^(?:foto|videography|grafis|infografis|ilustrasi)\s*:/iu, // credits
  /^(?:rep|red)\s*:/iu, // byline
  /^(?:sumber|source)\s*:/iu, // wire credit at the end
  /^ikuti\s+(?:whatsapp|kami|berita|serial|news)/iu, // promo
  /^(?:loading\.\.\.|next article|previous article|pilihan redaksi|kantor berita|ikuti kami)$/iu,
  /^komik si calus/iu,
  /klik di\s*sini\.?$/iu, // promo tails
  /^laporan (?:wartawan|jurnalis) republika/iu, // reporter line before the dateline
  /^oleh\s*:/iu, // opinion byline
];

/** Lines after which the rest of the page is list chrome, not the article. */
export const END_OF_ARTICLE = /^(?:berita\s+(?:lainnya|terkait|terpopuler))$/iu;

/** True when a line is clutter. */
export function isClutterLine(line: string): boolean {
  const t = line.trim();
  return CLUTTER_PATTERNS.some(re => re.test(t));
}

/**
 * Text that marks a line as page clutter rather than article prose, as one table of regular
 * expressions (defined once here, not rebuilt in loops). Sources: docs/republika-pages.md §3c.
 *
 * Each pattern is matched against an element's whole text, trimmed and with runs of white space
 * collapsed, so "Baca   Juga" and "Baca Juga\n" both count.
 */

/** A lone label that stands for an ad slot or a related-reading heading. */
export const LABEL_PATTERNS: readonly RegExp[] = [
  /^(advertisement|advertisment|iklan|ads?|sponsored)$/i, // Ad slot labels (seed article text; Readability's adWords)
  /^baca juga:?$/i, // .picked-article heading, and the lone line in older pages [PG]
  /^berita (lainnya|terpopuler|terkait)$/i, // Related lists under the article [PG][BLK]
  /^(pilihan redaksi|next article|previous article|ikuti kami)$/i, // Page furniture [BLK]
  /^loading\.*$/i, // #loading "Loading..." [DRZ][SUM]
];

/** A whole paragraph that is a promo or an inline related link, never article prose. */
export const PROMO_PATTERNS: readonly RegExp[] = [
  /^baca( juga)?\s*:/i, // "Baca: {title}", "Baca juga: {title}", "BACA JUGA: … Klik di Sini" [PG 2015, 2019]
  /^ikuti (whatsapp|wa) channel republika/i, // WhatsApp CTA in a body <p> [TST][SUM][BLK]
  /^baca berita selengkapnya di sini\.?$/i, // "Top 5 News" round-ups [PG]
  /^komik si calus/i, // Inserted comic strip [SUM]
];

/** The "Rep: …/ Red: …" byline line (or "Red: …" alone). */
export const BYLINE_PATTERN = /^(rep|red)\s*:/i;

/** Collapses white space (including no-break spaces) and trims, for pattern matching. */
export function normalizeText(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * `surelyLongerThan`'s test for each `max` asked: more than `max` characters outside `\s` (the
 * white space `normalizeText` collapses; `\s` includes the no-break space), from the start.
 */
const longerThan = new Map<number, RegExp>();

/**
 * True when `normalizeText(text)` is surely longer than `max`, found without building it: the text
 * has more than `max` characters that are not white space. (False says nothing: spaces between
 * words count in the normalised length too.) Most text nodes of a page are long prose, and this
 * rejects them without a normalised copy of each.
 *
 * A regular expression, not a loop over the characters: a page load runs this cold, in V8's
 * interpreter, where a call per character cost about 4 µs per prose text node (the label search
 * asks it of every text node of the page); the expression runs as compiled code. Either way it
 * reads no further than the `max + 1`-th visible character, so a 1 MB text node costs no more.
 */
export function surelyLongerThan(text: string, max: number): boolean {
  if (text.length <= max) return false;
  let pattern = longerThan.get(max);
  if (!pattern) longerThan.set(max, (pattern = new RegExp(`^\\s*(?:\\S\\s*){${max + 1}}`)));
  return pattern.test(text);
}

/** True when the text, as a whole, is a clutter label such as "Advertisement" or "Baca Juga". */
export function isLabelText(text: string): boolean {
  const line = normalizeText(text);
  return LABEL_PATTERNS.some(pattern => pattern.test(line));
}

/** True when the text, as a whole, is a clutter line: a label or a promo. */
export function isClutterText(text: string): boolean {
  return isClutterLine(normalizeText(text));
}

/** `isClutterText` for a line already normalised (`normalizeText`): no second copy of the text. */
export function isClutterLine(line: string): boolean {
  return (
    LABEL_PATTERNS.some(pattern => pattern.test(line)) ||
    PROMO_PATTERNS.some(pattern => pattern.test(line))
  );
}

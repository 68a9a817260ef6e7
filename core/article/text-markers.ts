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

/**
 * How the lines each pattern above matches begin, lowercased, with the pattern (its index in
 * `LABEL_PATTERNS` / `PROMO_PATTERNS`): each pattern starts at `^` with these letters and spaces,
 * which a case-insensitive expression without the `u` flag matches only in their two ASCII cases
 * (no other character folds to an ASCII letter there). A line is asked only the patterns whose
 * start it has, so a line that begins like none is answered without running any.
 *
 * Why: a page load runs this code cold, in a fresh script world, where each expression is compiled
 * on its first run (and compiled again, to machine code, on its second). The article's prose lines
 * asked all nine patterns, and each label ("Loading...") every label pattern before its own, so
 * every one was compiled on every article load; now a load compiles only those of the labels and
 * promos its page has (four of the nine on seed-article). Cold in Node 20 (15 fresh processes,
 * medians): eight prose lines asked the nine patterns 0.79 ms, asked by their starts 0.38 ms.
 *
 * With the other expressions taken off the page load the same way (json-ld.ts's types,
 * labels.ts's `showsChar`, core/contrast.ts's `parseColor`, utils/message-templates.ts's
 * `fillTemplate`), a load runs 8 distinct expressions instead of 19 on seed-article and 12
 * instead of 21 on current-design, where the label and promo patterns ran about 25 times instead
 * of about 570 (counted with a wrapped RegExp exec). What that saves per load was below the noise
 * of the shared 2-core machine: the page code's JavaScript in its two tasks, paired with the
 * unchanged build (performance.now() in the page, 24–30 loads, 20%-trimmed means), changed by
 * −2.5, +0.3 (seed-article), −0.4 and +3.0 ms (current-design).
 */
const LABEL_STARTS: readonly (readonly [start: string, pattern: number])[] = [
  ['advertis', 0],
  ['iklan', 0],
  ['sponsored', 0],
  ['baca juga', 1],
  ['berita ', 2],
  ['pilihan redaksi', 3],
  ['next article', 3],
  ['previous article', 3],
  ['ikuti kami', 3],
  ['loading', 4],
];
/** Whole lines of `LABEL_PATTERNS[0]` too short to start like the rest (`ads?`). */
const LABEL_LINES: ReadonlySet<string> = new Set(['ad', 'ads']);
const PROMO_STARTS: readonly (readonly [start: string, pattern: number])[] = [
  ['baca', 0],
  ['ikuti ', 1],
  ['baca berita', 2],
  ['komik si calus', 3],
];
/** Longer than the longest start above: the part of a line those starts are looked for in. */
const HEAD_LENGTH = 16;

/**
 * The lowercased head of `line`. `toLowerCase` may lower characters the patterns never match
 * (and change their length): that lets a line through to a pattern, never keeps one out, since a
 * line a pattern matches begins with ASCII letters and spaces only.
 */
const headOf = (line: string) => line.slice(0, HEAD_LENGTH).toLowerCase();

/** True when one of `patterns` whose start `head` (`line`'s) has matches `line`. */
function matchesByStart(
  line: string,
  head: string,
  starts: readonly (readonly [string, number])[],
  patterns: readonly RegExp[],
): boolean {
  for (const [start, index] of starts) {
    if (head.startsWith(start) && patterns[index]!.test(line)) return true;
  }
  return false;
}

/** True when the normalised `line` is a lone label: `LABEL_PATTERNS.some(p => p.test(line))`. */
export function isLabelLine(line: string): boolean {
  const head = headOf(line);
  if (LABEL_LINES.has(head)) return LABEL_PATTERNS[0]!.test(line);
  return matchesByStart(line, head, LABEL_STARTS, LABEL_PATTERNS);
}

/** True when the normalised `line` is a promo line: `PROMO_PATTERNS.some(p => p.test(line))`. */
function isPromoLine(line: string): boolean {
  return matchesByStart(line, headOf(line), PROMO_STARTS, PROMO_PATTERNS);
}

/** True when the text, as a whole, is a clutter label such as "Advertisement" or "Baca Juga". */
export function isLabelText(text: string): boolean {
  return isLabelLine(normalizeText(text));
}

/** True when the text, as a whole, is a clutter line: a label or a promo. */
export function isClutterText(text: string): boolean {
  return isClutterLine(normalizeText(text));
}

/** `isClutterText` for a line already normalised (`normalizeText`): no second copy of the text. */
export function isClutterLine(line: string): boolean {
  return isLabelLine(line) || isPromoLine(line);
}

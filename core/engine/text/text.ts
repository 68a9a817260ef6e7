/**
 * Small text helpers shared by the pipeline: word tokens with offsets and sentence bounds.
 * Everything works on the original paragraph strings so offsets stay valid for `spans`.
 */

/** A word or punctuation token with its offsets in the paragraph. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// Words keep inner hyphens and apostrophes (`Ma'ruf`, `al-Saud`, `isu-isu`); a parenthetical
// (`(Pemred)`, `(4/1)`) is one token so a name run can step over an alias or acronym.
const TOKEN_RE =
  /\([^()\n]{0,60}\)|[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’-](?=[\p{L}\p{N}]))*|[^\s\p{L}\p{N}]/gu;

/** Tokens of `text` between `from` and `to`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) && m.index < to) {
    if (m.index + m[0].length > to) break;
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** True for a word starting with a capital letter or digit-free acronym (`Xi`, `KPK`, `al-Saud` is not). */
export const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);

/** True for a lowercase-initial word. */
export const isLowerWord = (w: string): boolean => /^\p{Ll}/u.test(w);

/** True for a word token (letters or digits). */
export const isWord = (w: string): boolean => /^[\p{L}\p{N}]/u.test(w);

// Abbreviations whose final dot does not end a sentence.
const ABBREV = new Set(
  'dr prof ir drs dra h hj kh no jl st tbk rp dll dsb dkk mr mrs ms sdr bpk ny tn a.n u.p vs kol let jend brigjen irjen komjen pol sh mh phd m s e a b c d f g i j k l n o p q r t u v w x y z'.split(
    ' ',
  ),
);

/** Sentence bounds [start, end) inside `[from, to)`, not splitting inside `protectedRanges`. */
export function sentences(
  text: string,
  from = 0,
  to = text.length,
  protectedRanges: readonly { start: number; end: number }[] = [],
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = from;
  const inProtected = insideAny(protectedRanges);
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c !== '.' && c !== '!' && c !== '?') continue;
    if (inProtected(i)) continue;
    // The next non-space must start a new sentence: capital, digit-free quote mark, or line end.
    let j = i + 1;
    while (j < to && /[.!?)\]]/u.test(text[j]!)) j++;
    if (j < to && !/\s/u.test(text[j]!)) continue;
    while (j < to && /\s/u.test(text[j]!)) j++;
    if (j < to && !/[\p{Lu}"“”'‘«(\d]/u.test(text[j]!)) continue;
    if (c === '.') {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(from, i - 12), i))?.[1] ?? '';
      if (ABBREV.has(word.toLowerCase())) continue;
    }
    out.push({ start, end: i + 1 });
    start = j;
    i = j - 1;
  }
  if (start < to && text.slice(start, to).trim()) out.push({ start, end: to });
  return out;
}

/** Trims whitespace and trailing `,.?!;:` from [start, end) and returns the narrowed range. */
export function trimRange(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /[\s,.?!;:]/u.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * Index of the first token at or after `offset` (a binary search: tokens are in text order). Works
 * for any ranges sorted by start.
 */
export function tokenIndexAt(toks: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A test for "does [start, end) overlap one of `ranges`" ([start, end), in any order, overlapping
 * or nested) that costs O(log n) per call: asked for every token or candidate of a paragraph, a
 * linear scan of its quotes made a line of many quote marks quadratic.
 */
export function overlapsAny(
  ranges: readonly { start: number; end: number }[],
): (start: number, end: number) => boolean {
  const sorted = ranges.filter(r => r.end > r.start).sort((a, b) => a.start - b.start);
  // The union of the ranges as disjoint [starts[i], ends[i]), sorted, so ends rise too.
  const starts: number[] = [];
  const ends: number[] = [];
  for (const r of sorted) {
    if (ends.length && r.start <= ends[ends.length - 1]!)
      ends[ends.length - 1] = Math.max(ends[ends.length - 1]!, r.end);
    else {
      starts.push(r.start);
      ends.push(r.end);
    }
  }
  return (start, end) => {
    // The last union range starting before `end` has the furthest end of all that do.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && ends[lo - 1]! > start;
  };
}

/** `overlapsAny` for single offsets: is `at` inside one of `ranges`. */
export function insideAny(
  ranges: readonly { start: number; end: number }[],
): (at: number) => boolean {
  const overlaps = overlapsAny(ranges);
  return at => overlaps(at, at + 1);
}

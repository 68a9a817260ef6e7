/**
 * Small text helpers shared by the pipeline: word tokens with offsets and sentence bounds.
 * Everything works on the original paragraph strings so offsets stay valid for `spans`.
 */
import {
  ASCII_ALNUM,
  codePointAt,
  cpLength,
  isAlnumCp,
  isHighSurrogate,
  isLowSurrogate,
  isAlnumMarkCp,
  isLetterCp,
  isLowerCp,
  isSpaceCp,
  isUpperCp,
  startsAlnum,
  startsLower,
  startsUpper,
} from './chars';
import {
  SHORT_GIVEN_NAMES,
  SHORT_TITLES,
  isDoctorateField,
  isDoctorateFieldWord,
} from '../../lexicon/honorifics';
import { SHORT_RANK_SET } from '../../lexicon/roles';
import { featureOn } from '../features';
import { ENGLISH_DOTTED_RANK_SET } from '../../lexicon/roles';
import { partitionPoint } from './partition-point';
import { isRomanNumeral } from './word-shape';
import { NUMBERED_NOUNS } from '../../lexicon/counted-nouns';

/** A word or punctuation token with its offsets in the paragraph. */
export interface Token {
  text: string;
  /**
   * `text` in lowercase, made once here: the rules ask for it at every token (cue words, set
   * lookups), and lowercasing it anew in each of them was a string per rule per token.
   */
  lower: string;
  start: number;
  end: number;
}

// Words keep inner hyphens and apostrophes (`Ma'ruf`, `al-Saud`, `isu-isu`); a parenthetical
// (`(Pemred)`, `(4/1)`) is one token so a name run can step over an alias or acronym. The tokens
// are those of the regex
//   /\([^()\n]{0,60}\)|[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’-](?=[\p{L}\p{N}]))*|[^\s\p{L}\p{N}]/gu
// read by hand: compiling that regex (its classes span every plane) was the largest single cost of
// a cold first analysis, and the scan below needs no compile (tests/core/tokenize.test.ts compares them).

/** Longest parenthetical a token may span, in code points between the brackets. */
const MAX_PARENTHETICAL = 60;

/** End of the parenthetical opening at `i` (a `(`), or -1 when none closes in time. */
function parentheticalEnd(text: string, i: number): number {
  let j = i + 1;
  for (let n = 0; n <= MAX_PARENTHETICAL && j < text.length; n++) {
    const cp = text.codePointAt(j)!;
    if (cp === 0x29) return j + 1; // )
    if (cp === 0x28 || cp === 0x0a) return -1; // ( or newline
    if (n === MAX_PARENTHETICAL) return -1;
    j += cpLength(cp);
  }
  return -1;
}

/** End of the word opening at `i` (a letter or digit): marks, inner `'’-` before a letter or digit. */
function wordEnd(text: string, i: number): number {
  let j = i + cpLength(text.codePointAt(i)!);
  while (j < text.length) {
    const unit = text.charCodeAt(j);
    if (unit < 0x80 && ASCII_ALNUM[unit] === 1) {
      j++;
      continue;
    }
    const cp = text.codePointAt(j)!;
    if (isAlnumMarkCp(cp)) j += cpLength(cp);
    else if ((cp === 0x27 || cp === 0x2019 || cp === 0x2d) && isAlnumCp(codePointAt(text, j + 1)))
      j++;
    else break;
  }
  return j;
}

/** End of the token starting at `i` (a character that is not white space). */
function tokenEnd(text: string, i: number): number {
  const cp = text.codePointAt(i)!;
  if (cp === 0x28) {
    const end = parentheticalEnd(text, i);
    if (end > 0) return end;
  }
  return isAlnumCp(cp) ? wordEnd(text, i) : i + cpLength(cp);
}

/** Tokens of `text` between `from` and `to`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  // As a /u regex does, a start inside a surrogate pair starts at the pair.
  if (
    from > 0 &&
    isLowSurrogate(text.charCodeAt(from)) &&
    isHighSurrogate(text.charCodeAt(from - 1))
  )
    from--;
  for (let i = from; i < text.length;) {
    const cp = text.codePointAt(i)!;
    if (isSpaceCp(cp)) {
      i += cpLength(cp);
      continue;
    }
    if (i >= to) break;
    const end = tokenEnd(text, i);
    if (end > to) break;
    const word = text.slice(i, end);
    out.push({ text: word, lower: word.toLowerCase(), start: i, end });
    i = end;
  }
  return out;
}

/** True for a word starting with a capital letter or digit-free acronym (`Xi`, `KPK`, `al-Saud` is not). */
export const isCapitalised = startsUpper;

/** True for a lowercase-initial word. */
export const isLowerWord = startsLower;

/** True for a word token (letters or digits). */
export const isWord = startsAlnum;

// Abbreviations whose final dot does not end a sentence, and given names written short
// (`Moh. Rudi Hartono`), which a capitalised name always follows. Ranks written short (`Pol.`,
// `Inf.`, `Kol.`) are the run reader's list (SHORT_RANKS, lexicon/roles.ts).
const ABBREV = new Set([
  ...SHORT_TITLES,
  ...'no jl st tbk rp dll dsb dkk mr mrs ms sdr bpk ny tn a.n u.p vs sh mh phd m s e a b c d f g i j k l n o p q r t u v w x y z'.split(
    ' ',
  ),
  ...SHORT_RANK_SET,
  ...SHORT_GIVEN_NAMES,
]);

/** True for a word whose final dot ends no sentence (`Jl.`, `No.`, `Tbk.`, a short title). */
export const isAbbreviation = (word: string): boolean => ABBREV.has(word.toLowerCase());

/**
 * True when `word`, written at `at` in `text`, is a Roman numeral after a lowercase noun counted by
 * it (`siswa kelas V.`, lexicon/counted-nouns.ts NUMBERED_NOUNS): the number, whose dot may end a
 * sentence, not an initial (names.numberAfterNoun).
 */
export function numberAfterNoun(text: string, at: number, word: string): boolean {
  if (!isRomanNumeral(word, true)) return false;
  let end = at;
  while (end > 0 && isSpaceCp(text.charCodeAt(end - 1))) end--;
  if (end === at) return false;
  return countsNumeral(text.slice(lettersBefore(text, Math.max(0, end - 12), end), end), word);
}

/** True when lowercase `noun` is counted by the Roman numeral `word` after it (`kelas` `V`). */
export const countsNumeral = (noun: string, word: string): boolean =>
  NUMBERED_NOUNS.has(noun) && isRomanNumeral(word, true) && featureOn('names.numberAfterNoun');

/**
 * True when `word`, starting at `at`, is a doctorate's field after `Dr` (`Dr. Eng.`, `Dr Ing.`):
 * its dot is the title's, not a sentence's end (names.doctorateFieldDotted).
 */
function doctorateFieldEnds(text: string, from: number, at: number, word: string): boolean {
  // Only `Ing`/`Eng` can be one: every other sentence-ending dot is decided by this test alone.
  if (!isDoctorateFieldWord(word) || !featureOn('names.doctorateFieldDotted')) return false;
  let end = at;
  while (end > from && isSpaceCp(text.charCodeAt(end - 1))) end--;
  const before = text.slice(lettersBefore(text, Math.max(from, end - 4), end), end);
  return isDoctorateField(word, before);
}

/**
 * True for an English rank written short (`Gen.`, `Lt.`, `Comr.`): a name or another rank always
 * follows it, so its dot ends no sentence (names.englishDottedRanks).
 */
const englishDottedRank = (word: string): boolean =>
  ENGLISH_DOTTED_RANK_SET.has(word.toLowerCase()) && featureOn('names.englishDottedRanks');

/** Closing marks a sentence end may carry (`.”)` ends like `.`). */
const SENTENCE_END_MARKS = '.!?)]';
/** Quote marks and brackets that may open a sentence besides a capital or digit. */
const SENTENCE_OPENERS = '"“”\'‘«(';

/** `[\p{Lu}"“”'‘«(\d]` on one code unit: what the next sentence may start with. */
const opensSentence = (unit: number): boolean =>
  isUpperCp(unit) ||
  (unit >= 0x30 && unit <= 0x39) ||
  SENTENCE_OPENERS.includes(String.fromCharCode(unit));

/** Start of the run of letters and dots that ends at `end` (`/[\p{L}.]+$/u`), not before `from`. */
function lettersBefore(text: string, from: number, end: number): number {
  let i = end;
  while (i > from) {
    let k = i - 1;
    let cp = text.charCodeAt(k);
    // A low surrogate with its high surrogate inside the range is one astral code point.
    if (isLowSurrogate(cp) && k > from && isHighSurrogate(text.charCodeAt(k - 1)))
      cp = text.codePointAt(--k)!;
    if (cp !== 0x2e && !isLetterCp(cp)) break;
    i = k;
  }
  return i;
}

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
    // `.`, `!` or `?` tested on the code unit: most characters make no one-character string.
    const unit = text.charCodeAt(i);
    if (unit !== 0x2e && unit !== 0x21 && unit !== 0x3f) continue;
    const c = text[i]!;
    if (inProtected(i)) continue;
    // The next non-space must start a new sentence: capital, digit-free quote mark, or line end.
    let j = i + 1;
    while (j < to && SENTENCE_END_MARKS.includes(text[j]!)) j++;
    if (j < to && !isSpaceCp(text.charCodeAt(j))) continue;
    while (j < to && isSpaceCp(text.charCodeAt(j))) j++;
    if (j < to && !opensSentence(text.charCodeAt(j))) continue;
    if (c === '.') {
      const word = text.slice(lettersBefore(text, Math.max(from, i - 12), i), i);
      if (
        (isAbbreviation(word) && !numberAfterNoun(text, i - word.length, word)) ||
        englishDottedRank(word) ||
        doctorateFieldEnds(text, from, i - word.length, word)
      )
        continue;
    }
    out.push({ start, end: i + 1 });
    start = j;
    i = j - 1;
  }
  if (start < to && text.slice(start, to).trim()) out.push({ start, end: to });
  return out;
}

/** Tokens that end a clause when a reader walks back from a cue: a pause or a quotation mark. */
const CLAUSE_STOPS: ReadonlySet<string> = new Set([',', '.', ';', ':', '!', '?', '"', '“', '”']);

/** True for a token that ends a clause (`,`, `.`, `”` …), read back from a cue. */
export const isClauseStop = (token: string): boolean => CLAUSE_STOPS.has(token);

/**
 * `[\s,.;:!?]` on one code unit: white space or a clause's punctuation (what `trimRange` trims
 * from an end, what ends a capitalised word in `lowerWordAfterCapitals`).
 */
const isSpaceOrPause = (c: number): boolean =>
  c === 0x2c || c === 0x2e || c === 0x3f || c === 0x21 || c === 0x3b || c === 0x3a || isSpaceCp(c);

/** Trims whitespace and trailing `,.?!;:` from [start, end) and returns the narrowed range. */
export function trimRange(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } {
  while (start < end && isSpaceCp(text.charCodeAt(start))) start++;
  while (end > start && isSpaceOrPause(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/**
 * Index of the first token at or after `offset` (a binary search: tokens are in text order). Works
 * for any ranges sorted by start.
 */
export function tokenIndexAt(toks: readonly { start: number }[], offset: number): number {
  return partitionPoint(toks, t => t.start < offset);
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
    const lo = partitionPoint(starts, s => s < end);
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

/**
 * The lowercase word right after one or more capitalised words (or numbers) that open `s`
 * (`Menteri Budi menegaskan` → `menegaskan`), or null: what
 * `/^(?:[\p{Lu}\d][^\s,.;:!?]*\s+)+(\p{Ll}+)/u.exec(s)?.[1]` finds, without its letter classes.
 */
export function lowerWordAfterCapitals(s: string): string | null {
  let i = 0;
  let words = 0;
  for (;;) {
    const cp = codePointAt(s, i);
    if (!isUpperCp(cp) && !(cp >= 0x30 && cp <= 0x39)) break;
    let j = i + cpLength(cp);
    while (j < s.length && !isSpaceOrPause(s.charCodeAt(j))) j++;
    if (j >= s.length || !isSpaceCp(s.charCodeAt(j))) return null;
    while (j < s.length && isSpaceCp(s.charCodeAt(j))) j++;
    words++;
    i = j;
  }
  if (!words) return null;
  let k = i;
  while (isLowerCp(codePointAt(s, k))) k += cpLength(codePointAt(s, k));
  return k > i ? s.slice(i, k) : null;
}

/**
 * Unicode letter, digit and mark tests on code points and words, with exactly the meaning of
 * `\p{Lu}`, `\p{Ll}`, `\p{L}`, `\p{N}` and `\p{M}` in a `/u` regex, but without compiling one per
 * use. Every regex with a property class costs V8 a compile of the whole class, astral planes
 * included (0.1–0.5 ms each, twice: once for the bytecode, again when it tiers up to native code),
 * and the engine runs cold on every page load: dozens of such regexes were most of the first
 * analysis. Here ASCII, Latin-1 and the General Punctuation block (curly quotes, dashes) are
 * answered from the code point; any other character asks one shared property regex once and the
 * answer is remembered. tests/core/chars.test.ts checks the table against the regexes.
 */

/** Category bits of one code point. */
const UPPER = 1; // \p{Lu}
const LOWER = 2; // \p{Ll}
const LETTER = 4; // \p{L}: Lu, Ll, Lt, Lm, Lo
const NUMBER = 8; // \p{N}
const MARK = 16; // \p{M}

/** Latin-1 Supplement (U+0080–U+00FF) code points that are letters or numbers; all others none. */
function latin1(cp: number): number {
  if (cp >= 0xc0) {
    if (cp === 0xd7 || cp === 0xf7) return 0; // × ÷
    return cp <= 0xde ? UPPER | LETTER : LOWER | LETTER;
  }
  if (cp === 0xb5) return LOWER | LETTER; // µ
  if (cp === 0xaa || cp === 0xba) return LETTER; // ª º
  if (cp === 0xb2 || cp === 0xb3 || cp === 0xb9 || (cp >= 0xbc && cp <= 0xbe)) return NUMBER; // ² ³ ¹ ¼ ½ ¾
  return 0;
}

// Built on the first character outside the blocks above, then shared.
let propertyRe: RegExp | undefined;
const remembered = new Map<number, number>();

function fromProperties(cp: number): number {
  let bits = remembered.get(cp);
  if (bits !== undefined) return bits;
  propertyRe ??= /(\p{Lu})|(\p{Ll})|(\p{L})|(\p{N})|(\p{M})/u;
  const m = propertyRe.exec(String.fromCodePoint(cp));
  bits = !m
    ? 0
    : m[1]
      ? UPPER | LETTER
      : m[2]
        ? LOWER | LETTER
        : m[3]
          ? LETTER
          : m[4]
            ? NUMBER
            : MARK;
  remembered.set(cp, bits);
  return bits;
}

/** Category bits of code point `cp` (0 for none, and for -1, "no character"). */
function categoryOf(cp: number): number {
  if (cp < 0x80) {
    if (cp >= 0x61 && cp <= 0x7a) return LOWER | LETTER;
    if (cp >= 0x41 && cp <= 0x5a) return UPPER | LETTER;
    return cp >= 0x30 && cp <= 0x39 ? NUMBER : 0;
  }
  if (cp <= 0xff) return latin1(cp);
  if (cp >= 0x2000 && cp <= 0x206f) return 0; // General Punctuation: spaces, dashes, quotes
  return fromProperties(cp);
}

/** `\s` (ECMAScript white space and line terminators) on one code point. */
export function isSpaceCp(cp: number): boolean {
  if (cp < 0x80) return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d);
  return (
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000 ||
    cp === 0xfeff
  );
}

/** The code point at `i` of `s`, or -1 past its end. */
export const codePointAt = (s: string, i: number): number => s.codePointAt(i) ?? -1;

/** The first half of an astral code point's UTF-16 pair. */
export const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
/** The second half of an astral code point's UTF-16 pair. */
export const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** Code units taken by code point `cp` (2 for an astral one). */
export const cpLength = (cp: number): number => (cp > 0xffff ? 2 : 1);

/** `\p{Lu}` */
export const isUpperCp = (cp: number): boolean => (categoryOf(cp) & UPPER) !== 0;
/** `\p{Ll}` */
export const isLowerCp = (cp: number): boolean => (categoryOf(cp) & LOWER) !== 0;
/** `\p{L}` */
export const isLetterCp = (cp: number): boolean => (categoryOf(cp) & LETTER) !== 0;
/** `\p{N}` */
export const isNumberCp = (cp: number): boolean => (categoryOf(cp) & NUMBER) !== 0;
/** `[\p{L}\p{N}]` */
export const isAlnumCp = (cp: number): boolean => (categoryOf(cp) & (LETTER | NUMBER)) !== 0;
/** `[\p{L}\p{N}\p{M}]` */
export const isAlnumMarkCp = (cp: number): boolean =>
  (categoryOf(cp) & (LETTER | NUMBER | MARK)) !== 0;

/**
 * `[\p{L}\p{N}]` for the ASCII code units, as a table (1: a letter or digit). The scans that read
 * every character of a paragraph (the tokenizer, the quoted-word index) ask it inline: while V8
 * still interprets the engine (the first analysis after each start) the general test is three
 * calls per character, and most characters of a news text are ASCII.
 */
export const ASCII_ALNUM: Uint8Array = Uint8Array.from({ length: 0x80 }, (_, unit) =>
  isAlnumCp(unit) ? 1 : 0,
);

/** `\w` without the `i` flag, on one code unit: an ASCII letter, digit or `_` (what `\b` tests). */
export const isAsciiWordUnit = (unit: number): boolean =>
  unit === 0x5f || (unit < 0x80 && ASCII_ALNUM[unit] === 1);

/**
 * Code points in `s` from `from` to `to` (a lone surrogate counts as one, as `/u` reads it): what
 * `[^]{n,}` counts under `u`, so a stem length is tested without compiling that class.
 */
export function codePointCount(s: string, from = 0, to = s.length): number {
  let n = to - from;
  for (let i = from; i + 1 < to; i++) {
    if (isHighSurrogate(s.charCodeAt(i)) && isLowSurrogate(s.charCodeAt(i + 1))) {
      n--;
      i++;
    }
  }
  return n;
}

/** `/^\p{Lu}/u`: the word starts with an uppercase letter. */
export const startsUpper = (w: string): boolean => isUpperCp(codePointAt(w, 0));
/** `/^\p{Ll}/u`: the word starts with a lowercase letter. */
export const startsLower = (w: string): boolean => isLowerCp(codePointAt(w, 0));
/** `/^\p{L}/u`: the word starts with a letter. */
export const startsLetter = (w: string): boolean => isLetterCp(codePointAt(w, 0));
/** `/^[\p{L}\p{N}]/u`: the word starts with a letter or digit. */
export const startsAlnum = (w: string): boolean => isAlnumCp(codePointAt(w, 0));

/** True when some code point of `s` from `from` on passes `test`. */
function some(s: string, test: (cp: number) => boolean, from = 0): boolean {
  for (let i = from; i < s.length;) {
    const cp = s.codePointAt(i)!;
    if (test(cp)) return true;
    i += cpLength(cp);
  }
  return false;
}

/**
 * Code points in `s` from `from` on when every one passes `test`, else -1: `/^\p{Ll}+$/u` is
 * `runOf(s, isLowerCp) > 0`, `\p{Lu}{2,8}` a count between 2 and 8.
 */
export function runOf(s: string, test: (cp: number) => boolean, from = 0): number {
  let n = 0;
  for (let i = from; i < s.length; n++) {
    const cp = s.codePointAt(i)!;
    if (!test(cp)) return -1;
    i += cpLength(cp);
  }
  return n;
}

/** `/\s/u`: a white-space character anywhere. */
export const hasSpace = (s: string): boolean => some(s, isSpaceCp);
/** `/\p{L}/u`: a letter anywhere. */
export const hasLetter = (s: string): boolean => some(s, isLetterCp);
/** `/\p{N}/u`: a digit (any number character) anywhere. */
export const hasNumber = (s: string): boolean => some(s, isNumberCp);
/** `/[\p{L}\p{N}]/u`: a letter or digit anywhere. */
export const hasAlnum = (s: string): boolean => some(s, isAlnumCp);

/** `/^\p{Lu}\p{Ll}/u`: a capital followed by a lowercase letter (`Jakarta`, not `KPK`). */
export function startsCapLower(w: string): boolean {
  const cp = codePointAt(w, 0);
  return isUpperCp(cp) && isLowerCp(codePointAt(w, cpLength(cp)));
}

/** `/^\p{Lu}\p{Ll}+$/u`: a capital and only lowercase letters after it. */
export function isCapLowerWord(w: string): boolean {
  const cp = codePointAt(w, 0);
  return isUpperCp(cp) && runOf(w, isLowerCp, cpLength(cp)) > 0;
}

/** `[\p{L}-]` */
export const isLetterOrHyphenCp = (cp: number): boolean => cp === 0x2d || isLetterCp(cp);
/** `[\p{L}\p{N}-]` */
export const isAlnumOrHyphenCp = (cp: number): boolean => cp === 0x2d || isAlnumCp(cp);
/** `[\p{Ll}-]` */
export const isLowerOrHyphenCp = (cp: number): boolean => cp === 0x2d || isLowerCp(cp);

/** `/^\p{Ll}+$/u`: a non-empty word of lowercase letters only. */
export const isAllLower = (w: string): boolean => runOf(w, isLowerCp) > 0;

/** Code units of the run at the start of `s` whose code points pass `test` (`/^[…]+/u`). */
export function leadingRun(s: string, test: (cp: number) => boolean): number {
  let i = 0;
  while (i < s.length) {
    const cp = s.codePointAt(i)!;
    if (!test(cp)) break;
    i += cpLength(cp);
  }
  return i;
}

/** Where the run at the end of `s` whose code points pass `test` starts (`/[…]+$/u`; `s.length`: none). */
export function trailingRun(s: string, test: (cp: number) => boolean): number {
  let i = s.length;
  while (i > 0) {
    const pair =
      i >= 2 && isLowSurrogate(s.charCodeAt(i - 1)) && isHighSurrogate(s.charCodeAt(i - 2));
    const back = pair ? 2 : 1;
    if (!test(s.codePointAt(i - back)!)) break;
    i -= back;
  }
  return i;
}

/** The maximal runs of `s` whose code points pass `test`: `s.match(/[…]+/gu) ?? []`. */
export function runsOf(s: string, test: (cp: number) => boolean): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length;) {
    const cp = s.codePointAt(i)!;
    if (test(cp)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(s.slice(start, i));
      start = -1;
    }
    i += cpLength(cp);
  }
  if (start >= 0) out.push(s.slice(start));
  return out;
}

/** `s` with only the code points that pass `test`: `s.replace(/[^…]/gu, '')`. */
export function keepOnly(s: string, test: (cp: number) => boolean): string {
  let out = '';
  for (let i = 0; i < s.length;) {
    const cp = s.codePointAt(i)!;
    const n = cpLength(cp);
    if (test(cp)) out += s.slice(i, i + n);
    i += n;
  }
  return out;
}

/** True when `s` holds ſ or K, which `/iu` folds onto s and k (and `/i` alone does not). */
export const foldsToAscii = (s: string): boolean => s.includes('\u017f') || s.includes('\u212a');

/**
 * A lowercased word (`toLowerCase`, which already turns K into k) as `/iu` compares it with a
 * lowercase ASCII pattern: ſ read as s. So a set of ASCII words answers what `/^(?:a|b)$/iu` did.
 */
export const caselessKey = (lower: string): string =>
  lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;

/**
 * For a case-insensitive pattern written in ASCII (`/^baca\s*:/i`): the regex that answers for `s`
 * exactly as the same pattern with the `u` flag would. With `iu` V8 compiles Unicode case folding
 * into every letter; without `u` it does not, and the two differ only on ſ and K, which `iu` folds
 * onto s and k. So a string holding one of those is asked the `u` version (built then), any other
 * the plain one. The pattern must not count characters with `.` or a negated class (`.{0,40}`),
 * which `u` counts by code point.
 */
export function caselessAscii(ascii: RegExp): (s: string) => RegExp {
  let unicode: RegExp | undefined;
  return s => (foldsToAscii(s) ? (unicode ??= new RegExp(ascii.source, ascii.flags + 'u')) : ascii);
}

/**
 * A regex made on its first use instead of at module load: creating a regex with a property class
 * (`\p{Ll}`) parses it against ICU's Unicode tables, 0.05–0.4 ms on a cold start (the first one
 * loads the tables) even when it never runs, and most articles never ask these.
 */
export function lazyRegExp(make: () => RegExp): () => RegExp {
  let re: RegExp | undefined;
  return () => (re ??= make());
}

/** `\d` (an ASCII digit) on one code unit. */
export const isDigitUnit = (unit: number): boolean => unit >= 0x30 && unit <= 0x39;

/** `/\d/u`: an ASCII digit anywhere. */
export function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isDigitUnit(s.charCodeAt(i))) return true;
  return false;
}

/** `/^\d+$/u`: one or more ASCII digits and nothing else. */
export function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return s.length > 0;
}

/** `w.replace(/\.$/u, '')`: the word without one final dot (`Dr.` → `Dr`). */
export const dropFinalDot = (w: string): string => (w.endsWith('.') ? w.slice(0, -1) : w);

/** True when every character of `s` is ASCII. */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

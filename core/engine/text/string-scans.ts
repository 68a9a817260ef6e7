/**
 * Small string scans that replace the regexes an article's path used to compile on every cold
 * start of the engine (a regex is compiled on its first use in each fresh isolate, and again when
 * it tiers up to native code; together they were about a tenth of a cold first analysis). Each
 * answers exactly as the regex named in its comment; tests/core/string-scans.test.ts compares them.
 */
import { codePointCount, isSpaceCp } from './chars';

/** `text.split(/\r?\n/u)`: the lines of a text, with LF or CRLF line ends. */
export function splitLines(text: string): string[] {
  const lines = text.split('\n');
  for (let k = 0; k < lines.length - 1; k++)
    if (lines[k]!.endsWith('\r')) lines[k] = lines[k]!.slice(0, -1);
  return lines;
}

const isSpaceOrComma = (c: number) => c === 0x2c || isSpaceCp(c);

/** `s.split(/[\s,]+/u)`: the pieces between runs of white space and commas (empty at either end). */
export function splitOnSpacesAndCommas(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (!isSpaceOrComma(s.charCodeAt(i))) continue;
    out.push(s.slice(start, i));
    while (i + 1 < s.length && isSpaceOrComma(s.charCodeAt(i + 1))) i++;
    start = i + 1;
  }
  out.push(s.slice(start));
  return out;
}

/**
 * `s.split(/\s+/u, limit)`: the pieces between runs of white space (an empty one first or last when
 * `s` opens or ends with white space; `['']` for an empty `s`).
 */
export function splitOnSpaces(s: string, limit?: number): string[] {
  const most = limit === undefined ? 2 ** 32 - 1 : limit >>> 0;
  const out: string[] = [];
  if (most === 0) return out;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (!isSpaceCp(s.charCodeAt(i))) continue;
    out.push(s.slice(start, i));
    if (out.length === most) return out;
    while (i + 1 < s.length && isSpaceCp(s.charCodeAt(i + 1))) i++;
    start = i + 1;
  }
  out.push(s.slice(start));
  return out;
}

/**
 * What `text.split(SPACE_RUNS)` splits on: the runs of white space, as `text.split(SPACE_RUNS)` (the
 * same pieces, from splitOnSpaces). A splitter, not the regex: forty call sites split this way, and
 * the regex was compiled on every cold start (twice, as it tiers up).
 */
export const SPACE_RUNS = {
  [Symbol.split]: (s: string, limit?: number): string[] => splitOnSpaces(s, limit),
};

/** `s.replace(/\s+/gu, ' ')`: every run of white space as one space. */
export function collapseSpaces(s: string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (!isSpaceCp(s.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < s.length && isSpaceCp(s.charCodeAt(j))) j++;
    out += s.slice(start, i) + ' ';
    start = j;
    i = j - 1;
  }
  return start === 0 ? s : out + s.slice(start);
}

/**
 * The index of the first character (code unit) of `s` that is one of `chars`, or `s.length`. Code
 * units compared in place: a one-character string and a search of `chars` per character of `s`
 * cost several times more (the stop search of every subject's predicate window).
 */
export function firstOf(s: string, chars: string): number {
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === unit) return i;
  }
  return s.length;
}

/** `s.replace(/,[^,]*,/u, ' ')`: the first span between two commas, commas included, as a space. */
export function dropBetweenCommas(s: string): string {
  const open = s.indexOf(',');
  const close = open < 0 ? -1 : s.indexOf(',', open + 1);
  return close < 0 ? s : s.slice(0, open) + ' ' + s.slice(close + 1);
}

/** `/[.!?"”'’)]\s*$/u`: the text ends with a sentence's closing mark, maybe before white space. */
export function endsClosed(s: string): boolean {
  const t = s.trimEnd();
  return t.length > 0 && '.!?"”\'’)'.includes(t[t.length - 1]!);
}

/**
 * `/^, [a-z][^,.;:“”"]{2,80},/u`: a comma, a space, a lowercase ASCII letter, then two to eighty
 * code points with no stop among them and a comma (`, pengamat pasar dari X,`).
 */
export function opensCommaDescription(s: string): boolean {
  const c = s.charCodeAt(2);
  if (!s.startsWith(', ') || c < 0x61 || c > 0x7a) return false;
  const stop = 3 + firstOf(s.slice(3), ',.;:“”"');
  if (s[stop] !== ',') return false;
  const n = codePointCount(s, 3, stop);
  return n >= 2 && n <= 80;
}

/**
 * How many non-white-space runs of `s` pass `test`, counted no further than `atMost` (the runs of
 * `/\S+/gu`, each tested in turn).
 */
export function countChunks(s: string, test: (chunk: string) => boolean, atMost: number): number {
  let n = 0;
  for (let i = 0; i < s.length && n < atMost;) {
    while (i < s.length && isSpaceCp(s.charCodeAt(i))) i++;
    if (i >= s.length) break;
    let j = i + 1;
    while (j < s.length && !isSpaceCp(s.charCodeAt(j))) j++;
    if (test(s.slice(i, j))) n++;
    i = j;
  }
  return n;
}

/**
 * `/^[…]$/u` for a class of characters outside the astral planes (`isOneOf(w, '.!?')`): `s` is
 * exactly one of `chars`. Also `/[…]/u` on a string of at most one character.
 */
export const isOneOf = (s: string, chars: string): boolean => s.length === 1 && chars.includes(s);

/** `\w` without `u` or `i`: an ASCII letter, digit or underscore (what `\b` reads). */
export function isWordUnit(c: number): boolean {
  const l = c | 0x20;
  return (l >= 0x61 && l <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/** `/\b(?:a|b)$/u` for words of ASCII letters: `s` ends with one of `words`, a word of its own. */
export const endsWithWord = (s: string, words: readonly string[]): boolean =>
  words.some(w => s.endsWith(w) && !isWordUnit(s.charCodeAt(s.length - w.length - 1)));

/** Where the white space ending `s` before `end` starts (`end` when there is none). */
export function spacesBefore(s: string, end: number): number {
  let k = end;
  while (k > 0 && isSpaceCp(s.charCodeAt(k - 1))) k--;
  return k;
}

const isAsciiLetter = (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

/**
 * `/,\s*(?:[A-Za-z]+\s+)?$/u`: `s` ends with a comma, maybe one ASCII word after it, and white
 * space (`X, lanjutnya` before the cue's own comma is read by the caller).
 */
export function endsAfterComma(s: string): boolean {
  let k = spacesBefore(s, s.length);
  if (s[k - 1] === ',') return true;
  if (k === s.length) return false;
  const word = k;
  while (k > 0 && isAsciiLetter(s.charCodeAt(k - 1))) k--;
  if (k === word) return false;
  return s[spacesBefore(s, k) - 1] === ',';
}

/** `/^[a-z][a-z]?$/i`: one or two ASCII letters. */
export const isAsciiInitial = (w: string): boolean =>
  w.length >= 1 &&
  w.length <= 2 &&
  isAsciiLetter(w.charCodeAt(0)) &&
  (w.length === 1 || isAsciiLetter(w.charCodeAt(1)));

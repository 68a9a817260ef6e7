/**
 * A nickname written in quotation marks inside a person's name (`Budi “Gareng” Santoso`, `Hendra
 * "Gondrong" Sitompul`): the marks set off what the person is called, not words anyone said.
 *
 * Read with the code-point tests of text/chars.ts, not regexes: each `\p{…}` class costs V8 a
 * compile of the whole class on every cold start, and this runs on every article with a quote.
 */
import type { MarkedSpan } from './quote-marks';
import { NICKNAME_MAX_WORDS } from '../text/quoted-nickname';
import {
  codePointAt,
  cpLength,
  isLetterCp,
  isSpaceCp,
  isUpperCp,
  leadingRun,
  runOf,
} from '../text/chars';

/** `[\p{L}'’.-]`: a character of a name word after its capital. */
const isNameCp = (cp: number): boolean =>
  isLetterCp(cp) || cp === 0x27 || cp === 0x2019 || cp === 0x2e || cp === 0x2d;

/** `/^\p{Lu}[\p{L}'’.-]*$/u`: a capitalised name word (`Gareng`, `O’Neil`). */
function isNameWord(w: string): boolean {
  const cp = codePointAt(w, 0);
  return isUpperCp(cp) && runOf(w, isNameCp, cpLength(cp)) >= 0;
}

/**
 * Capitalised words, one space apart, up to the name reader's limit, nothing else (`Gareng`,
 * `Si Kancil`): `^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,N-1}$`. Read word by word and
 * given up at the first character that does not fit, as the regex did: a quote's whole text is
 * asked, and a long one is no nickname from its first words on.
 */
export function isNickname(s: string): boolean {
  let i = 0;
  for (let n = 0; n < NICKNAME_MAX_WORDS; n++) {
    const cp = codePointAt(s, i);
    if (!isUpperCp(cp)) return false;
    i += cpLength(cp);
    i += leadingRun(s.slice(i), isNameCp);
    if (i === s.length) return true;
    if (s[i] !== ' ') return false;
    i++;
  }
  return false;
}

/**
 * A capitalised word, then one space, closing the text before the opening mark:
 * `/(?:^|\s)\p{Lu}[\p{L}'’.-]* $/u`.
 */
export function endsWithNameAndSpace(s: string): boolean {
  if (!s.endsWith(' ')) return false;
  const body = s.slice(0, -1);
  // The word runs back to the last white space (every white space is one code unit).
  let start = body.length;
  while (start > 0 && !isSpaceCp(body.charCodeAt(start - 1))) start--;
  return isNameWord(body.slice(start));
}

/** One space, then a capitalised word, opening the text after the closing mark: `/^ \p{Lu}\p{L}/u`. */
export function startsWithSpaceAndName(s: string): boolean {
  if (s[0] !== ' ') return false;
  const cp = codePointAt(s, 1);
  return isUpperCp(cp) && isLetterCp(codePointAt(s, 1 + cpLength(cp)));
}

/** True when `span` in `text` is a nickname between a person's name words. */
export function nicknameInName(text: string, span: MarkedSpan): boolean {
  if (!span.closed) return false;
  return (
    isNickname(text.slice(span.start, span.end)) &&
    endsWithNameAndSpace(text.slice(Math.max(0, span.open - 40), span.open)) &&
    startsWithSpaceAndName(text.slice(span.after, span.after + 4))
  );
}

/**
 * Words that introduce a quoted term, title, slogan or name rather than a statement
 * (`tema "…"`, `istilah '…'`, `program "…"`, `lafaz "…"`): a mark after one of them is not speech.
 */
import { cpLength, hasAlnum, hasLetter, isLetterCp, startsUpper } from '../engine/text/chars';
import { SPACE_RUNS } from '../engine/text/string-scans';
export const TERM_WORDS: ReadonlySet<string> = new Set(
  (
    'tema istilah program bertajuk berjudul judul slogan julukan dijuluki disebut bernama nama kata frasa ' +
    'tagar lagu buku film acara gerakan kampanye semboyan motto moto jargon label sebutan kalimat ' +
    'lafaz lafal seruan bertema berlabel dinamai disebutnya kategori status operasi'
  ).split(' '),
);

const wordCount = (s: string) => s.split(SPACE_RUNS).filter(w => hasAlnum(w)).length;

/**
 * Whether marked `content` after the text `before` reads as someone's statement: four words or
 * more, not introduced by a term word, not title case throughout (a title of a work).
 */
export function readsAsStatement(before: string, content: string): boolean {
  if (wordCount(content) < 4) return false;
  // Only the end of `before` is read: the whole paragraph head, for every quote of a line of many
  // marks, was quadratic. No term word and its trailing marks run to 200 characters.
  const prevWord = lastWord(before.slice(-200))?.toLowerCase() ?? '';
  if (TERM_WORDS.has(prevWord)) return false;
  const words = content.split(SPACE_RUNS).filter(w => hasLetter(w));
  return !(words.length && words.every(w => startsUpper(w)));
}

/** `[A-Za-z0-9_]`: a character `\w` matches (ASCII only, as under `u` without `i`). */
const isWordUnit = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;

/**
 * `/([\p{L}]+)\W*$/u.exec(s)?.[1]`, read without the letter class: the first run of letters that
 * reaches the end of `s` across non-word characters only, i.e. the first maximal letter run that
 * ends at or after the last `\w` character. `\W` holds every non-ASCII letter, so after `kata é`
 * it is `kata`, as the regex says.
 */
export function lastWord(s: string): string | undefined {
  let tail = s.length;
  while (tail > 0 && !isWordUnit(s.charCodeAt(tail - 1))) tail--;
  let start = -1;
  for (let i = 0; i < s.length;) {
    const cp = s.codePointAt(i)!;
    const n = cpLength(cp);
    if (isLetterCp(cp)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i >= tail) return s.slice(start, i);
      start = -1;
    }
    i += n;
  }
  return start >= 0 ? s.slice(start) : undefined;
}

/**
 * Words that open or number the title of a legal instrument (`Undang-Undang Nomor 32 Tahun 2009`,
 * `Peraturan Presiden Nomor 12`, `Pasal 27`, `Perda Nomor 3`): a law is cited, never quoted, and
 * none of these words is ever a person's name (engine/names/name-model.ts hardNonName). Lowercase.
 */
export const LEGAL_DOCUMENT_WORDS: ReadonlySet<string> = new Set(
  (
    'undang-undang uu perppu peraturan perpres permen permendagri permenkes perda pergub perbup ' +
    'perwal keppres kepres inpres kepmen pasal ayat nomor'
  ).split(' '),
);

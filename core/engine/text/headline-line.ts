/**
 * A headline standing as a line of the body: the related-article links a page sets between
 * paragraphs without a `Baca Juga` label (`Dinas Siapkan 40 Posko Mudik di Jalur Selatan`) and
 * the subheads of a long report (`Petugas Temukan Retakan Baru di Tanggul`). Their capitalised words are
 * no one's name: read as running text, a headline's last words glue onto a name (`… Pengawasan
 * Pasar Murah`) and become the nearest "person" a later `ujarnya` points back to.
 *
 * The shape, from how Indonesian and English newsrooms write headlines: a short line that no
 * sentence punctuation closes and no quotation mark opens, every word capitalised (or a number)
 * except the few short function words title case leaves in lowercase. Prose always ends with a
 * stop, and a caption with its bracketed credit (`(ilustrasi)`), so neither has this shape.
 */
import { LOWERCASE_IN_TITLES } from '../../lexicon/title-case';
import { codePointAt, isLetterCp, isUpperCp } from './chars';
import { SPACE_RUNS } from './string-scans';

/** Fewest and most words of a headline: two words are a name; a long line is prose. */
const MIN_WORDS = 3;
const MAX_WORDS = 16;

/**
 * Quotation marks of any style (the ones quotes/quote-marks.ts pairs): a quoted line is speech,
 * whatever its case. Of the single marks only the opening `‘`: `’` and `'` are apostrophes in
 * names (`Ma’ruf`, `Jum'at`) as often as closing marks.
 */
const QUOTE_MARKS = '"“”„«»‘';

/** True when the (untrimmed) body line has a headline's shape. */
export function isHeadlineLine(line: string): boolean {
  const t = line.trim();
  if (!t) return false;
  // Sentence punctuation, a closing bracket (a caption's credit) or a quote closes prose.
  if (!isLetterCp(codePointAt(t, t.length - 1)) && !isDigit(t.charCodeAt(t.length - 1)))
    return false;
  for (const c of QUOTE_MARKS) if (t.includes(c)) return false;
  const words = t.split(SPACE_RUNS);
  if (words.length < MIN_WORDS || words.length > MAX_WORDS) return false;
  return words.every(
    w => isUpperCp(codePointAt(w, 0)) || isDigit(w.charCodeAt(0)) || LOWERCASE_IN_TITLES.has(w),
  );
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

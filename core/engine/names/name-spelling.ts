/**
 * Spellings of one given name. Indonesian names keep the spelling their bearer was registered
 * with: the pre-1972 spelling (`oe` for `u`, `dj` for `j`, `tj` for `c`, `sj` for `sy`), `ch` or
 * `kh` for `h` (`Achmad`, `Mochamad`), and doubled letters (`Muhammad`, `Muhamad`) all name the same
 * given name, while the name lexicon (derived from news corpora) holds the spellings it saw. So
 * `Mochamad Rizki` opens with a given name although no corpus spelled it so.
 */
import { PERSON_FIRST_RESPELT } from '../../lexicon/generated/name-words';
import { isGivenName } from '../../lexicon/name-words';
import { SortedWords } from '../../lexicon/sorted-words';
import { featureOn } from '../features';
import { codePointAt, cpLength, isLowerCp } from '../text/chars';

/**
 * Old or variant letter pairs (any first letter of `firsts`, then `second`) and the modern
 * spelling they stand for, in the order applied, each over the whole word.
 */
const RESPELLINGS: readonly (readonly [firsts: string, second: string, to: string])[] = [
  ['o', 'e', 'u'],
  ['d', 'j', 'j'],
  ['t', 'j', 'c'],
  ['s', 'j', 'sy'],
  ['ck', 'h', 'h'],
];

/**
 * `s` with every pair of RESPELLINGS' shape replaced by `to`, left to right, a replaced pair never
 * overlapping the next (as a global regex replaces). A char scan: these run on every capitalised
 * word the name model asks about, and a regex per pair cost a compile on the cold first analysis.
 */
function replacePairs(s: string, firsts: string, second: string, to: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length - 1;)
    if (s[i + 1] === second && firsts.includes(s[i]!)) {
      out += s.slice(last, i) + to;
      i += 2;
      last = i;
    } else i++;
  return last === 0 ? s : out + s.slice(last);
}

/** `s` with each lowercase letter written twice in a row written once (`muhammad` → `muhamad`). */
function undouble(s: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length;) {
    const cp = codePointAt(s, i);
    const n = cpLength(cp);
    if (isLowerCp(cp) && codePointAt(s, i + n) === cp) {
      out += s.slice(last, i + n);
      i += 2 * n;
      last = i;
    } else i += n;
  }
  return last === 0 ? s : out + s.slice(last);
}

/** Whether a lowercase word holds a letter pair that respell changes (most words do not). */
export function hasVariant(lw: string): boolean {
  for (let i = 0; i < lw.length;) {
    const cp = codePointAt(lw, i);
    const n = cpLength(cp);
    if (RESPELLINGS.some(([firsts, second]) => lw[i + 1] === second && firsts.includes(lw[i]!)))
      return true;
    if (isLowerCp(cp) && codePointAt(lw, i + n) === cp) return true;
    i += n;
  }
  return false;
}

/** One spelling for all the variants of a lowercase word (`mochamad`, `muhammad` → `muhamad`). */
export function respell(lw: string): string {
  let s = lw;
  for (const [firsts, second, to] of RESPELLINGS) s = replacePairs(s, firsts, second, to);
  // Doubled letters last, so `Muchammad` and `Muhamad` meet at `muhamad`.
  return undouble(s);
}

/**
 * The given names of the lexicon, respelt. The list is made by `npm run lexicon`: respelling the
 * thousand names here, on the first word with a variant group (most articles have one: `Allah`,
 * `Muhammad`), was paid by every cold start. Asked by substring search, like the other generated lists,
 * until a Set pays.
 */
const respeltFirst = new SortedWords(PERSON_FIRST_RESPELT);

/**
 * True when `w` is a given name as written, or a variant spelling of one (`Mochamad`, `Soetrisno`
 * when the lexicon holds `Mohamad` or `Sutrisno`).
 */
export function isGivenNameSpelling(w: string): boolean {
  if (isGivenName(w)) return true;
  const lw = w.toLowerCase();
  if (!featureOn('names.model.spellings') || !hasVariant(lw)) return false;
  return respeltFirst.has(respell(lw));
}

/**
 * Spellings of one given name. Indonesian names keep the spelling their bearer was registered
 * with: the pre-1972 spelling (`oe` for `u`, `dj` for `j`, `tj` for `c`, `sj` for `sy`), `ch` or
 * `kh` for `h` (`Achmad`, `Mochamad`), and doubled letters (`Muhammad`, `Muhamad`) all name the same
 * given name, while the name lexicon (derived from news corpora) holds the spellings it saw. So
 * `Mochamad Rizki` opens with a given name although no corpus spelled it so.
 */
import { PERSON_FIRST } from '../../lexicon/generated/name-words';
import { isGivenName } from '../../lexicon/name-words';
import { featureOn } from '../features';

/** Old or variant letter groups and the modern spelling they stand for, in the order applied. */
const RESPELLINGS: readonly (readonly [RegExp, string])[] = [
  [/oe/g, 'u'],
  [/dj/g, 'j'],
  [/tj/g, 'c'],
  [/sj/g, 'sy'],
  [/[ck]h/g, 'h'],
  // Doubled letters last, so `Muchammad` and `Muhamad` meet at `muhamad`.
  [/(\p{Ll})\1/gu, '$1'],
];

/** Whether a lowercase word holds a letter group that RESPELLINGS changes (most words do not). */
const VARIANT = /oe|dj|tj|sj|[ck]h|(\p{Ll})\1/u;

/** One spelling for all the variants of a lowercase word (`mochamad`, `muhammad` → `muhamad`). */
export function respell(lw: string): string {
  let s = lw;
  for (const [from, to] of RESPELLINGS) s = s.replace(from, to);
  return s;
}

/** The given names of the lexicon, respelt; built on the first word with a variant group. */
let respeltFirst: ReadonlySet<string> | null = null;

/**
 * True when `w` is a given name as written, or a variant spelling of one (`Mochamad`, `Soetrisno`
 * when the lexicon holds `Mohamad` or `Sutrisno`).
 */
export function isGivenNameSpelling(w: string): boolean {
  if (isGivenName(w)) return true;
  const lw = w.toLowerCase();
  if (!featureOn('names.model.spellings') || !VARIANT.test(lw)) return false;
  respeltFirst ??= new Set(PERSON_FIRST.split(' ').map(respell));
  return respeltFirst.has(respell(lw));
}

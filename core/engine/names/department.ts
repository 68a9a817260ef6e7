/**
 * Field names inside an academic or government unit (`Fakultas Kelautan dan Pesisir Universitas X`,
 * `Dinas Pemuda dan Olahraga Kota Y`): the words after a faculty, department or office head name the
 * unit, not a person, up to the institution or region that holds it. `dan` between two such words
 * joins the field.
 */
import { isUpperCp, runOf } from '../text/chars';
import { lowerWord } from '../text/kept-per-string';

/**
 * Heads of a unit inside a university or school, and of an office inside a government
 * (`Dinas Pemuda dan Olahraga Kota X`, `Biro Hukum dan Humas Provinsi Y`), whose fields `dan` joins.
 */
const UNIT_HEADS: ReadonlySet<string> = new Set(
  'fakultas jurusan prodi studi dinas biro bidang direktorat bagian seksi'.split(' '),
);

/** True when lowercase `w` heads a unit of a university, school or government (`fakultas`, `dinas`). */
export const isUnitHead = (w: string): boolean => UNIT_HEADS.has(w);

/** Heads of the institution or region that holds such a unit. */
const SCHOOL_HEADS: ReadonlySet<string> = new Set(
  'universitas institut sekolah politeknik akademi uin iain kota kabupaten provinsi pemkot pemkab pemprov'.split(
    ' ',
  ),
);

const lw = (w: string | undefined) => (w === undefined ? '' : lowerWord(w));
/** An acronym (`UI`, `UGM`) names the institution; name-run.ts has the same test (no cycle). */
const isAcronym = (w: string) => {
  const n = runOf(w, isUpperCp);
  return n >= 2 && n <= 8;
};

/** Index of the unit head that `words[k]` is a field word of (at most four words back), or -1. */
function unitHeadBefore(words: readonly string[], k: number): number {
  for (let j = k - 1; j >= 0 && k - j <= 4; j--) {
    if (UNIT_HEADS.has(lw(words[j]))) return j;
    if (SCHOOL_HEADS.has(lw(words[j])) || isAcronym(words[j]!)) return -1;
  }
  return -1;
}

/**
 * True when `words[k]` is a field word of an academic unit: after a unit head and before the
 * institution that holds it (a school head or an acronym follows within four words).
 */
export function isUnitField(words: readonly string[], k: number): boolean {
  if (unitHeadBefore(words, k) < 0) return false;
  for (let m = k + 1; m < words.length && m - k <= 4; m++)
    if (SCHOOL_HEADS.has(lw(words[m])) || isAcronym(words[m]!)) return true;
  return false;
}

/** True when `dan` at `words[k]` joins two field words of one academic unit. */
export const joinsUnitField = (words: readonly string[], k: number): boolean =>
  lw(words[k]) === 'dan' && unitHeadBefore(words, k) >= 0 && isUnitField(words, k + 1);

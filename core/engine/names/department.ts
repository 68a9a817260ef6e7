/**
 * Field names inside an academic unit (`Fakultas Kelautan dan Pesisir Universitas X`, `Jurusan Teknik
 * Sipil Institut Y`): the words after a faculty or department head name the unit, not a person,
 * up to the institution that holds it. `dan` between two such words joins the field.
 */

/** Heads of a unit inside a university or school. */
const UNIT_HEADS: ReadonlySet<string> = new Set(['fakultas', 'jurusan', 'prodi', 'studi']);

/** Heads of the institution that holds such a unit. */
const SCHOOL_HEADS: ReadonlySet<string> = new Set(
  'universitas institut sekolah politeknik akademi uin iain'.split(' '),
);

const lw = (w: string | undefined) => (w ?? '').toLowerCase();
/** An acronym (`UI`, `UGM`) names the institution; name-run.ts has the same test (no cycle). */
const isAcronym = (w: string) => /^\p{Lu}{2,8}$/u.test(w);

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

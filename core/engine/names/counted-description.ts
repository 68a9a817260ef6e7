/**
 * `Dua pelatih itu sempat bersitegang …`, `Kedua menteri tersebut …`: a small count, plain or
 * collective, before a role opens a plural definite description, the people holding that role.
 * Read as a capitalised run, the count (`Dua`) was a person of its own (names.countedHolders).
 */
import { CARDINALS, COLLECTIVE_NUMERALS, DEFINITE } from '../../lexicon/pronouns';
import { ROLE_HEAD_SET, ROLE_WORD_SET } from '../../lexicon/roles';
import { featureOn } from '../features';
import type { Token } from '../text/text';
import { startsLower } from '../text/chars';

/** Most words of the role after the count (`dua wakil ketua komisi`). */
const MAX_WORDS = 3;

/** Two to four, plain and collective: the counts of the holders of one office an article names. */
const COUNTS: ReadonlyMap<string, number> = new Map([
  ...CARDINALS.slice(0, 3).map((w, k) => [w, k + 2] as const),
  ...COLLECTIVE_NUMERALS.map((w, k) => [w, k + 2] as const),
]);

/** A counted description opening at token `i`: its end (exclusive), its role and its count. */
export interface CountedDescription {
  readonly end: number;
  readonly role: string;
  readonly count: number;
}

/**
 * The counted description opening at token `i` (`Dua pelatih itu`, `kedua menteri`): a count,
 * then lowercase words up to the last role word, one of them a role head, and a demonstrative
 * closing it when one follows; null when there is none.
 */
export function countedDescriptionAt(toks: readonly Token[], i: number): CountedDescription | null {
  const count = COUNTS.get(toks[i]?.lower ?? '');
  if (!count || !featureOn('names.countedHolders')) return null;
  let last = -1;
  for (let k = i + 1; k < toks.length && k - i <= MAX_WORDS && startsLower(toks[k]!.text); k++)
    if (ROLE_WORD_SET.has(toks[k]!.lower)) last = k;
  if (last < 0) return null;
  const words = toks.slice(i + 1, last + 1);
  if (!words.some(t => ROLE_HEAD_SET.has(t.lower))) return null;
  const role = words.map(t => t.lower).join(' ');
  const end = DEFINITE.has(toks[last + 1]?.lower ?? '') ? last + 2 : last + 1;
  return { end, role, count };
}

/** The count a counted description's first word writes (`Dua` 2, `kedua` 2), or 0. */
export const countOf = (w: string): number => COUNTS.get(w.toLowerCase()) ?? 0;

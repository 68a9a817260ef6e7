/**
 * `Dua pelatih itu sempat bersitegang …`, `Kedua menteri tersebut …`: a small count, plain or
 * collective, before a role opens a plural definite description, the people holding that role.
 * Read as a capitalised run, the count (`Dua`) was a person of its own (names.countedHolders).
 */
import { CARDINALS, COLLECTIVE_NUMERALS, DEFINITE } from '../../lexicon/pronouns';
import { featureOn } from '../features';
import type { Token } from '../text/text';
import { officeWordsEnd } from './office-words';

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
 * then the office's words (office-words.ts), and a demonstrative closing it when one follows;
 * null when there is none.
 */
export function countedDescriptionAt(toks: readonly Token[], i: number): CountedDescription | null {
  const count = COUNTS.get(toks[i]?.lower ?? '');
  if (!count || !featureOn('names.countedHolders')) return null;
  const last = officeWordsEnd(toks, i + 1, MAX_WORDS);
  if (last < 0) return null;
  const role = toks
    .slice(i + 1, last)
    .map(t => t.lower)
    .join(' ');
  const end = DEFINITE.has(toks[last]?.lower ?? '') ? last + 1 : last;
  return { end, role, count };
}

/** The count a counted description's first word writes (`Dua` 2, `kedua` 2), or 0. */
export const countOf = (w: string): number => COUNTS.get(w.toLowerCase()) ?? 0;

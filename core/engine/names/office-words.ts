/**
 * The office a definite description names after its opener (`sang mantan kepala desa`, `dua
 * pelatih`): lowercase words up to the last role word, so the predicate after them (`sang pelatih
 * enggan …`) stays out, with a role head among them (sang-description.ts, counted-description.ts).
 */
import { ROLE_HEAD_SET, ROLE_WORD_SET } from '../../lexicon/roles';
import type { Token } from '../text/text';
import { isAllLower } from '../text/chars';

/**
 * The token after the office's words from token `from` (at most `max` lowercase words), or -1
 * when no role word ends them or no role head is among them.
 */
export function officeWordsEnd(toks: readonly Token[], from: number, max: number): number {
  let end = -1;
  for (let k = from; k < toks.length && k - from < max && isAllLower(toks[k]!.text); k++)
    if (ROLE_WORD_SET.has(toks[k]!.lower)) end = k + 1;
  if (end < 0) return -1;
  return toks.slice(from, end).some(t => ROLE_HEAD_SET.has(t.lower)) ? end : -1;
}

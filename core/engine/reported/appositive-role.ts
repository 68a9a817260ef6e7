/**
 * A description set off by commas after a named speaker (`Menurut Andi Saputra, pengamat pertanian
 * dari IPB, harga …`) says who the speaker is; the reported clause starts after its closing comma.
 */
import { ROLE_HEAD_SET } from '../../lexicon/roles';
import { ONE_PERSON_DETERMINERS } from '../../lexicon/pronouns';
import { EN_FINITE_AUXILIARIES } from '../../lexicon/cues-en';
import { featureOn } from '../features';
import { isPredicate } from './noun-object';
import type { Sentence } from './reported-clause';
import type { Token } from '../text/text';

/** How many words a description may span before its closing comma. */
const MAX_DESCRIPTION = 8;

/**
 * Past a lowercase description opening with a role head after the comma at `k` (`, pengamat
 * pertanian dari IPB,`): the index of its closing comma, or `k` when there is none. A predicate
 * inside makes it the clause itself (`, warga harus waspada`), so it is not skipped.
 */
export function pastAppositiveRole(toks: readonly Token[], k: number, s: Sentence): number {
  const head = toks[k + 1];
  if (toks[k]?.text !== ',' || !head) return k;
  if (!ROLE_HEAD_SET.has(head.text) && !indefiniteDescription(head.lower)) return k;
  for (let j = k + 2; j <= k + 1 + MAX_DESCRIPTION && toks[j] && toks[j]!.start < s.end; j++) {
    const w = toks[j]!.text;
    if (w === ',') return j;
    if (isPredicate(w) || EN_FINITE_AUXILIARIES.has(toks[j]!.lower)) return k;
  }
  return k;
}

/**
 * `Menurut X, seorang pakar hidrologi, …`, `According to X, a hydrologist at Y, …`: a description
 * opened by an indefinite determiner (ONE_PERSON_DETERMINERS) says who
 * X is as a role head does (reported.indefiniteAppositive); the clause after its comma is the
 * report. One with a verb (`a new levee will be built`) is the clause itself.
 */
const indefiniteDescription = (w: string): boolean =>
  ONE_PERSON_DETERMINERS.has(w) && featureOn('reported.indefiniteAppositive');

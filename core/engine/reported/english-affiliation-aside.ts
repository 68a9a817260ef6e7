/**
 * Where an English speaker works, written in lowercase between the name and the cue: `Rina Kartika
 * of the provincial health office said …`, `Budi Santoso from the village council said …`. A
 * capitalised organisation there is read with the name (names/affiliated-subject.ts); a lowercase
 * one is a description no name reader takes, so the subject is read before it.
 */
import { EN_AFFILIATION_PREPOSITIONS } from '../../lexicon/cues-en';
import { featureOn } from '../features';
import { startsUpper } from '../text/chars';
import { isLowerWord, type Token } from '../text/text';

/** Most lowercase words of the affiliation after its `the` (`provincial health office`). */
const MAX_AFFILIATION = 5;

/**
 * Steps back from the cue at `k` over `of|from|at the <lowercase words>` that follows a capitalised
 * name; returns the index the subject ends before, `k` when there is no such aside.
 */
export function skipLowercaseAffiliation(toks: readonly Token[], k: number): number {
  if (!featureOn('reported.englishLowercaseAffiliation')) return k;
  let j = k;
  while (j > 0 && k - j < MAX_AFFILIATION && isLowerWord(toks[j - 1]!.text)) {
    if (toks[j - 1]!.lower === 'the') break;
    j--;
  }
  if (j === k || toks[j - 1]?.lower !== 'the') return k;
  const prep = toks[j - 2];
  if (!prep || !EN_AFFILIATION_PREPOSITIONS.has(prep.lower)) return k;
  return startsUpper(toks[j - 3]?.text ?? '') ? j - 2 : k;
}

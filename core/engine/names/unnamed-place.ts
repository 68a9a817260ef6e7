/**
 * An unnamed subject whose run is only its place or affiliation (`Seorang pedagang asal Cibening
 * mengaku`): the run is not the speaker. Split from mention-before.ts.
 */
import { anonymousBefore } from './described-subject';
import type { Mention } from './mention';
import type { Token } from '../text/text';
import { featureOn } from '../features';
import { PREPOSITIONS } from '../../lexicon/prepositions';
import { isGivenName, isInnerName } from '../../lexicon/name-words';

/** Words that put a run in a place or affiliation adjunct: the prepositions, and `asal` ("from"). */
const ADJUNCT_OPENERS: ReadonlySet<string> = new Set([...PREPOSITIONS, 'asal']);

/**
 * `Seorang pengguna aplikasi X di Cibening mengaku`, `Seorang pedagang asal Cibening mengaku`: a run
 * after a preposition inside a subject an indefinite word opens is that unnamed person's place or
 * affiliation, not the speaker, unless a name lexicon knows one of its words as a person's
 * (`Seorang warga bersama Budi Santoso mengatakan`).
 */
export function unnamedAroundPlace(
  toks: readonly Token[],
  s: number,
  k: number,
  text: string,
): Mention | null {
  if (!featureOn('names.unnamedPlace') || !ADJUNCT_OPENERS.has(toks[s - 1]?.text ?? ''))
    return null;
  for (let j = s; j <= k; j++)
    if (isGivenName(toks[j]!.text) || isInnerName(toks[j]!.text)) return null;
  const unnamed = anonymousBefore(toks, k, text);
  return unnamed?.kind === 'anonymous' ? unnamed : null;
}

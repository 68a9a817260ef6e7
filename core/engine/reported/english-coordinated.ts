/**
 * A second English cue joined to the first by `but`/`and` (en.republika.co.id): `X said the road
 * would open in May but warned that tolls could still rise.` The second cue shares the
 * sentence's subject and reports its own `that` clause; the first clause ends at the conjunction.
 * The mention is read like a `-nya` (the sentence speaker), as after `, saying …`.
 */
import {
  EN_CUE_ADVERBS,
  EN_CUE_COORDINATORS,
  EN_PRE_CUES,
  EN_TELL_CUES,
} from '../../lexicon/cues-en';
import { featureOn } from '../features';
import { NYA_MENTION } from '../names/mention';
import { hit, type Hit } from './reported-clause';
import { clauseOf, type RuleInput } from './reported-rule';

const CUES: ReadonlySet<string> = new Set(EN_PRE_CUES);
const FIRST_CUES: ReadonlySet<string> = new Set([...EN_PRE_CUES, ...EN_TELL_CUES]);
const ADVERBS: ReadonlySet<string> = new Set(EN_CUE_ADVERBS);

/** `… but warned that …` at the cue token `i`, after a first cue in the sentence, or null. */
export function englishCoordinated(input: RuleInput, i: number): Hit | null {
  const { p, toks, s } = input;
  const t = toks[i]!;
  if (!featureOn('reported.englishCoordinatedCue') || !CUES.has(t.text)) return null;
  if (toks[i + 1]?.text !== 'that') return null;
  let j = i - 1;
  while (j > 0 && ADVERBS.has(toks[j]!.lower)) j--;
  const and = toks[j];
  if (!and || !EN_CUE_COORDINATORS.has(and.text) || and.start < s.start) return null;
  // The first cue of the sentence, before the conjunction, gives the subject both share.
  let first = j - 1;
  while (first >= 0 && toks[first]!.start >= s.start && !FIRST_CUES.has(toks[first]!.text)) first--;
  if (first < 0 || toks[first]!.start < s.start) return null;
  const c = clauseOf(input, i + 1);
  return c ? hit(p, c, t, NYA_MENTION, and.start) : null;
}

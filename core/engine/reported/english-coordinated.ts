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
  EN_PRE_CUE_SET,
  EN_TELL_CUES,
} from '../../lexicon/cues-en';
import { featureOn } from '../features';
import { NYA_MENTION } from '../names/mention';
import { hit, type Hit } from './reported-clause';
import { clauseOf, type RuleInput } from './reported-rule';
import { mentionBefore } from '../names/mention-before';
import { tokenIndexAt } from '../text/text';
import { isLowerCp, runOf, startsUpper } from '../text/chars';

const FIRST_CUES: ReadonlySet<string> = new Set([...EN_PRE_CUES, ...EN_TELL_CUES]);
const ADVERBS: ReadonlySet<string> = new Set(EN_CUE_ADVERBS);

/** `… but warned that …` at the cue token `i`, after a first cue in the sentence, or null. */
export function englishCoordinated(input: RuleInput, i: number): Hit | null {
  return EN_PRE_CUE_SET.has(input.toks[i]!.text) ? englishCoordinatedAt(input, i) : null;
}

/**
 * englishCoordinated at an English cue: a function of its own behind its test, so that an article
 * without one compiles only the test (engine README: guards before bodies).
 */
function englishCoordinatedAt(input: RuleInput, i: number): Hit | null {
  const { p, toks, s } = input;
  const t = toks[i]!;
  if (!featureOn('reported.englishCoordinatedCue')) return null;
  let j = i - 1;
  while (j > 0 && ADVERBS.has(toks[j]!.lower)) j--;
  const and = toks[j];
  if (!and || !EN_CUE_COORDINATORS.has(and.text) || and.start < s.start) return null;
  // The first cue of the sentence, before the conjunction, gives the subject both share.
  let first = j - 1;
  while (first >= 0 && toks[first]!.start >= s.start && !FIRST_CUES.has(toks[first]!.text)) first--;
  if (first < 0 || toks[first]!.start < s.start) return afterOtherVerb(input, i, j);
  if (toks[i + 1]?.text !== 'that') return null;
  const c = clauseOf(input, i + 1);
  return c ? hit(p, c, t, NYA_MENTION, and.start) : null;
}

/**
 * A lowercase past tense (`welcomed`, `rejected`): the first verb of the sentence. `/^\p{Ll}{3,}ed$/u`
 * as a scan (at least three lowercase letters before `ed`).
 */
export const isPastShape = (w: string): boolean => w.endsWith('ed') && runOf(w, isLowerCp) >= 5;

/**
 * `Green group X praised the decision but said the fine was …`: a cue joined to a first
 * verb that reports nothing (a past tense right after the sentence's named subject) shares that
 * subject, read before the first verb. The conjunction is at `j`, the cue at `i`.
 */
function afterOtherVerb(input: RuleInput, i: number, j: number): Hit | null {
  if (!featureOn('reported.englishCoordinatedVerb')) return null;
  const { p, toks, s, ev } = input;
  const opening = tokenIndexAt(toks, s.start);
  let v = opening + 1;
  while (v < j && !(isPastShape(toks[v]!.text) && startsUpper(toks[v - 1]!.text))) v++;
  if (v >= j) return null;
  const mention = mentionBefore(toks, v, p.text, ev);
  if (mention?.kind !== 'named') return null;
  const c = clauseOf(input, i + 1);
  return c ? hit(p, c, toks[i]!, mention, toks[opening]!.start) : null;
}

/**
 * English urging verbs spelled with a particle (`X called on regents to open …`, `X appealed
 * to residents to stay indoors`): read as the pre-posed cue `urged` is (pre-cue.ts), the
 * verb and its particle together being the cue, so the addressee and the infinitive after it are
 * what was urged and the subject before the verb is the speaker.
 */
import { EN_PHRASAL_URGE_CUES } from '../../lexicon/cues-en';
import { startsLower } from '../text/chars';
import type { Token } from '../text/text';
import { preCue } from './pre-cue';
import type { Hit } from './reported-clause';
import type { RuleInput } from './reported-rule';

/** The most tokens between the particle and the infinitive's `to` (the addressee's words). */
const MAX_ADDRESSEE = 10;

/**
 * True when an infinitive (`to` + a lowercase word) follows the particle at `k` within the
 * addressee's reach, before the sentence ends: `called on the regional administrations to speed
 * up …`. Without one the verb names or visits (`called on the president at the palace`).
 */
function infinitiveAfter(toks: readonly Token[], k: number, end: number): boolean {
  for (let j = k + 2; j < toks.length && j <= k + 1 + MAX_ADDRESSEE; j++) {
    const t = toks[j]!;
    if (t.start >= end || /^[.!?;]$/.test(t.text)) return false;
    if (t.lower === 'to' && j > k + 1) return startsLower(toks[j + 1]?.text ?? '');
  }
  return false;
}

/** The phrasal urging cue at token `i` with its subject and what was urged, or null. */
export function englishPhrasalUrge(input: RuleInput, i: number): Hit | null {
  const { toks, s } = input;
  const particles = EN_PHRASAL_URGE_CUES.get(toks[i]!.lower);
  if (!particles || !particles.has(toks[i + 1]?.lower ?? '')) return null;
  if (!infinitiveAfter(toks, i + 1, s.end)) return null;
  return preCue(input, i, 1);
}

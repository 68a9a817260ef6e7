/**
 * A description by sex (`kata perempuan berhijab itu`, `ujar pria itu`, `kata ibu dua anak itu`)
 * and the people the article told the sex of (a title such as `Pak`/`Bu`, a person noun set off
 * after or before the name: gender.ts). The writer who calls the speaker `perempuan itu` does not
 * mean the man who spoke last, but another who spoke or was just brought in, not told to be a
 * man. A sex that agrees picks nobody out by itself: the one just named (`Budi, warga X, …` then
 * `ujar pria itu`) is meant before a man told so further back.
 */
import type { Candidate } from '../candidate';
import type { Entity, Pos } from '../cast/entity';
import { featureOn } from '../features';
import { bestCandidate } from './antecedent-model';
import { antecedentCandidates, type AntecedentCandidate } from './candidates';
import { pointingContext } from './point-back';
import type { ResolveContext } from './resolve-context';

/** What the sex a description tells says of its candidates. */
export interface SexReading {
  /** The last speaker is of the other sex: not the one described. */
  lastUnlike: boolean;
  /** With the last speaker unlike: the best other speaker or new topic not of the other sex. */
  other: Entity | null;
}

const NONE: SexReading = { lastUnlike: false, other: null };

const single = (a: AntecedentCandidate): boolean =>
  a.entities.length === 1 && a.entities[0]!.kind === 'person';

/** A speaker, or a person brought in since the last statement: who a description may mean. */
const heard = (a: AntecedentCandidate): boolean =>
  a.via === 'speaker' || a.features.introducedSinceQuote === 1;

/** The best of `cands` (the model's order), or null. */
function best(cands: readonly AntecedentCandidate[]): Entity | null {
  const k = bestCandidate(cands);
  return k < 0 ? null : cands[k]!.entities[0]!;
}

/**
 * How the sex quote `c`'s person description tells (description-gender.ts) meets the candidates
 * before `from`; NONE when it tells none or `discourse.describedSex` is off.
 */
export function readDescribedSex(ctx: ResolveContext, c: Candidate, from: Pos): SexReading {
  if (!featureOn('discourse.describedSex')) return NONE;
  const context = pointingContext(ctx, c, 'description');
  if (!context.gender) return NONE;
  const cands = antecedentCandidates(from, 'description', ctx, context).filter(single);
  const last = cands.find(a => a.features.lastSpeaker === 1);
  if (!last?.features.genderMismatch) return NONE;
  return {
    lastUnlike: true,
    other: best(cands.filter(a => heard(a) && !a.features.genderMismatch)),
  };
}

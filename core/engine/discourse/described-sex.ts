/**
 * A description by sex (`kata perempuan berhijab itu`, `ujar pria itu`, `kata ibu dua anak itu`)
 * and the people the article told the sex of (a title such as `Pak`/`Bu`, a person noun set off
 * after or before the name: gender.ts). The writer who calls the speaker `perempuan itu` does not
 * mean the man who spoke last, but another who spoke or was just brought in, not told to be a
 * man. A sex that agrees picks nobody out by itself: the one just named (`Budi, warga X, …` then
 * `ujar pria itu`) is meant before a man told so further back.
 */
import type { Candidate } from '../candidate';
import { offsetOf, paragraphOf, type Entity, type Pos } from '../cast/entity';
import type { Gender } from '../../lexicon/gender';
import { descriptionGender } from './description-gender';
import { featureOn } from '../features';
import { bestAntecedent, type AntecedentCandidate, type CandidateFilter } from './candidates';
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

/**
 * How the sex quote `c`'s person description tells (description-gender.ts) meets the candidates
 * before `from`; NONE when it tells none or `discourse.describedSex` is off. One look: the model
 * chooses among one person each who spoke or was brought in since the last statement and is not
 * of the other sex, and the same walk notes whether the first last speaker it meets is.
 */
export function readDescribedSex(ctx: ResolveContext, c: Candidate, from: Pos): SexReading {
  if (!featureOn('discourse.describedSex')) return NONE;
  const context = pointingContext(ctx, c, 'description');
  if (!context.gender) return NONE;
  let lastUnlike: boolean | null = null;
  const likeAndHeard: CandidateFilter = (a, f) => {
    // `Seorang pedagang … memunguti …` then `ujar perempuan itu`: the one brought in unnamed
    // since, unless their noun tells the other sex (`Seorang kakek …`).
    if (a.entities.length === 0)
      return unnamedSince(a, f) && unnamedSex(ctx, a.latest) !== otherSex(context.gender!);
    if (a.entities.length !== 1 || a.entities[0]!.kind !== 'person') return false;
    if (lastUnlike === null && f.lastSpeaker === 1) lastUnlike = f.genderMismatch === 1;
    // A speaker, or a person brought in since the last statement: who a description may mean.
    const heard = a.via === 'speaker' || f.introducedSinceQuote === 1;
    return heard && !f.genderMismatch;
  };
  const other = bestAntecedent(from, 'description', ctx, context, likeAndHeard);
  // Read once the look is over (a TypeScript narrowing does not see the filter's assignment).
  if (!(lastUnlike as boolean | null)) return NONE;
  const found = other ?? namedSinceStatement(ctx, c, from);
  return { lastUnlike: true, other: found ? (found.entities[0] ?? null) : null };
}

/**
 * `Bidan X singgah di rumah Y. Istrinya, Z, …` then `“…,” tutur pria itu` after a woman's
 * statement: when nobody who spoke or was brought in as a subject since fits the sex, the one
 * person named since the last statement in any place of a clause (an object, after a
 * preposition) who is not of the other sex (discourse.describedSexNamedSince).
 */
function namedSinceStatement(
  ctx: ResolveContext,
  c: Candidate,
  from: Pos,
): AntecedentCandidate | null {
  if (!featureOn('discourse.describedSexNamedSince')) return null;
  const last = ctx.speeches[ctx.speeches.length - 1];
  if (!last) return null;
  const context = pointingContext(ctx, c, 'description');
  const since: CandidateFilter = (a, f) =>
    a.via === 'mention' &&
    a.entities.length === 1 &&
    a.entities[0]!.kind === 'person' &&
    a.latest > last.end &&
    !f.genderMismatch;
  return bestAntecedent(from, 'description', ctx, context, since);
}

/** The sex the words opening the unnamed mention at `at` tell (`Seorang kakek …`), or null. */
function unnamedSex(ctx: ResolveContext, at: Pos): Gender | null {
  const text = ctx.doc.texts.get(paragraphOf(at)) ?? '';
  const from = offsetOf(at);
  return descriptionGender(text.slice(from, from + UNNAMED_WORDS_REACH));
}

/** How far the words opening an unnamed mention are read, in characters (`Seorang nenek tua`). */
const UNNAMED_WORDS_REACH = 40;

const otherSex = (g: Gender): Gender => (g === 'male' ? 'female' : 'male');

/**
 * True for a single person brought in unnamed as a subject since the last statement (`Seorang
 * pedagang sayur tampak memunguti dagangannya.`): who a description by sex may mean before anyone
 * named further back (discourse.describedSexUnnamed).
 */
const unnamedSince: CandidateFilter = (a, f) =>
  a.via === 'mention' &&
  f.introducedSinceQuote === 1 &&
  !f.numberMismatch &&
  featureOn('discourse.describedSexUnnamed');

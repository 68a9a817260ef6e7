/**
 * A description by sex, age or kinship (`kata pria berusia 50 tahun itu`) is somebody named only
 * when the text just brought them in or follows straight on from their statement (title-speaker.ts
 * `describedBack`). One more case follows on: the last speaker opened the paragraph before (by
 * name, pronoun or description: pronoun-opened.ts) and the person narrated there since is talked
 * about (`Diplomat asal Ternate itu menuturkan, seorang sopir setempat, Y, sangat berjasa. Y
 * mengemudikan …` then `“…,” kata pria berusia 50 tahun itu`). The discourse model says so: its
 * choice is the last speaker, and a rival lost for being narrated in the source's paragraph
 * (`narratedHere`/`narratedBefore`) after the source's own statement talked about them
 * (`talkedAboutLast`). Somebody brought in there by the narration alone (`Tetangganya, Y,
 * kehilangan …`) leaves the description unnamed, as before.
 */
import type { Candidate } from '../candidate';
import type { Entity, Pos } from '../cast/entity';
import { featureOn } from '../features';
import { bestAntecedent } from './candidates';
import { pointingContext } from './point-back';
import type { ResolveContext } from './resolve-context';

/** True when description mention of quote `c` at `from` keeps `last`, the previous speaker. */
export function keepsSource(ctx: ResolveContext, c: Candidate, from: Pos, last: Entity): boolean {
  if (!featureOn('discourse.describedKeepsSource')) return false;
  let rival = false;
  const best = bestAntecedent(
    from,
    'description',
    ctx,
    pointingContext(ctx, c, 'description'),
    (_, f) => {
      rival ||= f.talkedAboutLast > 0 && f.narratedHere + f.narratedBefore > 0;
      return true;
    },
  );
  return (
    rival &&
    best?.entities.length === 1 &&
    best.entities[0] === last &&
    best.features.lastSpeaker === 1
  );
}

/**
 * A description by sex (`tutur nenek enam cucu itu`) keeps `last`, the previous speaker, when the
 * article told that speaker is of that sex and the model chose them (`Ia berharap … . Bagi X, … .
 * Ia ingin …`, each about her): the text went on about the speaker, however many of its sentences
 * it took (discourse.describedSexKeepsSource). Who came in between is the caller's test
 * (title-speaker.ts describedBack).
 */
export function sexKeepsSource(
  ctx: ResolveContext,
  c: Candidate,
  from: Pos,
  last: Entity,
): boolean {
  if (!featureOn('discourse.describedSexKeepsSource')) return false;
  const best = bestAntecedent(from, 'description', ctx, pointingContext(ctx, c, 'description'));
  const f = best?.features;
  return (
    !!f &&
    best.entities.length === 1 &&
    best.entities[0] === last &&
    f.lastSpeaker === 1 &&
    f.genderAgrees === 1 &&
    f.subjectsBetween === 0
  );
}

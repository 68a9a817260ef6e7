/**
 * A description by a word that tells an age band (`kata remaja itu`, `ujar bocah itu`, `kata
 * pria paruh baya itu`, `the teenager said`) means the person the article gave an age in that
 * band when it introduced them (`Dimas (15)`, `Sarni, yang berusia 72 tahun,`): the age is what
 * the writer's word is chosen by, so a speaker or a person named in between whose age lies outside
 * the band is not meant. The bands are data (lexicon/age-bands.ts).
 */
import type { Entity, Pos } from '../cast/entity';
import type { CastRecord } from '../cast/mention-record';
import { AGE_BAND_MODIFIERS, AGE_BAND_NOUNS } from '../../lexicon/age-bands';
import { DEFINITE, EN_ARTICLES, PERSON_NOUNS } from '../../lexicon/pronouns';
import { PERSON_NOUN_GENDER } from '../../lexicon/gender';
import { isAlnumOrHyphenCp, runsOf } from '../text/chars';
import { ageAt } from './described-age';

type Band = readonly [number, number];

/** Words before or after a description that tell nothing of the person's age. */
const FRAME = new Set(['sang', 'seorang', ...EN_ARTICLES, ...DEFINITE]);

/** The longest description read for a band (a person noun with a modifier or two). */
const MAX_WORDS = 4;

/**
 * The age band `description` tells (where its person noun's band and its modifiers' meet), or
 * null when it holds no person noun, tells no band, or its bands do not meet.
 */
export function describedAgeBand(description: string): Band | null {
  const ws = runsOf(description.toLowerCase(), isAlnumOrHyphenCp).filter(w => !FRAME.has(w));
  if (!ws.length || ws.length > MAX_WORDS) return null;
  const person = ws.some(
    w => PERSON_NOUNS.has(w) || PERSON_NOUN_GENDER.has(w) || AGE_BAND_NOUNS.has(w),
  );
  if (!person) return null;
  let band: Band | null = null;
  const meet = (b: Band | undefined) => {
    if (!b) return;
    band = band ? [Math.max(band[0], b[0]), Math.min(band[1], b[1])] : b;
  };
  ws.forEach((w, i) => {
    meet(AGE_BAND_NOUNS.get(w));
    meet(AGE_BAND_MODIFIERS.get(w));
    if (i > 0) meet(AGE_BAND_MODIFIERS.get(`${ws[i - 1]} ${w}`));
  });
  const b = band as Band | null;
  return b && b[0] <= b[1] ? b : null;
}

/**
 * The person a description telling `band` means, given the person `chosen` by pointing back: that
 * one when the article gave them an age inside the band; else, of the people introduced before
 * `at` with an age inside it (and for whom `agrees`, the sex the description tells), the one
 * mentioned last; null when nobody was.
 */
export function personInAgeBand(
  records: readonly CastRecord[],
  texts: ReadonlyMap<number, string>,
  band: Band,
  at: Pos,
  chosen: Entity | null,
  agrees: (e: Entity) => boolean = () => true,
): Entity | null {
  const fits = new Set<Entity>();
  let latest: Entity | null = null;
  for (const r of records) {
    if (r.at >= at) break;
    const e = r.entity;
    if (!e || e.kind !== 'person') continue;
    const age = ageAt(texts, r);
    if (age !== null && age >= band[0] && age <= band[1] && agrees(e)) fits.add(e);
    if (fits.has(e)) latest = e;
  }
  return chosen && fits.has(chosen) ? chosen : latest;
}

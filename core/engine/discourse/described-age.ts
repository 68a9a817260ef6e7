/**
 * A description by age (`kata pria berusia 52 tahun itu`, `ujar perempuan 45 tahun tersebut`, `the
 * 58-year-old said`) names the person the article gave that age when it introduced them (`Darto
 * (52), petani, …`, `Sari, 45 tahun, …`, `Maria Hale, 58, said`): an age is as good as a name,
 * whoever spoke or was named in between. One reader (personAged) serves this and a description
 * by age band (described-age-band.ts).
 */
import { offsetOf, paragraphOf, type Entity, type Pos } from '../cast/entity';
import type { CastRecord } from '../cast/mention-record';
import { AGE_WORDS } from '../../lexicon/time-nouns';
import { ageAfterName } from '../names/age-phrase';
import { featureOn } from '../features';

/** The words introducing an age, as one alternation (lexicon/time-nouns.ts). */
const AGE_WORD = AGE_WORDS.join('|');

/** `berusia 52 tahun`, `52 tahun` (the number of years closing the description), `58-year-old`. */
const AGE_IN_DESCRIPTION = new RegExp(
  `(?:^|\\s)(?:(?:${AGE_WORD})\\s+)?(\\d{1,3})\\s+tahun(?:\\s|$)|(?:^|\\s)(\\d{1,3})-year-old(?:\\s|$)`,
  'iu',
);

/** The age a description tells, or null. */
export function describedAge(description: string): number | null {
  const m = AGE_IN_DESCRIPTION.exec(description);
  const n = m ? Number(m[1] ?? m[2]) : NaN;
  return n > 0 && n < 130 ? n : null;
}

/** Which mention of the people of a fitting age counts as their latest (personAged). */
export type AgedLatest = 'aged' | 'mentioned';

/**
 * The person the text introduced before `at` with an age inside `band` ([52, 52] for one age):
 * the entity of a person mention right after which the age is written (`ageAfterName`), for
 * whom `agrees` holds. `chosen` (the person pointed back to) when they are one; else the latest,
 * by the mention that wrote the age (`'aged'`: `pria 52 tahun itu`, as good as a name) or by any
 * later mention of such a person (`'mentioned'`: `remaja itu`, the one talked of last); null
 * when nobody was.
 */
export function personAged(
  records: readonly CastRecord[],
  texts: ReadonlyMap<number, string>,
  band: readonly [number, number],
  at: Pos,
  latestBy: AgedLatest,
  chosen: Entity | null = null,
  agrees: (e: Entity) => boolean = () => true,
): Entity | null {
  const fits = new Set<Entity>();
  let latest: Entity | null = null;
  for (const r of records) {
    if (r.at >= at) break;
    const e = r.entity;
    if (!e || e.kind !== 'person') continue;
    const age = ageAt(texts, r);
    const fit = age !== null && age >= band[0] && age <= band[1] && agrees(e);
    if (fit) fits.add(e);
    if (fit || (latestBy === 'mentioned' && fits.has(e))) latest = e;
  }
  return chosen && fits.has(chosen) ? chosen : latest;
}

/**
 * The age written right after record `r`'s name, or null. A record that took in the description
 * set off after the name (`Darto (52), sopir angkot`) ends after it, so with
 * `discourse.ageWithinMention` the age is also read right after the name's last word inside it.
 */
export function ageAt(texts: ReadonlyMap<number, string>, r: CastRecord): number | null {
  const text = texts.get(paragraphOf(r.end)) ?? '';
  const after = ageAfterName(text.slice(offsetOf(r.end), offsetOf(r.end) + 64), true);
  if (after !== null || !r.entity || !featureOn('discourse.ageWithinMention')) return after;
  if (paragraphOf(r.at) !== paragraphOf(r.end)) return null;
  const own = text.slice(offsetOf(r.at), offsetOf(r.end)).toLowerCase();
  const last = r.entity.tokens[r.entity.tokens.length - 1] ?? '';
  const k = last ? own.indexOf(last) : -1;
  return k < 0 ? null : ageAfterName(text.slice(offsetOf(r.at) + k + last.length, offsetOf(r.end)));
}

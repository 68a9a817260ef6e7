/**
 * An office the article names by its title alone before anyone holding it is named
 * (`Kepala Dinas Sosial Kota X mengatakan pihaknya …`), then its holder: by a description pointing
 * back to it (`Y, kepala dinas tersebut, menjelaskan …`) or, for an office a corps' officer holds,
 * by rank and name alone (`kata AKBP Y` after `Kapolres X mengatakan …`). The title mention means
 * that holder (discourse.holderNamedLater); title-speaker.ts asks only when no role in the cast
 * holds the title.
 */
import type { Entity, Pos } from '../cast/entity';
import { paragraphOf } from '../cast/entity';
import type { Cast } from '../cast/cast';
import { featureOn } from '../features';
import { titleTokens } from '../names/title-form';
import { DEFINITE } from '../../lexicon/pronouns';
import { CORPS_RANKS_OF_OFFICE } from '../../lexicon/corps-offices';
import { SPACE_RUNS } from '../text/string-scans';

/** How many paragraphs apart the title and its holder's introduction may stand. */
const MAX_PARAGRAPHS_APART = 2;

/**
 * True when `role` is a description closed by a demonstrative (`kepala dinas tersebut`, `nama
 * kepala dinas itu`) whose last two words or more open the office `office` (spelled-out words).
 */
function describesOffice(role: string, office: readonly string[]): boolean {
  const r = titleTokens(role);
  if (r.length < 3 || !DEFINITE.has(r[r.length - 1]!)) return false;
  const body = r.slice(0, -1);
  for (let from = 0; from <= body.length - 2; from++) {
    const tail = body.slice(from);
    if (tail.length <= office.length && tail.every((w, i) => office[i] === w)) return true;
  }
  return false;
}

/** True when `role` is only ranks of the corps `ranks` (`AKBP`, `Letkol Inf`). */
const onlyRanks = (role: string, ranks: ReadonlySet<string> | undefined): boolean => {
  if (!ranks) return false;
  const r = role.toLowerCase().split(SPACE_RUNS);
  return r.length > 0 && r.every(w => ranks.has(w.replace(/\.$/u, '')));
};

/**
 * The person holding the office `title` (a title mention at `at`) whom the article names near it
 * only by a description pointing back to it or by a rank of the office's corps: the first one
 * introduced after `at`, else (a rank only) the last one before it. Null when nobody fits.
 */
export function holderNamedLater(cast: Cast, title: string, at: Pos): Entity | null {
  if (!featureOn('discourse.holderNamedLater')) return null;
  const office = titleTokens(title).filter(w => !DEFINITE.has(w));
  if (office.length < 2) return null;
  const ranks = CORPS_RANKS_OF_OFFICE.get(title.trim().split(SPACE_RUNS)[0]!.toLowerCase());
  const near = (e: Entity) =>
    Math.abs(paragraphOf(e.introducedAt) - paragraphOf(at)) <= MAX_PARAGRAPHS_APART;
  let after: Entity | null = null;
  let before: Entity | null = null;
  for (const e of cast.all) {
    if (e.kind !== 'person' || !e.role || !near(e)) continue;
    const later = e.introducedAt > at;
    if (later && describesOffice(e.role, office)) {
      if (!after || e.introducedAt < after.introducedAt) after = e;
    } else if (onlyRanks(e.role, ranks)) {
      if (later && (!after || e.introducedAt < after.introducedAt)) after = e;
      if (!later && (!before || e.introducedAt > before.introducedAt)) before = e;
    }
  }
  return after ?? before;
}

/**
 * `Sari, ibu tiga anak, mengatakan …`, `Rina (37), ibu rumah tangga, …, …`, `Budi, ayah dua
 * anak asal Y yang …`: a feature story introduces a parent by the household they keep rather than
 * by a trade. No role head opens such a description (`ibu` is also a form of address), so the
 * appositive reader (read-mentions.ts `appositiveAfter`) kept no role and the panel showed the
 * person bare. A parent noun with a count of children, or with `rumah tangga`, is a standing the
 * panel shows as the role (cast.standingAppositive); a sex or age noun alone (`pria asal Y`) is not.
 */
import { featureOn } from '../features';
import { CARDINALS } from '../../lexicon/pronouns';
import {
  STANDING_CHILDREN,
  STANDING_HOUSEHOLD,
  STANDING_PARENTS,
} from '../../lexicon/person-nouns';

const COUNTS: ReadonlySet<string> = new Set(CARDINALS);

/**
 * The standing that opens the description `words` (lowercase words, as written), up to its `yang`
 * (`ayah lima anak yang sehari-hari …` → `ayah lima anak`), or null when none opens it.
 */
export function standingOf(words: readonly string[]): string | null {
  if (!featureOn('cast.standingAppositive') || !STANDING_PARENTS.has(words[0] ?? '')) return null;
  const counted =
    (COUNTS.has(words[1] ?? '') || /^\d{1,2}$/u.test(words[1] ?? '')) &&
    STANDING_CHILDREN.has(words[2] ?? '');
  const household = `${words[1]} ${words[2]}` === STANDING_HOUSEHOLD;
  if (!counted && !household) return null;
  const rel = words.indexOf('yang');
  return (rel < 0 ? words : words.slice(0, rel)).join(' ');
}

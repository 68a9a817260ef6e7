/**
 * Where the article's people were mentioned in the running text, in order, and the search for
 * the latest fitting one before a quote: the antecedent of `dia`, `-nya` or `mereka` (resolve.ts).
 */
import type { Entity, Pos } from './entity';

/**
 * A person mention in the running text: a single person, an `X dan Y` group, or an unnamed
 * subject (entities []).
 */
export interface CastMention {
  at: Pos;
  entities: Entity[];
  subject: boolean;
  /** An unnamed plural subject (`Para menteri …`) that a later `mereka` may mean. */
  unnamedGroup?: boolean;
  /** An unnamed singular subject (`Seorang ibu …`, `Jaksa mengungkapkan …`), entities []. */
  unnamed?: boolean;
}

/**
 * The latest of `mentions` (in text order) before `at` with the given number of people (1, or 2+
 * for groups); an organisation counts as one when `orgOk`, an unnamed subject when `unnamedOk`.
 */
export function latestMention(
  mentions: readonly CastMention[],
  at: Pos,
  group: boolean,
  subjectOnly: boolean,
  orgOk: boolean,
  unnamedOk: boolean,
): CastMention | null {
  // Mentions are recorded in text order: binary-search the first one at or after `at`, so
  // resolving every quote stays linear-logarithmic in the article length.
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.at < at) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1, seen = 0; i >= 0 && seen < 50; i--, seen++) {
    const m = mentions[i]!;
    // `-nya` may be an organisation's (`Militer X mengonfirmasi … katanya`); `dia` never is.
    const one =
      (m.entities.length === 1 && (orgOk || m.entities[0]!.kind === 'person')) ||
      (unnamedOk && !!m.unnamed);
    // `mereka` means a group that is a subject, or an organisation that is one (`Manajemen X
    // … Mereka menilai`), not names listed as objects.
    const org = m.entities.length === 1 && m.entities[0]!.kind === 'organization';
    const many = m.entities.length > 1 || !!m.unnamedGroup || (orgOk && org);
    if ((group ? many : one) && (m.subject || !subjectOnly)) return m;
  }
  return null;
}

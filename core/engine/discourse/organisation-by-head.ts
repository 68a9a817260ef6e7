/**
 * `The UN health agency (UNHA) warned …` … (other speakers) … `The agency urged …`: a definite
 * description of an organisation whose nearest subject is somebody else still means the
 * organisation the article named with that head word, when it named exactly one. The head ties
 * the description to the organisation as a role ties a bare title to its holder.
 */
import type { Entity, Pos } from '../cast/entity';
import type { CastRecord } from '../cast/mention-record';
import { featureOn } from '../features';

/** The lowercase words of `s`, without punctuation or brackets. */
const wordsOf = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}-]+/u);

/**
 * The one organisation named before `at` by a mention holding `head` (its written span, `the UN
 * health agency (UNHA)`, or its name, `Regional Health Agency`), or null when none or several.
 */
export function organisationByHead(
  records: readonly CastRecord[],
  at: Pos,
  head: string,
): Entity | null {
  if (!featureOn('discourse.organisationByHead')) return null;
  const found = new Set<Entity>();
  for (const r of records) {
    const e = r.entity;
    if (r.at >= at || !e || e.kind !== 'organization') continue;
    if (wordsOf(r.text).includes(head) || wordsOf(e.name).includes(head)) found.add(e);
  }
  return found.size === 1 ? [...found][0]! : null;
}

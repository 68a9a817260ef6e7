/**
 * Who the article says is dead (`almarhum X`, `mendiang istrinya, Y`, `X meninggal dunia pada
 * 2019`): a dead person speaks none of the story's quotes, whatever pointing word comes next
 * (discourse.deceased, a constraint of the antecedent model like a place or an organisation).
 */
import type { Entity } from '../cast/entity';
import type { DocIndex } from './doc-index';
import { DEATH_VERBS, LATE_MARKERS } from '../../lexicon/patient-roles';
import { KIN_NOUNS } from '../../lexicon/pronouns';
import type { Token } from '../text/text';
import { startsUpper } from '../text/chars';

/** Most words between a marker and the name: a kin noun owned by `-nya` and its comma. */
const MAX_MARKER_GAP = 3;

/** The people of `cast` the article writes as dead, read once per article. */
export function latePeople(people: readonly Entity[], doc: DocIndex): ReadonlySet<Entity> {
  const out = new Set<Entity>();
  const byFirst = new Map<string, Entity[]>();
  for (const e of people) {
    if (e.kind !== 'person') continue;
    for (const form of [e.name, ...e.aliases]) {
      const first = form.split(' ')[0]!.toLowerCase();
      const list = byFirst.get(first) ?? [];
      if (!list.includes(e)) list.push(e);
      byFirst.set(first, list);
    }
  }
  for (const { tokens: t } of doc.body)
    for (let k = 0; k < t.length; k++) {
      const named = byFirst.get(t[k]!.lower);
      if (named?.length === 1 && (markedBefore(t, k) || diesAfter(t, k))) out.add(named[0]!);
    }
  return out;
}

/** True when a late marker stands before the name at `k`, past a kin noun and its comma. */
function markedBefore(t: readonly Token[], k: number): boolean {
  // The run's own words before the matched one (`Tjhin Mui Fa` read as `Mui Fa`).
  let s = k;
  while (s > 0 && startsUpper(t[s - 1]!.text) && !LATE_MARKERS.has(t[s - 1]!.lower)) s--;
  for (let j = s - 1; j >= 0 && s - j <= MAX_MARKER_GAP; j--) {
    const w = t[j]!.lower;
    if (LATE_MARKERS.has(w)) return true;
    const kin = w.endsWith('nya') && KIN_NOUNS.has(w.slice(0, -3));
    if (w !== ',' && w !== '.' && !kin) return false;
  }
  return false;
}

/** True when the name run at `k` is followed, within its clause, by a verb of dying. */
function diesAfter(t: readonly Token[], k: number): boolean {
  let j = k + 1;
  while (j < t.length && startsUpper(t[j]!.text)) j++;
  return DEATH_VERBS.has(t[j]?.lower ?? '');
}

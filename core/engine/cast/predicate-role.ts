/**
 * A role the article gives a person in a clause of its own rather than next to the name:
 * `Budi Santoso adalah Ketua RT 05`, `Rina merupakan salah satu pengajar di sekolah itu`,
 * `Budi, yang juga menjabat Ketua Koperasi Usaha Bersama, …`, `Budi yang sehari-hari bekerja
 * sebagai tukang parkir …`. The cast gives it only to a person the article gave no role and no
 * relation anywhere else (build-cast.ts), so it never competes with a role written beside the
 * name (cast.predicateRole).
 */
import { featureOn } from '../features';
import type { Token } from '../text/text';
import { roleDescriptionFrom } from './role-description';
import { KIN_NOUNS, ONE_OF_DETERMINERS } from '../../lexicon/pronouns';
import {
  PREDICATE_ADVERBS,
  PREDICATE_COPULAS,
  PREDICATE_ROLE_VERBS,
  ROLE_HEAD_SET,
} from '../../lexicon/roles';
import { CLAUSE_BREAKS } from '../text/sentence-start';

/**
 * The role predicated of the person whose name ends before token `end`: after a copula
 * (`adalah`, `merupakan`) when the name is its clause's subject (`subject`), or after an office
 * or trade verb (`menjabat`, `bekerja sebagai`), in a relative clause (`, yang juga menjabat …`)
 * or not. The name is the run at tokens [start, end). Null when none follows or the words after it open no role head.
 */
export function predicateRole(
  t: readonly Token[],
  [start, end]: readonly [number, number],
  text: string,
  clauseSubject: boolean,
): string | null {
  if (!featureOn('cast.predicateRole')) return null;
  // Only a name that opens its clause itself: `Istri Budi adalah guru` says what the wife is.
  // A run opening with a kin noun (`Istri Budi …`) names whose kin the subject is.
  const subject =
    clauseSubject &&
    !KIN_NOUNS.has(t[start]!.lower) &&
    (start === 0 || CLAUSE_BREAKS.has(t[start - 1]!.text));
  let k = end;
  let relative = false;
  if (t[k]?.text === ',' && t[k + 1]?.lower === 'yang') k++;
  if (t[k]?.lower === 'yang') {
    relative = true;
    k++;
  }
  while (PREDICATE_ADVERBS.has(t[k]?.lower ?? '')) k++;
  const w = t[k]?.lower ?? '';
  if (PREDICATE_COPULAS.has(w)) {
    // `Budi adalah …` says what Budi is only when Budi is the clause's subject (`Istri Budi
    // adalah guru` is the wife's); in a relative clause `yang adalah` is not Indonesian.
    if (relative || !subject) return null;
    k = pastOneOf(t, k + 1);
  } else if (PREDICATE_ROLE_VERBS.has(w)) {
    if (!relative && !subject) return null;
    k++;
    if (t[k]?.lower === 'sebagai') k++;
    else if (w !== 'menjabat') return null;
  } else return null;
  if (!ROLE_HEAD_SET.has(t[k]?.lower ?? '')) return null;
  return roleDescriptionFrom(t, k, text);
}

/** The token after `salah satu`, `seorang` … at `k`, or `k`. */
function pastOneOf(t: readonly Token[], k: number): number {
  for (const words of ONE_OF_DETERMINERS)
    if (words.every((w, j) => t[k + j]?.lower === w)) return k + words.length;
  return k;
}

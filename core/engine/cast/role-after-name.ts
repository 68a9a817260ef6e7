/**
 * `… kata Rudi Hartono, Kepala Riset Bank Sentosa.`, `… kata Rudi Hartono, bupati Cibening.`: a
 * run set off by one comma right after a person's name, opening with a role head (or after a
 * lowercase one), is that person's appositive role when what the split
 * leaves as its "name" has no word the corpora or the article know as a person's (`Bank Sentosa`
 * is where he works, not somebody called `Sentosa`). Read as a second person, it was the latest
 * person introduced, and the next `dia`/`-nya` went to it.
 * A list of people with roles (`Bupati X, Ketua DPRD Budi Santoso, dan …`) goes on to another
 * capitalised run or to `dan`, and its members have given names: both keep the second person.
 */
import { featureOn } from '../features';
import type { Token } from '../text/text';
import type { NamedRef } from '../names/name-split';
import { personEvidence, type ArticleEvidence } from '../names/name-model';
import { isRunToken } from '../names/name-run';
import { rolePrefixStart } from '../names/role-prefix';
import { EN_ROLE_HEAD_SET, ROLE_HEAD_SET } from '../../lexicon/roles';
import { LIST_JOINS } from './sentence-role';

/**
 * True when the run at tokens [i, end), read as `ref`, is the appositive role of the person
 * whose name ends right before its comma (`personEnd`: the token index after that name, or -1).
 */
export function isRoleAfterName(
  ref: NamedRef,
  t: readonly Token[],
  i: number,
  end: number,
  personEnd: number,
  evidence: ArticleEvidence,
): boolean {
  // A run that is all role (`Kepala Riset Bank Cahaya Timur`: the name model leaves no name in it)
  // is read the same way as one whose "name" is the organisation's last words.
  if (!featureOn('cast.roleAfterComma') || !ref.role) return false;
  // `…, bupati Cibening.`: a lowercase role read before the run opens the appositive.
  const from = rolePrefixStart(t, i);
  if (personEnd !== from - 1 || t[from - 1]?.text !== ',') return false;
  const head = ref.role.split(' ', 1)[0]!.toLowerCase();
  if (!ROLE_HEAD_SET.has(head) && !EN_ROLE_HEAD_SET.has(head)) return false;
  if (ref.name?.split(' ').some(w => personEvidence(w, evidence))) return false;
  return !goesOnAsList(t, end);
}

/** True when the text after a run goes on as a list (`, Ketua X …`, `dan …`). */
function goesOnAsList(t: readonly Token[], end: number): boolean {
  const next = t[end]?.lower ?? '';
  if (LIST_JOINS.has(next)) return true;
  return next === ',' && (isRunToken(t[end + 1]) || LIST_JOINS.has(t[end + 1]?.lower ?? ''));
}

/**
 * `Farmers Budi and Rina said`, `para petani Budi dan Rina`: a plural role written before a pair
 * of names describes both people, so the second, written without a role of its own, takes it. A
 * singular role (`Menteri Budi dan Rina`) stays with the first name only: Indonesian does not mark
 * number on the noun, and only a plural form or `para` says the role is shared.
 */
import { PLURAL_ARTICLE } from '../../lexicon/pronouns';
import { ROLE_HEAD_SET } from '../../lexicon/roles';
import type { NamedRef } from './name-split';

/** True when `role` is written in a plural form (`Farmers`, `para petani`, `petani-petani`). */
function isPluralRole(role: string): boolean {
  const words = role.toLowerCase().split(' ');
  const head = words[words.length - 1]!;
  if (words[0] === PLURAL_ARTICLE) return true;
  const [one, two] = head.split('-');
  if (two !== undefined && one === two && ROLE_HEAD_SET.has(one!)) return true;
  return head.endsWith('s') && ROLE_HEAD_SET.has(head) && ROLE_HEAD_SET.has(head.slice(0, -1));
}

/** The pair `a`, `b` with the plural role of `a` given to a roleless `b`. */
export function withSharedRole(a: NamedRef, b: NamedRef): [NamedRef, NamedRef] {
  if (!a.role || b.role || b.kind !== 'person' || !isPluralRole(a.role)) return [a, b];
  return [a, { ...b, role: a.role }];
}

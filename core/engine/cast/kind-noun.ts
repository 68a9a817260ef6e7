/**
 * `PT Laut Biru Abadi menyatakan …` … `Perusahaan juga menyatakan …`: a noun for a kind of
 * organisation, alone and capitalised only because it opens the sentence (`Perusahaan`,
 * `Perseroan`, `Kampus`), is the organisation of that kind the article named before, as `the
 * company` is in English. Read as a name, it made a speaker called `Perusahaan` (or a person
 * called `Kampus`) beside the company itself. The kinds are told by their names' first words
 * (lexicon/organisation-kinds.ts).
 */
import type { NamedRef } from '../names/name-split';
import { featureOn } from '../features';
import {
  CAMPUS_OPENER_SET,
  COMPANY_OPENER_SET,
  KIND_NOUNS,
  PUBLIC_BANK_WORD_SET,
  type OrganisationKind,
} from '../../lexicon/organisation-kinds';

export type { OrganisationKind };

/** The kind of organisation `ref` may describe when its name is one kind noun (`Perusahaan`), or null. */
export function kindNounOf(ref: NamedRef): OrganisationKind | null {
  if (!ref.name || ref.role || ref.name.includes(' ') || !featureOn('cast.kindNoun')) return null;
  return KIND_NOUNS.get(ref.name.toLowerCase()) ?? null;
}

/** True when the organisation named `name` is of `kind` by its first words. */
export function isOfKind(name: string, kind: OrganisationKind): boolean {
  const [first = '', second = ''] = name.toLowerCase().split(' ', 2);
  if (kind === 'campus') return CAMPUS_OPENER_SET.has(first);
  return COMPANY_OPENER_SET.has(first) && !(first === 'bank' && PUBLIC_BANK_WORD_SET.has(second));
}

/** True when lowercase `w` is a kind noun the cast may resolve to the latest organisation of that kind. */
export const isKindNoun = (w: string): boolean => KIND_NOUNS.has(w);

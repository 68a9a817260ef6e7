/**
 * `PT Laut Biru Abadi menyatakan …` … `Perusahaan juga menyatakan …`: a noun for a kind of
 * organisation, alone and capitalised only because it opens the sentence (`Perusahaan`,
 * `Perseroan`, `Kampus`), is the organisation of that kind the article named before, as `the
 * company` is in English. Read as a name, it made a speaker called `Perusahaan` (or a person
 * called `Kampus`) beside the company itself.
 */
import type { NamedRef } from '../names/name-split';
import { featureOn } from '../features';
import { words } from '../../lexicon/word-list';

/** First words of a company's name (`PT X`, `Bank X`, `Perum X`). */
const COMPANY_OPENERS: ReadonlySet<string> = new Set(words(`pt cv perum persero bank maskapai`));
/** First words of a campus's name (`Universitas X`, `Politeknik X`). */
const CAMPUS_OPENERS: ReadonlySet<string> = new Set(
  words(`universitas institut politeknik akademi sekolah stie stikes`),
);

/** Each kind noun, with the first words of the names of organisations of that kind. */
const KIND_NOUNS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['perusahaan', COMPANY_OPENERS],
  ['perseroan', COMPANY_OPENERS],
  ['emiten', COMPANY_OPENERS],
  ['kampus', CAMPUS_OPENERS],
]);

/**
 * The first words of the organisations `ref` may describe when its name is one kind noun
 * (`Perusahaan`), or null.
 */
export function kindNounOpeners(ref: NamedRef): ReadonlySet<string> | null {
  if (!ref.name || ref.role || ref.name.includes(' ') || !featureOn('cast.kindNoun')) return null;
  return KIND_NOUNS.get(ref.name.toLowerCase()) ?? null;
}

/** True when organisation name `name` opens with one of `openers`. */
export function opensWith(name: string, openers: ReadonlySet<string>): boolean {
  return openers.has(name.split(' ', 1)[0]!.toLowerCase());
}

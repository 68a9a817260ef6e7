/**
 * A lone name word with an age set off right after it (`Rina (34) mengungsi …`, `Rina, 34 tahun,
 * warga …`, English `Rina, 34, said`): only a person is given an age, so the word names one and
 * introduces them, as a role or a description before it would (`Pedagang sayur, Rina, …`). A later
 * description by that age (`kata perempuan berusia 34 tahun itu`) then finds her
 * (discourse/described-age.ts). The age is read as that stage reads it (names/age-phrase.ts).
 */
import { ageAfterName } from '../names/age-phrase';
import type { Token } from '../text/text';
import { featureOn } from '../features';
import { KIN_NOUNS } from '../../lexicon/pronouns';
import { PERSON_NOUNS } from '../../lexicon/person-nouns';

/** How far past a name its age may still be read (`, dalang berusia 26 tahun asal X,`). */
const AGE_REACH = 64;

/**
 * True when an age is set off right after the name that ends before token `k` in `text`: `(34)`,
 * `(34 tahun)`, `, 34 tahun,`, `, 34,`, `yang berusia 34 tahun`.
 */
export function agedAt(text: string, toks: readonly Token[], k: number): boolean {
  if (!featureOn('cast.agedLoneName') || k < 1) return false;
  const from = toks[k - 1]!.end;
  // `Sukesih baru berusia 38 tahun`: an age the clause tells of the word names a person too, unless
  // the word is a noun for one (`Pria berusia 50 tahun …`).
  const lw = toks[k - 1]!.lower;
  const noun = PERSON_NOUNS.has(lw) || KIN_NOUNS.has(lw);
  return ageAfterName(text.slice(from, from + AGE_REACH), !noun) !== null;
}

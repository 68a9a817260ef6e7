/**
 * A person first named after a preposition or as an object, with a description set off after the
 * name (`… dibimbing oleh Rina Sari, guru ngaji dari X.`): the article
 * presents them there, as it does a subject (`Rina Sari, guru ngaji …, mengajar …`), so a
 * description by sex, age or kinship at the next cue (`kata ibu dua anak itu`) may mean them
 * (discourse.describedNewcomer; the model's describedSubject).
 */
import { readAppositive } from '../names/appositive-after';
import { featureOn } from '../features';

/** The capitalised words of a name opening a text (`Rina Sari`, `Hj. Rina`). */
const NAME_RUN = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*/u;

/** Most characters read for the name. */
const NAME_REACH = 80;

/**
 * True when the name written at offset `at` of `text` is followed by a description set off by a
 * comma that opens with a lowercase word (a list's next name, `A, B dan C`, is none).
 */
export function presentedAside(text: string, at: number): boolean {
  if (!featureOn('discourse.describedNewcomer')) return false;
  const name = NAME_RUN.exec(text.slice(at, at + NAME_REACH));
  if (!name) return false;
  const a = readAppositive(text, at + name[0].length);
  return !!a && /^\p{Ll}/u.test(a.text);
}

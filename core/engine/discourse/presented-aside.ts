/**
 * A person first named after a preposition or as an object, with a description set off after the
 * name (`… dibimbing oleh Rina Sari, guru ngaji dari X.`): the article
 * presents them there, as it does a subject (`Rina Sari, guru ngaji …, mengajar …`), so a
 * description by sex, age or kinship at the next cue (`kata ibu dua anak itu`) may mean them
 * (discourse.describedNewcomer; the model's describedSubject).
 */
import { readAppositive } from '../names/appositive-after';
import { featureOn } from '../features';
import { SINGULAR } from '../../lexicon/pronouns';
import { PERSON_NOUN_GENDER, PERSON_NOUNS } from '../../lexicon/person-nouns';
import { OCCUPATION_SET, ROLE_HEAD_SET } from '../../lexicon/roles';
import { isLetterCp, runsOf } from '../text/chars';

/** The capitalised words of a name opening a text (`Rina Sari`, `Hj. Rina`). */
const NAME_RUN = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*/u;

/** Most characters read for the name. */
const NAME_REACH = 80;

/**
 * True when the name written at offset `at` of `text` is followed by a description set off by a
 * comma that opens with a noun for a person (describesPerson: a list's next name or a clause is
 * none), and no singular pronoun stands before it in its sentence (from `sentenceStart`) but
 * one right after `yang`.
 */
export function presentedAside(text: string, at: number, sentenceStart: number): boolean {
  if (!featureOn('discourse.describedNewcomer')) return false;
  // `Setiap pagi ia menyuapi X, perempuan berusia 80 tahun …`: a pronoun before the name, as
  // the subject of a clause (not inside a `yang` clause: `Beasiswa yang ia galang …`), keeps
  // the person it means the topic; X is talked about.
  const before = runsOf(text.slice(sentenceStart, at).toLowerCase(), isLetterCp);
  if (before.some((w, k) => SINGULAR.has(w) && before[k - 1] !== 'yang')) return false;
  const name = NAME_RUN.exec(text.slice(at, at + NAME_REACH));
  if (!name) return false;
  const a = readAppositive(text, at + name[0].length);
  return !!a && describesPerson(a.text);
}

/**
 * True when `description` opens with a noun for a person (`ustazah …`, `mahasiswi …`, `guru
 * …`, `ibu dua anak`): a clause after the comma (`lalu merembet …`, `kemarin`) describes nobody.
 */
export function describesPerson(description: string): boolean {
  const first = description.split(' ', 1)[0]!.toLowerCase();
  return (
    PERSON_NOUNS.has(first) ||
    PERSON_NOUN_GENDER.has(first) ||
    OCCUPATION_SET.has(first) ||
    ROLE_HEAD_SET.has(first)
  );
}

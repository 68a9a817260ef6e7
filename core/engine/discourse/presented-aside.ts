/**
 * A person first named after a preposition or as an object, with a description set off after the
 * name (`… dibimbing oleh Rina Sari, guru ngaji dari X.`): the article
 * presents them there, as it does a subject (`Rina Sari, guru ngaji …, mengajar …`), so a
 * description by sex, age or kinship at the next cue (`kata ibu dua anak itu`) may mean them
 * (discourse.describedNewcomer; the model's describedSubject).
 */
import { featureOn } from '../features';
import { SINGULAR } from '../../lexicon/pronouns';
import { isLetterCp, runsOf } from '../text/chars';
import type { Pos } from '../cast/entity';
import type { Introduction } from './introduction';

/**
 * True when the mention starting at `at` (offset `offset` of paragraph text `text`, whose
 * sentence starts at `sentenceStart`) is one the person's introduction says a description is set
 * off after (Introduction.describedAt), and no singular pronoun stands before it in its sentence
 * but one right after `yang`.
 */
export function presentedAside(
  intro: Introduction | undefined,
  at: Pos,
  text: string,
  offset: number,
  sentenceStart: number,
): boolean {
  if (!featureOn('discourse.describedNewcomer') || !intro?.describedAt.includes(at)) return false;
  // `Setiap pagi ia menyuapi X, perempuan berusia 80 tahun …`: a pronoun before the name, as
  // the subject of a clause (not inside a `yang` clause: `Beasiswa yang ia galang …`), keeps
  // the person it means the topic; X is talked about.
  const before = runsOf(text.slice(sentenceStart, offset).toLowerCase(), isLetterCp);
  return !before.some((w, k) => SINGULAR.has(w) && before[k - 1] !== 'yang');
}

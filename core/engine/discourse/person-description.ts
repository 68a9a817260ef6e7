/**
 * A description of a person by sex, age or kinship (`ujar perempuan itu`, `kata ayah dua anak
 * itu`): no office or trade that a role could hold, so it stands for the person the text just
 * brought in, not for whoever holds a title (title-speaker.ts).
 */
import { PERSON_NOUNS } from '../../lexicon/person-nouns';
import { DESCRIPTION_OPENERS } from '../../lexicon/pronouns';
import { featureOn } from '../features';
import { isDigits, isLowerOrHyphenCp, runOf, startsLower } from '../text/chars';
import { SPACE_RUNS } from '../text/string-scans';

/**
 * `wanita`, `pria paruh baya`, `perempuan berkerudung`: a person noun with at most two lowercase
 * modifiers (no number, no capital, which would tie it to someone introduced earlier). With
 * `discourse.describedPersonDetail` also a person told by an age or a count of kin (`pria 34
 * tahun`, `nenek 11 cucu`, `perempuan berusia 39 tahun`): what the writer adds of the one person
 * just brought in. A relative clause (`pria yang akrab disapa X itu`) may tell more, and is read
 * as any description pointing back.
 */
export function isPersonDescription(title: string): boolean {
  // A description opening the sentence is capitalised there (`Perempuan paruh baya itu`).
  const [first = '', ...rest] = title.split(SPACE_RUNS);
  const words = [first.toLowerCase(), ...rest];
  const head = DESCRIPTION_OPENERS.has(words[0]!) ? words.slice(1) : words;
  if (!head.length || !PERSON_NOUNS.has(head[0]!)) return false;
  const plain = (w: string) => startsLower(w) && runOf(w, isLowerOrHyphenCp) > 0;
  if (head.length <= 3 && head.every(plain)) return true;
  if (!featureOn('discourse.describedPersonDetail')) return false;
  return head.length <= 5 && head.every(w => plain(w) || (w.length > 0 && isDigits(w)));
}

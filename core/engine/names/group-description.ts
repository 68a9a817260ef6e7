/**
 * A description of a pair or a small band (`kata pasangan itu`, `tutur ayah dan anak itu`, `kata si
 * kembar`, `kata empat bersaudara itu`, `said the couple`): it points back to the people named
 * together before it, as `keduanya` does, never to one of them (discourse.groupDescription).
 */
import { DAN } from '../../lexicon/conjunctions';
import { PERSON_NOUN_GENDER, PERSON_NOUNS } from '../../lexicon/person-nouns';
import {
  DEFINITE,
  DESCRIPTION_ARTICLES,
  EN_MAN,
  EN_MEN,
  EN_SMALL_COUNTS,
  GROUP_DESCRIPTION_NOUNS,
  HOUSEHOLD_COMPOUNDS,
  PAIR_COMPOUNDS,
  KIN_NOUNS,
  SMALL_COUNTS,
} from '../../lexicon/pronouns';
import { featureOn } from '../features';
import { SPACE_RUNS } from '../text/string-scans';

/** Words that make a description definite from its front (`si kembar`, `sang kakak`, `the twins`). */
const DEFINITE_OPENERS: ReadonlySet<string> = new Set([...DESCRIPTION_ARTICLES, 'the']);

/** Most words a group description runs (`pasangan suami istri asal Lubai itu`). */
const MAX_WORDS = 7;

/** How many people `trio` counts. */
const TRIO = 3;

/**
 * How many people the description `text` (as written at the cue, its demonstrative included)
 * counts when it describes a pair or a small band: the count opening it (`tiga bersaudara itu`),
 * three for a trio, else two; 0 when it describes no group.
 */
export function groupDescription(text: string): number {
  if (!featureOn('discourse.groupDescription')) return 0;
  const words = text.toLowerCase().split(SPACE_RUNS).filter(Boolean).flatMap(pairParts);
  if (words.length < 2 || words.length > MAX_WORDS) return 0;
  const opened = DEFINITE_OPENERS.has(words[0]!);
  const closed = DEFINITE.has(words[words.length - 1]!);
  if (!opened && !closed) return 0;
  const body = words.slice(opened ? 1 : 0, closed ? -1 : undefined);
  const count = countAt(body[0] ?? '');
  // `the two men`: English writes the nouns of sex after a count (person-nouns.ts lists them).
  const english = count >= 0 && !SMALL_COUNTS.includes(body[0]!);
  const head = english ? body.slice(1).map(singular) : count >= 0 ? body.slice(1) : body;
  if (!head.length) return 0;
  const grouped = head.some(w => GROUP_DESCRIPTION_NOUNS.has(w)) || pairOfPeople(head);
  const person = personHead(head[0]!) || (english && PERSON_NOUN_GENDER.has(head[0]!));
  if (!grouped && !(count >= 0 && person)) return 0;
  if (count >= 0) return count + 2;
  return head.includes('trio') ? TRIO : 2;
}

/** The index of `w` among the small counts (`dua` 0, `tiga` 1; English `two` 0), or -1. */
function countAt(w: string): number {
  const k = SMALL_COUNTS.indexOf(w);
  if (k >= 0 || !featureOn('discourse.englishCountedDescription')) return k;
  return EN_SMALL_COUNTS.indexOf(w);
}

/**
 * `men` → `man`, `brothers` → `brother`: an English plural after an English count, as the person
 * nouns list the singular (discourse.englishCountedDescription). Other words as they are.
 */
function singular(w: string): string {
  if (w.endsWith(EN_MEN)) return `${w.slice(0, -EN_MEN.length)}${EN_MAN}`;
  const one = w.slice(0, -1);
  return w.endsWith('s') && (personHead(one) || PERSON_NOUN_GENDER.has(one)) ? one : w;
}

/**
 * `kakek-nenek`, `kakak-beradik`, `ayah-anak`: two nouns hyphenated into one word name a pair, its
 * two nouns (discourse.hyphenPairDescription); a plural (`anak-anak`, `anak-anaknya`) or a
 * household (`anak-istri`: HOUSEHOLD_COMPOUNDS) stays one word.
 */
function pairParts(w: string): string[] {
  const hyphen = w.indexOf('-');
  if (hyphen <= 0 || !featureOn('discourse.hyphenPairDescription')) return [w];
  const [a, b] = [w.slice(0, hyphen), w.slice(hyphen + 1)];
  const plural = b.startsWith(a);
  // Read as joined (`kakek dan nenek`): the hyphen pairs them as `dan` does.
  return plural || !b || HOUSEHOLD_COMPOUNDS.has(`${a} ${b}`) ? [w] : [a, DAN, b];
}

/** True when the group description `text` opens with its count (`tiga bersaudara itu`). */
export function countedGroup(text: string): boolean {
  const first = text.trimStart().split(SPACE_RUNS, 1)[0]!.toLowerCase();
  return countAt(first) >= 0 && groupDescription(text) > 0;
}

/**
 * `ibu dan anak`, `ayah dan anak`: two kin or person nouns joined by `dan`; `suami istri`: two side
 * by side that name a pair (lexicon/pronouns.ts PAIR_COMPOUNDS; discourse.pairCompounds), not one
 * person by another (`ayah bocah itu`).
 */
function pairOfPeople(words: readonly string[]): boolean {
  for (let k = 0; k + 1 < words.length; k++) {
    if (!personHead(words[k]!)) continue;
    const next = words[k + 1]!;
    if (next === DAN && personHead(words[k + 2] ?? '')) return true;
    if (personHead(next) && sideBySidePair(words[k]!, next)) return true;
  }
  return false;
}

/** True when kin nouns `a` and `b` written side by side name a pair of people. */
const sideBySidePair = (a: string, b: string): boolean =>
  !featureOn('discourse.pairCompounds') || PAIR_COMPOUNDS.has(`${a} ${b}`);

/** A kin or person noun (`sahabat`, `ibu`): what a pair is made of, or a count of people opens. */
const personHead = (w: string): boolean => KIN_NOUNS.has(w) || PERSON_NOUNS.has(w);

/**
 * A description of a pair or a small band (`kata pasangan itu`, `tutur ayah dan anak itu`, `kata si
 * kembar`, `kata empat bersaudara itu`, `said the couple`): it points back to the people named
 * together before it, as `keduanya` does, never to one of them (discourse.groupDescription).
 */
import { DAN } from '../../lexicon/conjunctions';
import { PERSON_NOUNS } from '../../lexicon/person-nouns';
import {
  CARDINALS,
  DEFINITE,
  DESCRIPTION_ARTICLES,
  GROUP_DESCRIPTION_NOUNS,
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
  const words = text.toLowerCase().split(SPACE_RUNS).filter(Boolean);
  if (words.length < 2 || words.length > MAX_WORDS) return 0;
  const opened = DEFINITE_OPENERS.has(words[0]!);
  const closed = DEFINITE.has(words[words.length - 1]!);
  if (!opened && !closed) return 0;
  const body = words.slice(opened ? 1 : 0, closed ? -1 : undefined);
  const count = SMALL_COUNTS.indexOf(body[0] ?? '');
  const head = count >= 0 ? body.slice(1) : body;
  if (!head.length) return 0;
  const grouped = head.some(w => GROUP_DESCRIPTION_NOUNS.has(w)) || pairOfPeople(head);
  if (!grouped && !(count >= 0 && personHead(head[0]!))) return 0;
  if (count >= 0) return CARDINALS.indexOf(body[0]!) + 2;
  return head.includes('trio') ? TRIO : 2;
}

/** True when the group description `text` opens with its count (`tiga bersaudara itu`). */
export function countedGroup(text: string): boolean {
  const first = text.trimStart().split(SPACE_RUNS, 1)[0]!.toLowerCase();
  return SMALL_COUNTS.includes(first) && groupDescription(text) > 0;
}

/** `ibu dan anak`, `suami istri`, `ayah dan anak`: two kin or person nouns, joined or side by side. */
function pairOfPeople(words: readonly string[]): boolean {
  for (let k = 0; k + 1 < words.length; k++) {
    if (!personHead(words[k]!)) continue;
    const next = words[k + 1]!;
    if (personHead(next) || (next === DAN && personHead(words[k + 2] ?? ''))) return true;
  }
  return false;
}

/** A kin or person noun (`sahabat`, `ibu`): what a pair is made of, or a count of people opens. */
const personHead = (w: string): boolean => KIN_NOUNS.has(w) || PERSON_NOUNS.has(w);

/**
 * The description a sentence opens with before a person's name set off by a comma (`Juru bicara
 * Kementerian X, Budi, menjelaskan …`, `Kepala humas Badan Y, Rini mengatakan …`): the words the
 * article introduces the person by, read off the text whatever the role reader made of them. An
 * organisation named inside it is one the person speaks for (candidates.ts, `representedBy`).
 */
import { isUpperCp } from '../text/chars';
import { KIN_NOUNS } from '../../lexicon/pronouns';
import { featureOn } from '../features';

/** Longest lead-in looked at, in characters: a role with its organisation and place. */
const MAX_LEAD_IN = 120;

/** Marks that end the walk back: the lead-in is one clause, not a list or a quote. */
const STOPS: ReadonlySet<string> = new Set([',', ';', ':', '"', '“', '”', '(', ')']);

/**
 * The lead-in before the name that starts at offset `at` of `text`, or null when the name does
 * not follow `, ` or the words before that comma do not open their sentence as one clause.
 */
export function leadIn(text: string, at: number): string | null {
  if (at < 3 || text[at - 1] !== ' ' || text[at - 2] !== ',') return null;
  const end = at - 2;
  let k = end - 1;
  for (; k >= 0; k--) {
    if (end - k > MAX_LEAD_IN) return null;
    const ch = text[k]!;
    if (STOPS.has(ch)) return null;
    // A sentence's end: a full stop, question or exclamation mark before a space.
    if ((ch === '.' || ch === '?' || ch === '!') && text[k + 1] === ' ') break;
  }
  const words = text.slice(k + 1, end).trim();
  if (!isUpperCp(words.codePointAt(0)!)) return null;
  return words.includes(' ') || possessedKin(words) ? words : null;
}

/**
 * `Ayahnya, X (45), …`, `Istrinya, X, …`: one possessed kin or company noun opening the sentence
 * introduces the person by who they are to somebody the article told of, as a description does.
 */
function possessedKin(word: string): boolean {
  return featureOn('discourse.kinLeadIn') && isPossessedKin(word);
}

/** `Ayahnya`, `Istrinya`: one kin or company noun owned by `-nya`. */
export function isPossessedKin(word: string): boolean {
  const w = word.toLowerCase();
  return w.endsWith('nya') && KIN_NOUNS.has(w.slice(0, -3));
}

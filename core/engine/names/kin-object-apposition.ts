/**
 * `Kusnandar (60), ayah dari dua korban, Sekarwangi (7), mengatakan …`: a kin phrase set off
 * after a name says whose kin that person is, and the name set off after the phrase names that
 * other person (the victim, the patient), not a second speaker. The subject before the cue is the
 * first name, as if the cue stood right after it (names.kinObjectApposition).
 */
import { KIN_NOUNS } from '../../lexicon/pronouns';
import { featureOn } from '../features';
import { isLowerWord, type Token } from '../text/text';
import { isBracketedAge } from './age-phrase';
import { isAcronym, isRunToken, walkRunBack } from './name-run';
import { hardNonName, isPlaceWord } from './name-model';
import { isRoleWordAt } from './role-word-at';
import { PREPOSITIONS } from '../../lexicon/prepositions';
import { FACILITY_HEAD_SET } from '../../lexicon/facilities';
import { isAreaPhrase, isGivenName, isInnerName, isOrgWord } from '../../lexicon/name-words';

/** The most words of a kin phrase between its commas (`ayah dari dua korban banjir itu`). */
const MAX_PHRASE_WORDS = 7;

/** Where a name set off by commas ends before token `k` (past a bracketed age), or -1. */
function nameEndBefore(toks: readonly Token[], k: number): number {
  const j = isBracketedAge(toks[k]?.text ?? '') ? k - 1 : k;
  return isRunToken(toks[j]) ? j : -1;
}

/**
 * True when the run from token `s` to `a` reads as a person's name: a bracketed age after it, two
 * words or more none of them a place, or one word a name lexicon or the article knows as a
 * person's. A sentence adverb (`Terpisah,`) or a place (`Jawa Barat,`) set off before the kin
 * phrase is no such name (every word of a place is a place word; a surname may name a place too).
 */
function readsAsPerson(
  toks: readonly Token[],
  s: number,
  a: number,
  evidence: ReadonlySet<string>,
): boolean {
  const words = toks.slice(s, a + 1).map(t => t.text);
  // `Kepada Antara,`, `Lewat telepon,`, `Gereja X,`, `Kapolsek X,`: a preposition or a facility
  // opening the words, or a role, organisation word or acronym among them, names no person.
  const first = toks[s]!.lower;
  if (PREPOSITIONS.has(first) || FACILITY_HEAD_SET.has(first) || hardNonName(words[0]!))
    return false;
  if (words.some((w, k) => isRoleWordAt(words, k) || isOrgWord(w) || isAcronym(w))) return false;
  if (isBracketedAge(toks[a + 1]?.text ?? '')) return true;
  if (words.every(isPlaceWord) || isAreaPhrase(words)) return false;
  return words.some(w => isGivenName(w) || isInnerName(w) || evidence.has(w));
}

/**
 * Given the cue at token `i`, the last token of the first name of such an apposition (the subject
 * before the cue ends there), or -1 when the words before the cue are no such apposition.
 */
export function kinObjectApposition(
  toks: readonly Token[],
  i: number,
  evidence: ReadonlySet<string>,
): number {
  if (!featureOn('names.kinObjectApposition')) return -1;
  // The asides before the cue may be skipped already (`B (20),` read up to `B`).
  const b = nameEndBefore(toks, toks[i - 1]?.text === ',' ? i - 2 : i - 1);
  if (b < 0) return -1;
  const other = walkRunBack(toks, b);
  if (toks[other - 1]?.text !== ',') return -1;
  // The kin phrase: lowercase words back to the comma after the first name, the kin noun first
  // and at least one word after it saying whose kin (`ibu korban`, not `ibunya`).
  let p = other - 2;
  while (p >= 0 && isLowerWord(toks[p]!.text) && other - 2 - p < MAX_PHRASE_WORDS) p--;
  if (toks[p]?.text !== ',' || p + 2 >= other - 1 || !KIN_NOUNS.has(toks[p + 1]!.lower)) return -1;
  const a = nameEndBefore(toks, p - 1);
  if (a < 0) return -1;
  // The first name opens its sentence or a clause (`Di luar rumah, Wartinah, …`) and reads as one.
  const s = walkRunBack(toks, a);
  const before = toks[s - 1]?.text;
  const opens = before === undefined || before === ',' || before === '.';
  return opens && readsAsPerson(toks, s, a, evidence) ? a : -1;
}

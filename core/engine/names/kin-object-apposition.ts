/**
 * `Kusnandar (60), ayah dari dua korban, Sekarwangi (7), mengatakan …`: a kin phrase set off
 * after a name says whose kin that person is, and the name set off after the phrase names that
 * other person (the victim, the patient), not a second speaker. The subject before the cue is the
 * first name, as if the cue stood right after it (names.kinObjectApposition).
 */
import { KIN_NOUNS } from '../../lexicon/pronouns';
import { featureOn } from '../features';
import { isLowerWord, type Token } from '../text/text';
import { CLAUSE_BREAKS, opensSentence } from '../text/sentence-start';
import { isBracketedAge } from './age-phrase';
import { isAcronym, isRunToken, walkRunBack } from './name-run';
import { hardNonName, isPlaceWord } from './name-model';
import { isRoleWordAt } from './role-word-at';
import { CHANNEL_MEANS, PREPOSITIONS } from '../../lexicon/prepositions';
import { isHonorificAt } from '../../lexicon/honorifics';
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
 * True when the run from token `s` to `a` reads as a person's name. Never when a preposition, a
 * channel (`Lewat telepon,`) or a facility (`Gereja X,`) opens it or an organisation word or an
 * acronym is in it, nor when it is all a place (`Jawa Barat,`; a surname may name a place too).
 * Otherwise: a bracketed age after it, an honorific opening it (`Ustaz X,`, `Hj. X Y,`), two
 * name words or more after its last role word (`Kepala Desa X Jonris Simatupang`; `Kapolsek X,`
 * has one), or, alone, a word a name lexicon or the article knows as a person's (`Terpisah,` is
 * none).
 */
function readsAsPerson(
  toks: readonly Token[],
  s: number,
  a: number,
  evidence: ReadonlySet<string>,
): boolean {
  const words = toks.slice(s, a + 1).map(t => t.text);
  const first = toks[s]!.lower;
  if (PREPOSITIONS.has(first) || CHANNEL_MEANS.includes(first) || FACILITY_HEAD_SET.has(first))
    return false;
  if (hardNonName(words[0]!) || words.some(w => isOrgWord(w) || isAcronym(w))) return false;
  if (words.every(isPlaceWord) || isAreaPhrase(words)) return false;
  if (isBracketedAge(toks[a + 1]?.text ?? '')) return true;
  if (words.length > 1 && isHonorificAt(words, 0)) return true;
  let role = words.length - 1;
  while (role >= 0 && !isRoleWordAt(words, role)) role--;
  const named = words.slice(role + 1);
  if (named.length > 1) return !named.every(isPlaceWord);
  return role < 0 && (isGivenName(words[0]!) || isInnerName(words[0]!) || evidence.has(words[0]!));
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
  return opensSentence(toks, s, CLAUSE_BREAKS) && readsAsPerson(toks, s, a, evidence) ? a : -1;
}

/**
 * Word shapes that mark a capitalised word as a common noun or verb, not a name. Indonesian
 * derivational morphology is regular: `ke-…-an` and `pe(N)-/per-…-an` make abstract nouns
 * (`Kedatangan`, `Pembangunan`), `peN-` makes agent nouns (`Penyidik`, `Pengamat`), and
 * `ber-/ter-/meN-…-kan/-an` make verbs (`Berdasarkan`, `Menjelaskan`). Such a word opens a
 * sentence or a heading (`Kedatangan Rudi Hartawan …`) and must not be glued onto a name, while
 * given names and surnames almost never have these shapes. Words the role lexicons know
 * (`Pemberantasan`, `Kesehatan`) are role words first; this test is for the rest.
 */
import { isAbstractNounShape, isAgentNounShape, isSuffixedVerbShape } from './affix-shapes';
import { codePointAt, cpLength, isAllLower, isCapLowerWord, isUpperCp } from './chars';

/** True when a capitalised word has the shape of a derived common noun or verb. */
export function isCommonWordShape(word: string): boolean {
  if (!isCapLowerWord(word) || word.length < 7) return false;
  const w = word.toLowerCase();
  if (!isAllLower(w)) return false;
  return isAbstractNounShape(w) || isAgentNounShape(w) || isSuffixedVerbShape(w);
}

/**
 * An initial (`I`, `R.`, `M`): a person's, never a neighbour's word. `/^\p{Lu}\.?$/u` read by
 * code point (a property class is a compile on every cold start).
 */
export function isInitial(w: string): boolean {
  const cp = codePointAt(w, 0);
  if (!isUpperCp(cp)) return false;
  const rest = w.slice(cpLength(cp));
  return rest === '' || rest === '.';
}

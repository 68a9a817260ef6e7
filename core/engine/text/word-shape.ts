/**
 * Word shapes that mark a capitalised word as a common noun or verb, not a name. Indonesian
 * derivational morphology is regular: `ke-…-an` and `pe(N)-/per-…-an` make abstract nouns
 * (`Kedatangan`, `Pembangunan`), `peN-` makes agent nouns (`Penyidik`, `Pengamat`), and
 * `ber-/ter-/meN-…-kan/-an` make verbs (`Berdasarkan`, `Menjelaskan`). Such a word opens a
 * sentence or a heading (`Kedatangan Rudi Hartawan …`) and must not be glued onto a name, while
 * given names and surnames almost never have these shapes. Words the role lexicons know
 * (`Pemberantasan`, `Kesehatan`) are role words first; this test is for the rest.
 */
import { isAllLower, isCapLowerWord } from './chars';

// The shapes are read on all-lowercase words, so a stem of `[^]{3,}` is `\p{Ll}{3,}` (three or more
// lowercase letters) without compiling the letter class into each regex.
/** `ke-…-an`, `pe-/per-/peN-…-an` abstract nouns. */
const ABSTRACT_NOUN = /^(?:ke|pe(?:r|m|n|ng|ny)?)[^]{3,}an$/u;
/** `peN-` agent nouns: pem(b|p)-, pen(c|d|j|t)-, peng-, peny- before a stem. */
const AGENT_NOUN = /^pe(?:m[bp]|n[cdjt]|ng|ny)[^]{3,}$/u;
/** `ber-/ter-/meN-` verbs with a `-kan`/`-an` suffix. */
const VERB = /^(?:ber|ter|me(?:m|n|ng|ny)?)[^]{3,}(?:kan|an)$/u;

/** True when a capitalised word has the shape of a derived common noun or verb. */
export function isCommonWordShape(word: string): boolean {
  if (!isCapLowerWord(word) || word.length < 7) return false;
  const w = word.toLowerCase();
  if (!isAllLower(w)) return false;
  return ABSTRACT_NOUN.test(w) || AGENT_NOUN.test(w) || VERB.test(w);
}

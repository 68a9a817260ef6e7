/**
 * Word shapes that mark a capitalised word as a common noun or verb, not a name. Indonesian
 * derivational morphology is regular: `ke-…-an` and `pe(N)-/per-…-an` make abstract nouns
 * (`Kedatangan`, `Pembangunan`), `peN-` makes agent nouns (`Penyidik`, `Pengamat`), and
 * `ber-/ter-/meN-…-kan/-an` make verbs (`Berdasarkan`, `Menjelaskan`). Such a word opens a
 * sentence or a heading (`Kedatangan Rudi Hartawan …`) and must not be glued onto a name, while
 * given names and surnames almost never have these shapes. Words the role lexicons know
 * (`Pemberantasan`, `Kesehatan`) are role words first; this test is for the rest.
 */
import { DERIVATION_DOUBLES } from '../../lexicon/generated/word-forms';
import { featureOn } from '../features';
import {
  doubledConsonants,
  isAbstractNounShape,
  isAgentNounShape,
  isSuffixedVerbShape,
} from './affix-shapes';
import { codePointAt, cpLength, isAllLower, isCapLowerWord, isDigits, isUpperCp } from './chars';

/** True when a capitalised word has the shape of a derived common noun or verb. */
export function isCommonWordShape(word: string): boolean {
  if (!isCapLowerWord(word) || word.length < 7) return false;
  const w = word.toLowerCase();
  if (!isAllLower(w)) return false;
  const derived = isAbstractNounShape(w) || isAgentNounShape(w) || isSuffixedVerbShape(w);
  return derived && !(featureOn('text.foreignDoubledConsonant') && doubledForeignConsonant(w));
}

/**
 * The consonants Indonesian derivation doubles (`gg` of a nasal before g in `penggunaan`, `kk` of a
 * stem's k before `-kan` in `menaikkan`), counted over the NER corpora by `npm run lexicon`: a
 * surname that only looks derived (`Kellerman`, `Merriman`) doubles another and is a name.
 */
const DERIVATION_DOUBLE_SET: ReadonlySet<string> = new Set(DERIVATION_DOUBLES.split(' '));

/** True when `w` doubles a consonant that Indonesian derivation never doubles. */
const doubledForeignConsonant = (w: string): boolean =>
  doubledConsonants(w).some(c => !DERIVATION_DOUBLE_SET.has(c));

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

/** A Roman numeral of up to four letters, then perhaps a class letter (`IIA`). */
const ROMAN_NUMERAL = /^[IVX]{1,4}([A-C])?$/u;

/**
 * A Roman numeral that ranks an office's holders or grades a class (`WR III`, `Kelas I`,
 * `Koarmada II`), of up to four letters: offices count their holders and classes low. With
 * `classLetter` it may carry a class letter after it (`Kelas IIA`); a rank after an office never does.
 */
export function isRomanNumeral(w: string, classLetter = false): boolean {
  const roman = ROMAN_NUMERAL.exec(w);
  return roman !== null && (classLetter || roman[1] === undefined);
}

/**
 * A number ranking the holders of one office (`WR III`, `Asisten 2`): a Roman numeral or one or
 * two digits. A longer number after an office is a year or an amount.
 */
export const isRankNumeral = (w: string): boolean =>
  (isDigits(w) && w.length <= 2) || isRomanNumeral(w);

/**
 * An English possessive (`Indonesia's`, `Japan’s`, `museum's`), with either apostrophe, of a word
 * at least one letter long.
 */
export const isPossessive = (w: string): boolean =>
  w.length > 2 && (w.endsWith("'s") || w.endsWith('’s'));

/** English derivational endings of abstract nouns (`Cooperation`, `Development`, `Security`). */
const ENGLISH_ABSTRACT_ENDINGS: readonly string[] = ['tion', 'sion', 'ment', 'ness', 'ship', 'ity'];

/**
 * True when a capitalised word of seven letters or more ends as an English abstract noun: after an
 * institution such a word names a field or an activity (`ASEAN Cooperation`), never the seat of
 * its office (names.model.abstractSeat). Only for seats: a few names end that way too (`Clement`).
 */
export function isEnglishAbstractNoun(word: string): boolean {
  if (word.length < 7 || !isCapLowerWord(word)) return false;
  const w = word.toLowerCase();
  return ENGLISH_ABSTRACT_ENDINGS.some(e => w.endsWith(e)) && featureOn('names.model.abstractSeat');
}

/**
 * Word knowledge for the name model, from the generated lexicons (core/lexicon/generated, made by
 * `npm run lexicon` from idn-area-data and the IndoNLU NER corpora). The lists are sorted and
 * asked by substring search until a Set pays (sorted-words.ts), so a cold start builds no set.
 */
import { AREA_PHRASES, PLACE_WORDS } from './generated/place-words';
import { CLUB_WORDS, ORG_WORDS, PERSON_FIRST, PERSON_INNER } from './generated/name-words';
import { SortedWords } from './sorted-words';
import { lowerWord } from '../engine/text/kept-per-string';

const places = new SortedWords(PLACE_WORDS);
const first = new SortedWords(PERSON_FIRST);
const inner = new SortedWords(PERSON_INNER);
const orgs = new SortedWords(ORG_WORDS);
const clubs = new SortedWords(CLUB_WORDS);
const areas = new SortedWords(AREA_PHRASES);

/** The four word lists, lowercase (what `withWordLists` puts in place of the generated ones). */
export interface WordLists {
  places: readonly string[];
  first: readonly string[];
  inner: readonly string[];
  orgs: readonly string[];
}

/** Lists in place of the generated ones while a measurement runs; null in the product. */
let swapped: { [K in keyof WordLists]: ReadonlySet<string> } | null = null;

/**
 * For measurement only (scripts/lexicon/holdout.ts scores the name model with lexicons derived
 * from the NER corpora's train splits alone): runs `fn` with `lists` in place of the generated
 * lexicons, then puts those back. The product never calls it.
 */
export function withWordLists<T>(lists: WordLists, fn: () => T): T {
  const before = swapped;
  swapped = {
    places: new Set(lists.places),
    first: new Set(lists.first),
    inner: new Set(lists.inner),
    orgs: new Set(lists.orgs),
  };
  try {
    return fn();
  } finally {
    swapped = before;
  }
}

/** A word of an Indonesian province, regency, city or district name, or a mostly-place word. */
export const isGazetteerPlace = (w: string): boolean =>
  (swapped?.places ?? places).has(lowerWord(w));
/**
 * True when `words` (as written, two or more) are the whole name of a regency or city that no word
 * of it names alone (`Kubu Raya`, `Tanah Datar`; AREA_PHRASES).
 */
export const isAreaPhrase = (words: readonly string[]): boolean =>
  words.length > 1 && areas.has(words.map(lowerWord).join('_'));
/** A word that mostly opens a person's name in news text (`budi`, `ahmad`). */
export const isGivenName = (w: string): boolean => (swapped?.first ?? first).has(lowerWord(w));
/** A word that mostly continues a person's name (`santoso`). */
export const isInnerName = (w: string): boolean => (swapped?.inner ?? inner).has(lowerWord(w));
/** A word that mostly names an organisation or team (`united`, `airlines`). */
export const isOrgWord = (w: string): boolean => (swapped?.orgs ?? orgs).has(lowerWord(w));
/**
 * A football club's name (`persebaya`): never a given name, so it ends the role before a name even
 * when one name word follows. From the corpora, not from the `Pers…` shape alone, which ordinary
 * given names share (`Persada`).
 */
export const isClubWord = (w: string): boolean => clubs.has(lowerWord(w));
/** The clubs' naming shape (club-shape.ts), for the name model beside the club words. */
export { hasClubShape } from './club-shape';

/**
 * The word-shape model (scripts/lexicon/generated/name-shape.ts, made by `npm run lexicon` from the
 * national gazetteer's area names and the NER corpora's person names): how much a word's spelling
 * looks like an Indonesian place's rather than a person's, for words no lexicon knows
 * (`Sukamaju`, `Cibening`, `Tegalrejo` against `Darto`, `Suparno`, `Fadhil`). Each trigram's level
 * is found by substring search in its level's sorted list (sorted-words.ts), so a cold start
 * builds nothing. No engine stage uses it yet (a rule built on it moved one study article only), so
 * it lives with the scripts: `npm run lexicon:holdout` scores it on words it was not fitted on.
 */
import * as shape from './generated/name-shape';
import { SortedWords } from '../../core/lexicon/sorted-words';

/**
 * From this mean log-odds up (placeShape), a word is spelled as a place's: about 69% of place
 * words and 10% of person words the model was not fitted on (`npm run lexicon:holdout`).
 */
export const PLACE_SPELLING = 0.5;

/** Log-odds per level step (scripts/lexicon/derive.ts SHAPE_STEP). */
const STEP = 0.5;

/** The level lists, each with its signed level: place-like levels positive. */
const LEVELS: readonly (readonly [number, SortedWords])[] = [
  [1, new SortedWords(shape.PLACE_SHAPE_1)],
  [2, new SortedWords(shape.PLACE_SHAPE_2)],
  [3, new SortedWords(shape.PLACE_SHAPE_3)],
  [4, new SortedWords(shape.PLACE_SHAPE_4)],
  [-1, new SortedWords(shape.PERSON_SHAPE_1)],
  [-2, new SortedWords(shape.PERSON_SHAPE_2)],
  [-3, new SortedWords(shape.PERSON_SHAPE_3)],
  [-4, new SortedWords(shape.PERSON_SHAPE_4)],
];

/** The level of one trigram, 0 when it did not ship. */
function levelOf(gram: string): number {
  for (const [level, list] of LEVELS) if (list.has(gram)) return level;
  return 0;
}

/**
 * The mean log-odds, over the word's letter trigrams (start and end marked), that a word spelled
 * like `w` is a place's rather than a person's: above 0 place-like, below person-like; about +1
 * for a typical village name, about -0.7 for a typical Javanese given name. Words of fewer than
 * three letters, or not all letters, say nothing (0).
 */
export function placeShape(w: string): number {
  const lw = w.toLowerCase();
  if (lw.length < 3 || !/^[a-z][a-z'-]+$/u.test(lw)) return 0;
  const s = `^${lw}$`;
  const seen = new Set<string>();
  let sum = 0;
  for (let i = 0; i + 3 <= s.length; i++) {
    const g = s.slice(i, i + 3);
    if (seen.has(g)) continue;
    seen.add(g);
    sum += levelOf(g);
  }
  return (sum * STEP) / seen.size;
}

const placePeople = new SortedWords(shape.PLACE_PERSON_WORDS);

/**
 * A gazetteer place word that the NER corpora often tag inside a person's name (`Sakti`, `Sari`,
 * `Dewa`): it may be a given name, so its being a place says little about where a name starts.
 */
export const isPlacePersonWord = (w: string): boolean => placePeople.has(w.toLowerCase());

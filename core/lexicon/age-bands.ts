/**
 * The ages a word describing a person stands for (`kata remaja itu`, `ujar nenek itu`, `the
 * teenager said`): the band of years a writer uses the word for, wide enough that a reader would
 * not object. A description by such a word means the person the article gave an age in that band
 * (discourse/described-age-band.ts). Lowercase; [youngest, oldest] in years. The person nouns'
 * own bands are a column of lexicon/person-nouns.ts; here are the modifiers.
 */

/** [youngest, oldest] in years. */
export type AgeBand = readonly [number, number];

/** Any age from here on: the bands of old age are open at the top. */
export const OLD_AGE = 130;

/**
 * Modifiers after or before a person noun that tell an age band of their own (`pria paruh baya`,
 * `ibu muda`, `the elderly man`): the description's band is where the noun's and theirs meet.
 * Multi-word modifiers are written with one space.
 */
export const AGE_BAND_MODIFIERS: ReadonlyMap<string, AgeBand> = new Map<string, AgeBand>([
  ['paruh baya', [38, 65]],
  ['setengah baya', [38, 65]],
  ['lanjut usia', [60, OLD_AGE]],
  ['renta', [65, OLD_AGE]],
  ['muda', [15, 35]],
  ['cilik', [1, 14]],
  ['belia', [10, 21]],
  ['middle-aged', [38, 65]],
  ['elderly', [60, OLD_AGE]],
  ['young', [12, 35]],
  ['teenage', [12, 19]],
]);

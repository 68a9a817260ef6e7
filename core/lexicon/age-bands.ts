/**
 * The ages a word describing a person stands for (`kata remaja itu`, `ujar nenek itu`, `the
 * teenager said`): the band of years a writer uses the word for, wide enough that a reader would
 * not object. A description by such a word means the person the article gave an age in that band
 * (discourse/described-age-band.ts). Lowercase; [youngest, oldest] in years.
 */
type Band = readonly [number, number];

/** Any age from here on: the bands of old age are open at the top. */
const OLD = 130;

/** Person nouns by the ages they describe (the head of the description). */
export const AGE_BAND_NOUNS: ReadonlyMap<string, Band> = new Map<string, Band>([
  // Infants and small children.
  ['bayi', [0, 2]],
  ['balita', [0, 5]],
  ['batita', [0, 3]],
  ['bocah', [1, 14]],
  ['bocil', [1, 14]],
  // Teenagers (`ABG`, `anak baru gede`, is written in capitals; read lowercased).
  ['remaja', [11, 21]],
  ['abg', [11, 19]],
  ['pemuda', [15, 35]],
  ['pemudi', [15, 35]],
  // The old: grandparents as a writer describes them (`nenek itu`, not `neneknya`), the elderly.
  ['kakek', [50, OLD]],
  ['nenek', [50, OLD]],
  ['lansia', [60, OLD]],
  ['manula', [60, OLD]],
  // English.
  ['baby', [0, 2]],
  ['toddler', [1, 4]],
  ['boy', [0, 17]],
  ['girl', [0, 17]],
  ['child', [0, 14]],
  ['teenager', [12, 19]],
  ['teen', [12, 19]],
  ['youth', [14, 24]],
  ['pensioner', [55, OLD]],
  ['retiree', [55, OLD]],
]);

/**
 * Modifiers after or before a person noun that tell an age band of their own (`pria paruh baya`,
 * `ibu muda`, `the elderly man`): the description's band is where the noun's and theirs meet.
 * Multi-word modifiers are written with one space.
 */
export const AGE_BAND_MODIFIERS: ReadonlyMap<string, Band> = new Map<string, Band>([
  ['paruh baya', [38, 65]],
  ['setengah baya', [38, 65]],
  ['lanjut usia', [60, OLD]],
  ['renta', [65, OLD]],
  ['muda', [15, 35]],
  ['cilik', [1, 14]],
  ['belia', [10, 21]],
  ['middle-aged', [38, 65]],
  ['elderly', [60, OLD]],
  ['young', [12, 35]],
  ['teenage', [12, 19]],
]);

/**
 * The football clubs' naming shape, `Pers` + vowel (`Persikoba`, from Persatuan Sepak Bola …),
 * shared by the script that derives the club words from the corpora (scripts/lexicon/derive.ts) and
 * the name model that asks about clubs no corpus saw (names/name-model.ts). Common nouns (`persen`,
 * `persatuan`) and a few given names (`Persada`) share it, so it is never evidence alone.
 * Either case: the corpora are lowercase, the running text capitalises the club.
 */
export const hasClubShape = (w: string): boolean => /^pers[aeiou]/iu.test(w);

/**
 * The football clubs' naming shape, `Pers` + vowel (`Persikoba`, from Persatuan Sepak Bola …),
 * shared by the script that derives the club words from the corpora (scripts/lexicon/derive.ts) and
 * the name model that asks about clubs no corpus saw (names/name-model.ts). Common nouns (`persen`,
 * `persatuan`) and a few given names (`Persada`) share it, so it is never evidence alone.
 * Either case: the corpora are lowercase, the running text capitalises the club.
 */
export function hasClubShape(w: string): boolean {
  // `/^pers[aeiou]/iu` as a scan: ASCII letters in either case, and ſ, which `iu` folds onto s.
  const at = (i: number): number => {
    const c = w.charCodeAt(i);
    return c === 0x17f ? 0x73 : c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
  };
  if (at(0) !== 0x70 || at(1) !== 0x65 || at(2) !== 0x72 || at(3) !== 0x73) return false;
  const v = at(4);
  return v === 0x61 || v === 0x65 || v === 0x69 || v === 0x6f || v === 0x75;
}

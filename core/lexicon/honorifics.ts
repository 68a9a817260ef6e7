/**
 * Honorifics and academic titles: removed from the canonical name (`KH Said Aqil Siradj` →
 * `Said Aqil Siradj`), as the scorer's HONORIFICS set does. Lowercase, without the final dot.
 */

/** Splits a whitespace-separated word list (kept as prose so lists stay compact). */
const words = (list: string): readonly string[] => list.split(/\s+/u).filter(Boolean);

export const HONORIFICS: readonly string[] = words(`
  pak bapak bu ibu mas mbak bung h hj kh habib ustaz ustadz ustazah gus buya syekh syaikh prof
  dr ir drs dra mr mrs ms sir tuan nyonya kiai kyai romo pastor pendeta haji hajah raden
  tengku teuku cut datuk dato tan sri king queen sheikh syeikh
  maulana sayyid sayid syech syeh syaich abuya ajengan nyai ustad ustadzah al-habib
`);

/** Post-nominal degrees written after a name (`Ratna Sari MGizi SpGK`, `S.H.`). */
export const DEGREE_RE =
  /^(?:S\.?H|M\.?H|S\.?E|M\.?M|M\.?Si|S\.?Sos|M\.?A|Ph\.?D|Lc|MA|MBA|Sp[A-Z]{1,3}|M[A-Z][a-z]+|M\.?Kes|S\.?Kom|S\.?Ag|M\.?Ag|S\.?Pd|M\.?Pd|S\.?T|M\.?T|S\.?Psi|CPA|MPH|MSc)\.?$/u;

/** `Sri` opens many Javanese given names (`Sri Mulyani`), so it is an honorific only before another honorific. */
const KEEP_AS_NAME = new Set(['sri', 'cut', 'tan', 'raden']);

/** Honorifics, lowercase. */
export const HONORIFIC_SET: ReadonlySet<string> = new Set(
  HONORIFICS.filter(h => !KEEP_AS_NAME.has(h)),
);

/**
 * An age inside a description (`pelatih berusia 51 tahun itu`, `pemain berumur 24 tahun`): the
 * number belongs to the description of the person, so a description read word by word goes on
 * across it instead of stopping at the digits.
 */
import type { Token } from '../text/text';
import { isDigits } from '../text/chars';

/** Words that introduce an age (`berusia 51 tahun`, `usia 30 tahun`). */
const AGE_WORDS: ReadonlySet<string> = new Set(['berusia', 'berumur', 'usia', 'umur', 'aged']);

/** Units an age is counted in. */
const AGE_UNITS: ReadonlySet<string> = new Set(['tahun', 'bulan', 'years', 'year']);

/**
 * When token `j` is the number of an age (`berusia` `51` `tahun`), the index after its unit;
 * otherwise `j`.
 */
export function afterAge(toks: readonly Token[], j: number): number {
  const n = toks[j];
  if (!n || !isDigits(n.text) || !AGE_WORDS.has(toks[j - 1]?.lower ?? '')) return j;
  return AGE_UNITS.has(toks[j + 1]?.lower ?? '') ? j + 2 : j;
}

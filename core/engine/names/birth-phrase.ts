/**
 * When a person was born, written inside a description after `kelahiran` (born in, born of): a
 * year (`pria kelahiran 1978 itu`) or a span back from now, after the birthplace or without one
 * (`pria kelahiran Ende 52 tahun lalu itu`, `pria kelahiran 52 tahun lalu itu`). Feature writers
 * introduce and point back at people this way; read as words of nothing, the number ended the
 * description and the birthplace became the speaker.
 */
import { isDigits } from '../text/chars';
import type { Token } from '../text/text';
import { featureOn } from '../features';
import { AGO_WORDS } from '../../lexicon/time-nouns';
import { BIRTH_WORD } from '../../lexicon/prepositions';

/**
 * The index after a time of birth starting at token `j` — `1978`, `tahun 1978`, `52 tahun lalu`,
 * `52 tahun yang lalu` — or `j` when none starts there (or names.birthTime is off).
 */
export function birthTimeEnd(toks: readonly Token[], j: number): number {
  if (!featureOn('names.birthTime')) return j;
  const t = toks[j]?.text ?? '';
  if (isDigits(t) && t.length === 4) return j + 1;
  if (
    toks[j]?.lower === 'tahun' &&
    isDigits(toks[j + 1]?.text ?? '') &&
    toks[j + 1]!.text.length === 4
  )
    return j + 2;
  if (!isDigits(t) || t.length > 3 || toks[j + 1]?.lower !== 'tahun') return j;
  const k = toks[j + 2]?.lower === 'yang' ? j + 3 : j + 2;
  return AGO_WORDS.has(toks[k]?.lower ?? '') ? k + 1 : j;
}

/** True when `word` (lowercase) opens a birth in a description (`kelahiran`). */
export const opensBirth = (word: string | undefined): boolean => word === BIRTH_WORD;

/**
 * A lone name word with an age set off right after it (`Rina (34) mengungsi …`, `Rina, 34 tahun,
 * warga …`, English `Rina, 34, said`): only a person is given an age, so the word names one and
 * introduces them, as a role or a description before it would (`Pedagang sayur, Rina, …`). A later
 * description by that age (`kata perempuan berusia 34 tahun itu`) then finds her
 * (discourse/described-age.ts).
 */
import { AGE_WORDS } from '../../lexicon/time-nouns';
import type { Token } from '../text/text';
import { featureOn } from '../features';

/** A bare age: one to three digits. */
const AGE = /^\d{1,3}$/u;

/**
 * True when an age is set off at `toks[k]`: `(34)`, `(34 tahun)`, `, 34 tahun,`, `, 34,`, `yang
 * berusia 34 tahun`.
 */
export function agedAt(toks: readonly Token[], k: number): boolean {
  if (!featureOn('cast.agedLoneName')) return false;
  const t = toks[k]?.text ?? '';
  if (/^\(\d{1,3}(?:\s+tahun)?\)$/u.test(t)) return true;
  // `Sarno yang berusia 61 tahun …`: a relative clause telling the age.
  if (t === 'yang' && AGE_WORDS.includes(toks[k + 1]?.lower ?? ''))
    return AGE.test(toks[k + 2]?.text ?? '');
  if (t !== ',' || !AGE.test(toks[k + 1]?.text ?? '')) return false;
  const next = toks[k + 2]?.text === 'tahun' ? k + 3 : k + 2;
  return toks[next]?.text === ',';
}

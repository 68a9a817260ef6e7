/**
 * Unnamed singular subjects (`Seorang ibu di Desa X menangis …`, `Jaksa mengungkapkan …`): they
 * are the antecedent of a following `katanya`/`ia`, which must then stay unnamed rather than jump
 * to a place named inside the description or to a person named earlier.
 */
import { CUE_ADVERB_SET, PRE_CUE_SET } from '../../lexicon/cues';
import { GROUP_HEADS, MEMBER_NOUNS } from '../../lexicon/pronouns';
import { ROLE_HEAD_SET, ROLE_WORD_SET } from '../../lexicon/roles';
import type { Token } from '../text/text';
import { startsLower } from '../text/chars';

const isLower = (w: string | undefined) => !!w && startsLower(w);

/**
 * True when token `i` (already known to open a clause) starts an unnamed singular subject:
 * `seorang` + a lowercase noun, or a bare role or member noun (`jaksa`, `hakim`, `petugas`,
 * `warga`) whose lowercase words run straight into a reporting verb. A capitalised word after
 * the noun is a name (`Jaksa Agung X`), so that subject is named, not unnamed.
 */
export function unnamedSubjectAt(t: readonly Token[], i: number): boolean {
  const w = t[i]!.lower;
  if (w === 'seorang') return isLower(t[i + 1]?.text);
  if (!ROLE_HEAD_SET.has(w) && !MEMBER_NOUNS.has(w) && !GROUP_HEADS.has(w)) return false;
  let k = i + 1;
  // `Jaksa penuntut umum mengatakan`: lowercase role words continue the noun.
  while (k - i <= 3 && isLower(t[k]?.text) && ROLE_WORD_SET.has(t[k]!.text)) k++;
  while (k - i <= 5 && CUE_ADVERB_SET.has(t[k]?.text ?? '')) k++;
  return PRE_CUE_SET.has(t[k]?.text ?? '');
}

/**
 * Unnamed singular subjects (`Seorang ibu di Desa X menangis …`, `Jaksa mengungkapkan …`): they
 * are the antecedent of a following `katanya`/`ia`, which must then stay unnamed rather than jump
 * to a place named inside the description or to a person named earlier.
 */
import { ASKING_VERBS, CUE_ADVERB_SET, PRE_CUE_SET, PRESS_NOUNS } from '../../lexicon/cues';
import { GROUP_HEADS, MEMBER_NOUNS, NAMING_WORDS } from '../../lexicon/pronouns';
import { PREDICATE_COPULAS, ROLE_HEAD_SET, ROLE_WORD_SET } from '../../lexicon/roles';
import type { Token } from '../text/text';
import { startsLower, startsUpper } from '../text/chars';
import { featureOn } from '../features';

const isLower = (w: string | undefined) => !!w && startsLower(w);

/** How many lowercase words an indefinite description may run before the name it is given. */
const MAX_DESCRIPTION = 10;

/**
 * `Seorang pedagang sayur, Marni, mengaku …`, `Seorang nelayan bernama Karim …`, `Seorang sopir yang menunggu muatannya di pelabuhan,
 * Rina Anggraeni, merasa …`: the lowercase description from token `k` ends at a comma and a
 * capitalised name follows, so the subject is that named person (the name's own record), not an
 * unnamed one a later `-nya` or `perempuan itu` would have to stay unnamed for.
 */
function namedAfterComma(t: readonly Token[], k: number): boolean {
  if (!featureOn('names.describedThenNamed')) return false;
  for (let j = k; j < t.length && j - k <= MAX_DESCRIPTION; j++) {
    const x = t[j]!.text;
    if (x === ',') return startsUpper(t[j + 1]?.text ?? '');
    // `Seorang nelayan bernama Karim …`: the naming word gives the description its name.
    if (NAMING_WORDS.has(t[j]!.lower) && featureOn('cast.calledName'))
      return startsUpper(t[j + 1]?.text ?? '');
    if (!isLower(x)) return false;
  }
  return false;
}

/**
 * True when the run at token `from` is the name an indefinite description before it is given
 * (`Seorang pedagang sayur, Marni, mengaku`): the person the description introduced, so even a
 * lone word there introduces them to the cast.
 */
export function namesDescription(t: readonly Token[], from: number): boolean {
  if (!featureOn('names.describedThenNamed') || t[from - 1]?.text !== ',') return false;
  for (let j = from - 2; j >= 0 && from - 2 - j < MAX_DESCRIPTION; j--) {
    if (t[j]!.lower === 'seorang') return namedAfterComma(t, j + 1);
    if (!isLower(t[j]!.text)) return false;
  }
  return false;
}

/**
 * `Salah seorang warga, buruh pabrik, mengatakan …`: `salah seorang` classes a person as `seorang`
 * does, so any lowercase noun after it opens an unnamed subject; `salah satu` picks things as
 * well (`Salah satu kelas …`), so only a person noun after it does (names.oneOfUnnamed).
 */
function oneOfUnnamed(t: readonly Token[], i: number): boolean {
  if (!featureOn('names.oneOfUnnamed')) return false;
  const picker = t[i + 1]?.lower;
  const noun = t[i + 2]?.text;
  if (!isLower(noun) || namedAfterComma(t, i + 2) || namedByCopula(t, i + 2)) return false;
  if (picker === 'seorang') return true;
  return picker === 'satu' && (ROLE_HEAD_SET.has(noun!) || MEMBER_NOUNS.has(noun!));
}

/**
 * `Salah satu korban tewas adalah X (7)`: the lowercase description from token `k` runs into a
 * copula and a capitalised name, so the one picked out is named there (the name's own record).
 */
function namedByCopula(t: readonly Token[], k: number): boolean {
  for (let j = k; j < t.length && j - k <= MAX_DESCRIPTION; j++) {
    if (PREDICATE_COPULAS.has(t[j]!.lower)) return startsUpper(t[j + 1]?.text ?? '');
    if (!isLower(t[j]!.text)) return false;
  }
  return false;
}

/**
 * True when token `i` (already known to open a clause) starts an unnamed singular subject:
 * `seorang` + a lowercase noun, or a bare role or member noun (`jaksa`, `hakim`, `petugas`,
 * `warga`) whose lowercase words run straight into a reporting verb. A capitalised word after
 * the noun is a name (`Jaksa Agung X`), so that subject is named, not unnamed.
 */
export function unnamedSubjectAt(t: readonly Token[], i: number): boolean {
  const w = t[i]!.lower;
  if (w === 'seorang') return isLower(t[i + 1]?.text) && !namedAfterComma(t, i + 1);
  if (w === 'salah') return oneOfUnnamed(t, i);
  if (!ROLE_HEAD_SET.has(w) && !MEMBER_NOUNS.has(w) && !GROUP_HEADS.has(w)) return false;
  let k = i + 1;
  // `Jaksa penuntut umum mengatakan`: lowercase role words continue the noun.
  while (k - i <= 3 && isLower(t[k]?.text) && ROLE_WORD_SET.has(t[k]!.text)) k++;
  while (k - i <= 5 && CUE_ADVERB_SET.has(t[k]?.text ?? '')) k++;
  // `Wartawan bertanya kepada X …`: the press asking is no source (discourse.askedByPress).
  if (
    PRESS_NOUNS.has(w) &&
    ASKING_VERBS.has(t[k]?.lower ?? '') &&
    featureOn('discourse.askedByPress')
  )
    return false;
  return PRE_CUE_SET.has(t[k]?.text ?? '');
}

/**
 * `Seorang petani bernama Darto Wiguna (61) mengeluhkan …`, `a farmer named Budi`: the description
 * before a naming word is what the named person is, so it is that person's role, as a role set off
 * by a comma before a name is (`Seorang petani, Darto, …`). Only a description opened by a role
 * head is read (`seorang pria bernama X` says nothing of an office or a trade), and none after a
 * kin noun (`anak petani bernama X` is a farmer's child).
 */
import { featureOn } from '../features';
import { isLowerWord, type Token } from '../text/text';
import { isVerbShape } from '../text/affix-shapes';
import { hardNonName } from './name-model';
import { NAMING_WORDS, DEFINITE, INDEFINITE, KIN_NOUNS } from '../../lexicon/pronouns';
import { PREPOSITIONS } from '../../lexicon/prepositions';
import { ROLE_HEAD_SET } from '../../lexicon/roles';

/** The most lowercase words of the description before the naming word (`sopir angkot`). */
const MAX_WORDS = 3;

/** A lowercase word that may belong to a description: no function word, preposition or verb. */
const describes = (w: string): boolean =>
  isLowerWord(w) &&
  !hardNonName(w) &&
  !PREPOSITIONS.has(w) &&
  !DEFINITE.has(w) &&
  !INDEFINITE.has(w) &&
  !isVerbShape(w);

/**
 * The role of the person whose capitalised run starts at token `i` after a naming word: the
 * description's words before it from the first role head on (`petani`, `sopir angkot`); null
 * when there is none.
 */
export function roleBeforeNamingWord(t: readonly Token[], i: number, text: string): string | null {
  if (!featureOn('names.roleBeforeNamingWord') || !NAMING_WORDS.has(t[i - 1]?.lower ?? '')) {
    return null;
  }
  const last = i - 2;
  let k = last;
  while (k >= 0 && last - k < MAX_WORDS && describes(t[k]!.text)) k--;
  for (let h = k + 1; h <= last; h++) {
    if (ROLE_HEAD_SET.has(t[h]!.text)) return text.slice(t[h]!.start, t[last]!.end);
    // `anak petani bernama X`: after a kin noun the role head is whose kin X is, not what X is.
    if (KIN_NOUNS.has(t[h]!.lower)) return null;
  }
  return null;
}

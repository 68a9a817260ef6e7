/**
 * `Rina Kartika selaku kuasa hukum korban mengatakan …`, `Budi, sebagai ketua panitia, menyebut …`:
 * the capacity a person speaks in, written right after the name with `selaku` or `sebagai`,
 * describes that person as a role does. The cue reader steps over it (reported/subject-aside.ts);
 * the running text's reader gives it as the role of a person who has none. Only a capacity closed
 * by a pre-posed cue or set off by commas on both sides counts: `menetapkan Budi sebagai tersangka`
 * tells what was done to him, not what he speaks as.
 */
import { CUE_ADVERB_SET, PRE_CUE_SET } from '../../lexicon/cues';
import { featureOn } from '../features';
import type { Token } from '../text/text';
import { startsLetter } from '../text/chars';
import { isBracketedAge } from './age-phrase';

/** Words that give the capacity a subject speaks in (`selaku tuan rumah`, `sebagai ketua panitia`). */
export const CAPACITY_WORDS: ReadonlySet<string> = new Set(['selaku', 'sebagai']);

/** Most words of a capacity (`selaku kuasa hukum keluarga korban`). */
export const MAX_CAPACITY = 6;

/** The capacity (`kuasa hukum korban`) after the name ending at token `end`, or null. */
export function capacityAfterName(t: readonly Token[], end: number, text: string): string | null {
  if (!featureOn('cast.capacityRole')) return null;
  let k = isBracketedAge(t[end]?.text ?? '') ? end + 1 : end;
  const setOff = t[k]?.text === ',';
  if (setOff) k++;
  if (!CAPACITY_WORDS.has(t[k]?.lower ?? '')) return null;
  let stop = k + 1;
  while (stop <= k + MAX_CAPACITY && startsLetter(t[stop]?.text ?? '') && !cueAt(t, stop)) stop++;
  if (stop === k + 1) return null;
  const closed = setOff ? t[stop]?.text === ',' : cueAt(t, stop);
  return closed ? text.slice(t[k + 1]!.start, t[stop - 1]!.end) : null;
}

/** True when a pre-posed cue, perhaps after cue adverbs (`juga menyebut`), stands at token `j`. */
function cueAt(t: readonly Token[], j: number): boolean {
  while (CUE_ADVERB_SET.has(t[j]?.lower ?? '')) j++;
  return PRE_CUE_SET.has(t[j]?.lower ?? '');
}

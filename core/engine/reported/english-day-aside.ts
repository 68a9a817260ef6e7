/**
 * An English time phrase between a subject and its cue (`The agency on Tuesday urged …`, `X
 * yesterday said …`, `The union last week warned …`, wire style `The ministry Tuesday said …`)
 * dates the statement: the subject ends before it, so the day is never read as the speaker's name.
 */
import {
  EN_DAY_PARTS,
  EN_DAY_WORDS,
  EN_TIME_UNITS,
  EN_UNIT_DETERMINERS,
  EN_WEEKDAYS,
} from '../../lexicon/time-nouns';
import { pastCueAdverbs } from '../names/statement-channel';
import type { Token } from '../text/text';
import { startsAlnum } from '../text/chars';
import { featureOn } from '../features';

/** Where an English time phrase ending right before token `k` starts, or `k` when none ends there. */
function timeStartBefore(toks: readonly Token[], k: number): number {
  const w = (j: number) => toks[j]?.lower ?? '';
  let j = k;
  if (EN_DAY_PARTS.has(w(j - 1)) && EN_WEEKDAYS.has(w(j - 2))) j--;
  if (EN_WEEKDAYS.has(w(j - 1)) && w(j - 2) === 'on') return j - 2;
  // Wire copy drops the `on` (`The ministry Tuesday said`): a weekday is never a speaker's name.
  if (EN_WEEKDAYS.has(w(j - 1))) return j - 1;
  if (EN_DAY_WORDS.has(w(k - 1))) return k - 1;
  if (EN_TIME_UNITS.has(w(k - 1)) && EN_UNIT_DETERMINERS.has(w(k - 2))) return k - 2;
  return k;
}

/**
 * Steps back from the cue at `k` (past its adverbs) over an English time phrase after the subject;
 * returns `k` when there is none or nothing that could be a subject stands before it.
 */
export function skipEnglishDay(toks: readonly Token[], k: number): number {
  if (!featureOn('reported.englishDayAside')) return k;
  const s = timeStartBefore(toks, k);
  if (s === k || s === 0 || !startsAlnum(toks[s - 1]!.text.replace(/^\(/u, ''))) return k;
  return pastCueAdverbs(toks, s);
}

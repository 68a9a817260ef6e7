/**
 * An English time phrase between a subject and its cue (`The agency on Tuesday urged …`, `X
 * yesterday said …`, `The union last week warned …`, wire style `The ministry Tuesday said …`)
 * dates the statement: the subject ends before it, so the day is never read as the speaker's name.
 */
import { englishTimeStartBefore } from './english-time';
import { pastCueAdverbs } from '../names/statement-channel';
import type { Token } from '../text/text';
import { startsAlnum } from '../text/chars';
import { featureOn } from '../features';

/**
 * Steps back from the cue at `k` (past its adverbs) over an English time phrase after the subject;
 * returns `k` when there is none or nothing that could be a subject stands before it.
 */
export function skipEnglishDay(toks: readonly Token[], k: number): number {
  if (!featureOn('reported.englishDayAside')) return k;
  const s = englishTimeStartBefore(toks, k);
  if (s === k || s === 0 || !startsAlnum(toks[s - 1]!.text.replace(/^\(/u, ''))) return k;
  return pastCueAdverbs(toks, s);
}

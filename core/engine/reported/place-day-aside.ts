/**
 * The wire-service aside between a subject and its pre-posed cue: where and when the statement was
 * made, set off by commas (`Kepala Dinas X Budi di Bandung, Selasa, mengatakan …`, `Kementerian X
 * dalam siaran persnya, Senin (2/3), menyebutkan …`). Agency copy writes nearly every
 * first statement this way; without the step back the cue finds no subject and the statement is lost.
 */
import { opensWithWeekday } from './reported-clause';
import type { Token } from '../text/text';
import { startsUpper } from '../text/chars';
import { featureOn } from '../features';
import { hasDigit } from '../text/chars';

/** How many capitalised words a place in the aside may have (`di Kota Tua Padang`). */
const MAX_PLACE = 4;

/** A bracketed date (`(5/11)`, `(5/11/2026)`): one token opening with `(` and holding a digit. */
const isDateBracket = (w: string | undefined): boolean =>
  w !== undefined && w.startsWith('(') && hasDigit(w);

/**
 * Steps back from the cue at `k` over `[di Place], Day [(date)],`: the day name or its bracketed
 * date is required, so a comma alone (`X, Y, mengatakan`: a list or an appositive) is not taken.
 * Returns the index the subject ends before: the `di` of the place, or the comma that opens the
 * day; `k` itself when there is no such aside.
 */
export function skipPlaceDay(toks: readonly Token[], k: number): number {
  if (!featureOn('reported.placeDayAside') || toks[k - 1]?.text !== ',') return k;
  let j = k - 1;
  const dated = isDateBracket(toks[j - 1]?.text);
  if (dated) j--;
  const day = opensWithWeekday(toks[j - 1]?.text ?? '');
  if (day) j--;
  if (!day && !dated) return k;
  if (toks[j - 1]?.text !== ',') return k;
  j--;
  // `di Bandung, Selasa,`: the place belongs to the aside; without one the comma closes the subject.
  let p = j;
  while (p > 0 && j - p < MAX_PLACE && startsUpper(toks[p - 1]!.text)) p--;
  return p < j && toks[p - 1]?.text === 'di' ? p - 1 : j;
}

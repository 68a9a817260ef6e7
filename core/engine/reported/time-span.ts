/**
 * A span of time right after a cue (`menyebutkan dalam sebulan terakhir pihaknya menangani …`,
 * `mengatakan dalam tiga bulan ini harga …`) is the reported
 * clause's own opening adverbial, not an adjunct of the cue that runs to a comma: with no comma
 * after it the statement was lost. Any other phrase after `dalam` (`dalam konferensi pers, …`)
 * stays an adjunct.
 */
import type { Token } from '../text/text';
import { featureOn } from '../features';
import { SPAN_COUNTS, SPAN_PREPOSITIONS, TIME_NOUNS } from '../../lexicon/time-nouns';
import { isDigits } from '../text/chars';

/** `sepekan`, `sebulan`, `setahun`: one unit of time, written as one word. */
const oneUnit = (w: string): boolean => w.startsWith('se') && TIME_NOUNS.has(w.slice(2));

/** True when the tokens from `k` open a span of time (`dalam sepekan`, `dalam tiga bulan`). */
export function opensTimeSpan(toks: readonly Token[], k: number): boolean {
  if (!featureOn('reported.timeSpanOpensClause')) return false;
  if (!SPAN_PREPOSITIONS.has(toks[k]?.text ?? '')) return false;
  let w = toks[k + 1]?.lower ?? '';
  if (oneUnit(w)) return true;
  if (!isDigits(w) && !SPAN_COUNTS.has(w)) return false;
  w = toks[k + 2]?.lower ?? '';
  return TIME_NOUNS.has(w);
}

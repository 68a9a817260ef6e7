/**
 * The English time phrase that dates a statement (`on Sunday`, `on Tuesday morning`, `yesterday`,
 * `last week`), read in one place: after a cue (reported-clause.ts: `said on Sunday his team …`)
 * and between a subject and its cue (english-day-aside.ts: `The agency on Tuesday urged …`).
 */
import {
  EN_DAY_PARTS,
  EN_DAY_WORDS,
  EN_TIME_UNITS,
  EN_UNIT_DETERMINERS,
  EN_WEEKDAYS,
} from '../../lexicon/time-nouns';
import type { Token } from '../text/text';

/** The most tokens a time phrase holds (`on Tuesday morning`). */
const MAX_TOKENS = 3;

/**
 * Where an English time phrase opening at token `k` ends (`k`: none opens there). With
 * `bareWeekday`, a weekday without its `on` counts too, as wire copy writes it before a cue (`The
 * ministry Tuesday said`).
 */
export function englishTimeEnd(toks: readonly Token[], k: number, bareWeekday = false): number {
  const w = toks[k]?.lower ?? '';
  const next = toks[k + 1]?.lower ?? '';
  if (EN_DAY_WORDS.has(w)) return k + 1;
  if (EN_UNIT_DETERMINERS.has(w) && EN_TIME_UNITS.has(next)) return k + 2;
  const day =
    w === 'on' && EN_WEEKDAYS.has(next) ? k + 1 : bareWeekday && EN_WEEKDAYS.has(w) ? k : -1;
  if (day < 0) return k;
  return EN_DAY_PARTS.has(toks[day + 1]?.lower ?? '') ? day + 2 : day + 1;
}

/**
 * Where the longest English time phrase ending right before token `k` starts (a bare weekday
 * included), or `k` when none ends there.
 */
export function englishTimeStartBefore(toks: readonly Token[], k: number): number {
  for (let j = Math.max(0, k - MAX_TOKENS); j < k; j++)
    if (englishTimeEnd(toks, j, true) === k) return j;
  return k;
}

/**
 * An English cue set off by commas inside a statement (`The city had opened 15 shelters, Budi
 * added, each run by volunteers.`): when the words before it are a whole clause (a finite
 * auxiliary in them) and the words after it have no finite verb of their own, the clause before
 * is what was said and the phrase after only adds to it. Indonesian `…, kata X, …` splits a
 * subject from its predicate instead, so this reading is English only.
 */
import { EN_FINITE_AUXILIARIES, EN_POST_CUES } from '../../lexicon/cues-en';
import { featureOn } from '../features';
import { tokenIndexAt, trimRange, type Token } from '../text/text';
import type { Sentence } from './reported-clause';

const CUES: ReadonlySet<string> = new Set(EN_POST_CUES);

/** True when a token of `toks` in [from, to) of the text is a finite auxiliary. */
function hasFinite(toks: readonly Token[], from: number, to: number): boolean {
  for (let j = tokenIndexAt(toks, from); j < toks.length && toks[j]!.start < to; j++)
    if (EN_FINITE_AUXILIARIES.has(toks[j]!.lower)) return true;
  return false;
}

/**
 * The clause before the English cue `cue` (its comma at offset `comma`) when it, not the phrase
 * `after`, is the statement; null to keep the phrase after.
 */
export function englishClauseBefore(
  text: string,
  toks: readonly Token[],
  s: Sentence,
  cue: Token,
  comma: number,
  after: { start: number; end: number },
): { start: number; end: number } | null {
  if (!featureOn('reported.englishMidClauseBefore') || !CUES.has(cue.text)) return null;
  if (!hasFinite(toks, s.start, comma) || hasFinite(toks, after.start, after.end)) return null;
  const before = trimRange(text, s.start, comma);
  return before.end > before.start ? before : null;
}

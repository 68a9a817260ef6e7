/**
 * The second half of an interrupted quote: `“Harga naik,” ujar Budi, “tetapi stok aman.”` The cue
 * and speaker written between the halves belong to both; the second half, which follows a comma
 * and has no cue of its own, would otherwise be dropped as a marked term.
 */
import type { Candidate } from '../candidate';
import { featureOn } from '../features';
import type { MarkedSpan } from './quote-marks';

/** A direct quote of the paragraph already attributed: its marked span and what was found. */
export interface Attributed {
  readonly span: MarkedSpan;
  readonly found: Pick<Candidate, 'cue' | 'mention' | 'at'>;
}

/** Sentence ends, other marks or a colon between the halves: the first sentence ended there. */
const NOT_BETWEEN = /[.!?:;“”"«»„‘’']/u;

/**
 * The cue and speaker of `span` when it continues the quote `prev` interrupted by its post-posed
 * cue: `prev` took a cue after its closing mark, and only that cue, its speaker and a comma stand
 * between the two (`ujar Budi,`, `, kata dia,`). Null otherwise.
 */
export function interruptedHalf(
  text: string,
  prev: Attributed | null,
  span: MarkedSpan,
): Pick<Candidate, 'cue' | 'mention' | 'at'> | null {
  if (!featureOn('quotes.interrupted') || !prev?.found.cue || prev.found.at < prev.span.after)
    return null;
  const between = text.slice(prev.span.after, span.open).trim();
  if (!between.endsWith(',') || NOT_BETWEEN.test(between)) return null;
  return prev.found;
}

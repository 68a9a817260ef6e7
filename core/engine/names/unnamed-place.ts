/**
 * An unnamed subject whose run is only its place or affiliation (`Seorang pedagang asal Cibening
 * mengaku`, `kata seorang warga asal Cibening`): the run is not the speaker. Split from
 * mention-before.ts.
 */
import { anonymousBefore } from './described-subject';
import type { Mention } from './mention';
import type { Token } from '../text/text';
import { featureOn } from '../features';
import { LOCATIVE_NOUNS, PREPOSITIONS } from '../../lexicon/prepositions';
import { isGivenName, isInnerName } from '../../lexicon/name-words';
import { INDEFINITE } from '../../lexicon/pronouns';

/** Words that put a run in a place or affiliation adjunct: the prepositions, and `asal` ("from"). */
const ADJUNCT_OPENERS: ReadonlySet<string> = new Set([...PREPOSITIONS, 'asal']);

/**
 * `Seorang pengguna aplikasi X di Cibening mengaku`, `Seorang pedagang asal Cibening mengaku`: a run
 * after a preposition inside a subject an indefinite word opens is that unnamed person's place or
 * affiliation, not the speaker, unless a name lexicon knows one of its words as a person's
 * (`Seorang warga bersama Budi Santoso mengatakan`).
 */
export function unnamedAroundPlace(
  toks: readonly Token[],
  s: number,
  k: number,
  text: string,
): Mention | null {
  if (!featureOn('names.unnamedPlace') || !opensAdjunct(toks, s)) return null;
  for (let j = s; j <= k; j++)
    if (isGivenName(toks[j]!.text) || isInnerName(toks[j]!.text)) return null;
  const unnamed = anonymousBefore(toks, k, text);
  return unnamed?.kind === 'anonymous' ? unnamed : null;
}

/** The most locative nouns between a preposition and its place (`di tepi hilir Sungai X`). */
const MAX_PLACE_NOUNS = 2;

/**
 * True when the run at `s` is the object of a preposition or `asal`, right before it or past a
 * few nouns that say where by it (`di tepi Sungai X`, `di bantaran Kali Y`: LOCATIVE_NOUNS), so
 * the run is the place, not a name.
 */
function opensAdjunct(toks: readonly Token[], s: number): boolean {
  for (let j = s - 1; j >= 0 && s - 1 - j <= MAX_PLACE_NOUNS; j--) {
    const w = toks[j]!.text;
    if (ADJUNCT_OPENERS.has(w)) return j === s - 1 || featureOn('names.placeNounsBeforePlace');
    if (!LOCATIVE_NOUNS.has(w)) return false;
  }
  return false;
}

/**
 * `kata seorang warga asal Cibening`, `ujar salah seorang pedagang di Pasar Baru`: after a
 * post-posed cue, a lowercase description holding an indefinite word and ending in `asal` or a
 * preposition, then a run, is an unnamed person and the run is where the person is from or is;
 * `asal` ("from") after a person noun needs no indefinite (`kata pemudik asal Cibening`). Read as
 * a name, the place became a speaker. A run with a person's name word in it (`asal Sumut Rudi
 * Hartawan`) is no such place. `lower` are the description's words (lowercase), `run` the run's.
 */
export function unnamedPlaceAfterCue(lower: readonly string[], run: readonly string[]): boolean {
  if (!featureOn('names.unnamedPlace') || lower.length < 2 || !run.length) return false;
  const opener = lower[lower.length - 1]!;
  if (!ADJUNCT_OPENERS.has(opener)) return false;
  if (opener !== 'asal' && !lower.some(w => INDEFINITE.has(w))) return false;
  return !run.some(w => isGivenName(w) || isInnerName(w));
}

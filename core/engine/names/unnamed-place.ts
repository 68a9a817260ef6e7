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
import { isPlaceWord } from './name-model';
import { startsUpper } from '../text/chars';

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
  if (!featureOn('names.unnamedPlace')) return null;
  const region = !opensAdjunct(toks, s) && regionAfterAdjunct(toks, s, k);
  if (!region && !opensAdjunct(toks, s)) return null;
  for (let j = s; j <= k; j++)
    if (isGivenName(toks[j]!.text) || isInnerName(toks[j]!.text)) return null;
  // A region set off after the place: the description is read up to the place before its comma.
  const end = region ? s - 2 : k;
  const unnamed = anonymousBefore(toks, end, text);
  if (unnamed?.kind !== 'anonymous') return null;
  return region
    ? { ...unnamed, text: unnamed.text + text.slice(toks[end]!.end, toks[k]!.end) }
    : unnamed;
}

/** The most locative nouns between a preposition and its place (`di tepi hilir Sungai X`). */
const MAX_PLACE_NOUNS = 2;

/** Most words of a place set off before its region (`Kabupaten Manggarai Timur`). */
const MAX_PLACE_WORDS = 4;

/**
 * `Seorang petani asal Bekasi, Jawa Barat, yang enggan disebut namanya, mengatakan`: the run
 * `toks[s..k]`, all place words (a province, a region), is set off by a comma after a place that is
 * itself the object of `asal` or a preposition: the region of where the unnamed person is from,
 * no more the speaker than the town (names.regionAfterAdjunct).
 */
function regionAfterAdjunct(toks: readonly Token[], s: number, k: number): boolean {
  if (toks[s - 1]?.text !== ',' || !featureOn('names.regionAfterAdjunct')) return false;
  for (let j = s; j <= k; j++) if (!isPlaceWord(toks[j]!.text)) return false;
  let p = s - 1;
  while (p > 0 && s - 1 - p < MAX_PLACE_WORDS && startsUpper(toks[p - 1]!.text)) p--;
  return p < s - 1 && opensAdjunct(toks, p);
}

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

/**
 * An English subject set off before an aside that says the person is not named (`The victim's
 * aunt, who asked not to be named, said …`, `A senior official, speaking on condition of
 * anonymity, said …`): whatever the description, the writer says outright that it names nobody,
 * so it is an unnamed speaker (a later `she added`, `the man said` goes on from it), not a `the`
 * description pointing back to someone introduced earlier.
 */
import {
  EN_ANONYMITY_ASIDE_OPENERS,
  EN_ANONYMITY_WORDS,
  EN_DESCRIPTION_OPENER_SET,
} from '../../lexicon/cues-en';
import { featureOn } from '../features';
import type { Mention } from './mention';
import type { Token } from '../text/text';
import { startsLower, startsUpper } from '../text/chars';
import { PREPOSITIONS } from '../../lexicon/prepositions';

/** The most tokens of the aside between its commas. */
const MAX_ASIDE = 12;
/** The most tokens of the description before the aside (`The 15-year-old victim's uncle`). */
const MAX_DESCRIPTION = 8;

/** True when word `k` of an aside says the subject's own name is withheld (lexicon/cues-en.ts). */
function withheldAt(w: string, k: number, aside: readonly string[]): boolean {
  const before = EN_ANONYMITY_WORDS.get(w);
  return before === null || !!before?.has(aside[k - 1] ?? '');
}

/**
 * Where the aside closed by the comma at token `k` opens (its comma), or -1 when none ends there.
 * An aside the writer left unclosed before the cue (`…, who asked not to be named said`) ends at
 * token `k` itself (names.englishAnonymityUnclosed).
 */
function asideStart(toks: readonly Token[], k: number): number {
  const closed = toks[k]?.text === ',';
  if (!closed && !featureOn('names.englishAnonymityUnclosed')) return -1;
  const end = closed ? k : k + 1;
  for (let j = k - 1; j > 0 && k - j <= MAX_ASIDE; j--) {
    if (toks[j]!.text !== ',') continue;
    const aside = toks.slice(j + 1, end).map(t => t.lower);
    const tells = EN_ANONYMITY_ASIDE_OPENERS.has(aside[0] ?? '') && aside.some(withheldAt);
    return tells ? j : -1;
  }
  return -1;
}

/** The most tokens of a place and its region set off before the aside (`Ende, East Nusa Tenggara`). */
const MAX_PLACE = 6;

/**
 * Where the lowercase words of the description before the aside opening at comma `open` end: right
 * before it, or before the place it ends with (`A farmer from Ende, East Nusa Tenggara, who …`:
 * the capitalised words and commas after a preposition, names.englishAnonymousPlace); -1 when
 * neither.
 */
function descriptionEnd(toks: readonly Token[], open: number): number {
  let j = open - 1;
  if (startsLower(toks[j]!.text)) return j;
  if (!featureOn('names.englishAnonymousPlace')) return -1;
  while (j > 0 && open - j <= MAX_PLACE && (startsUpper(toks[j]!.text) || toks[j]!.text === ','))
    j--;
  return PREPOSITIONS.has(toks[j]!.text) && j < open - 1 ? j : -1;
}

/**
 * The unnamed subject ending with an anonymity aside at token `k` (the aside's closing comma),
 * right before a cue, or null: the description before the aside opens its clause and ends in a
 * lowercase word (`aunt`, `official`), so a name set off before such an aside is left alone.
 */
export function englishAnonymousBefore(
  toks: readonly Token[],
  k: number,
  text: string,
): Mention | null {
  if (!featureOn('names.englishAnonymityAside')) return null;
  const open = asideStart(toks, k);
  const last = open < 1 ? -1 : descriptionEnd(toks, open);
  if (last < 0) return null;
  let s = last;
  while (s > 0 && last - s < MAX_DESCRIPTION && !EN_DESCRIPTION_OPENER_SET.has(toks[s - 1]!.text))
    s--;
  if (s > 0 && !EN_DESCRIPTION_OPENER_SET.has(toks[s - 1]!.text)) return null;
  return { kind: 'anonymous', text: text.slice(toks[s]!.start, toks[k]!.end) };
}

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
import { startsLower } from '../text/chars';

/** The most tokens of the aside between its commas. */
const MAX_ASIDE = 12;
/** The most tokens of the description before the aside (`The 15-year-old victim's uncle`). */
const MAX_DESCRIPTION = 8;

/** True when word `k` of an aside says the subject's own name is withheld (lexicon/cues-en.ts). */
function withheldAt(w: string, k: number, aside: readonly string[]): boolean {
  const before = EN_ANONYMITY_WORDS.get(w);
  return before === null || !!before?.has(aside[k - 1] ?? '');
}

/** Where the aside closed by the comma at token `k` opens (its comma), or -1 when none ends there. */
function asideStart(toks: readonly Token[], k: number): number {
  if (toks[k]?.text !== ',') return -1;
  for (let j = k - 1; j > 0 && k - j <= MAX_ASIDE; j--) {
    if (toks[j]!.text !== ',') continue;
    const aside = toks.slice(j + 1, k).map(t => t.lower);
    const tells = EN_ANONYMITY_ASIDE_OPENERS.has(aside[0] ?? '') && aside.some(withheldAt);
    return tells ? j : -1;
  }
  return -1;
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
  if (open < 1 || !startsLower(toks[open - 1]!.text)) return null;
  let s = open - 1;
  while (s > 0 && open - s < MAX_DESCRIPTION && !EN_DESCRIPTION_OPENER_SET.has(toks[s - 1]!.text))
    s--;
  if (s > 0 && !EN_DESCRIPTION_OPENER_SET.has(toks[s - 1]!.text)) return null;
  return { kind: 'anonymous', text: text.slice(toks[s]!.start, toks[k]!.end) };
}

/**
 * The lowercase nouns describing a pair before its two names (`kakak beradik X dan Y`, `pasangan
 * suami istri X dan Y`): they belong to the pair's noun phrase, as a lowercase role belongs to a
 * name, so the names lead the clause the phrase opens (discourse.pairNounLeads). A lone kin noun
 * or a pair's noun before one name (`ibu mertua X`, `pasangan X`) says whose relative the
 * subject is, and is left alone.
 */
import type { Token } from '../text/text';
import { startsLower, startsUpper } from '../text/chars';
import { featureOn } from '../features';
import { GROUP_DESCRIPTION_NOUNS, KIN_NOUNS, PAIR_COMPOUNDS } from '../../lexicon/pronouns';
import { DAN } from '../../lexicon/conjunctions';

/** Most lowercase words of a pair's description before its names (`pasangan suami istri`). */
const MAX_PAIR_NOUNS = 3;
/** Most tokens of the first name and its bracketed note before the `dan` joining the second. */
const MAX_FIRST_NAME = 6;

/**
 * Where the pair's description before the run at token `i` starts, or `i` when there is none: one
 * or more lowercase pair's or kin nouns, one of them a pair's noun (`beradik`, `pasangan`) or two
 * of them a pair of kin (`suami istri`: PAIR_COMPOUNDS), and a second name joined by `dan` after
 * the run.
 */
export function pairNounsBefore(t: readonly Token[], i: number): number {
  if (!featureOn('discourse.pairNounLeads')) return i;
  let k = i;
  let pair = false;
  while (k > 0 && i - k < MAX_PAIR_NOUNS && startsLower(t[k - 1]!.text)) {
    const w = t[k - 1]!.lower;
    if (GROUP_DESCRIPTION_NOUNS.has(w)) pair = true;
    else if (!KIN_NOUNS.has(w)) break;
    else if (k < i && PAIR_COMPOUNDS.has(`${w} ${t[k]!.lower}`)) pair = true;
    k--;
  }
  return k < i && pair && secondNameJoined(t, i) ? k : i;
}

/** True when the run at `i` (past its bracketed note) is followed by `dan` and a capitalised word. */
function secondNameJoined(t: readonly Token[], i: number): boolean {
  for (let j = i; j < t.length && j - i <= MAX_FIRST_NAME; j++) {
    const w = t[j]!.text;
    if (w === DAN) return startsUpper(t[j + 1]?.text ?? '');
    if (!startsUpper(w) && !w.startsWith('(')) return false;
  }
  return false;
}

/**
 * True when token `k` is a word of a pair's description that the next capitalised token opens the
 * names of (`kakak beradik X dan Y`: `beradik`, read from Y's side).
 */
export function inPairDescription(t: readonly Token[], k: number): boolean {
  // Asked of every lowercase word before a name: only a pair's or kin noun can be one.
  const w = t[k]!.lower;
  if (!GROUP_DESCRIPTION_NOUNS.has(w) && !KIN_NOUNS.has(w)) return false;
  let j = k + 1;
  while (j < t.length && startsLower(t[j]!.text) && j - k < MAX_PAIR_NOUNS) j++;
  return j < t.length && startsUpper(t[j]!.text) && pairNounsBefore(t, j) <= k;
}

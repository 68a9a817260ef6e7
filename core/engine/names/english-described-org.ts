/**
 * An English organisation introduced by a lowercase description with its acronym in brackets
 * (`The UN health agency (UNHA) warned …`, `A regional farmers' union (RFU) said …`): the
 * organisation speaks as such, and the acronym is the name the article goes on to use for it.
 * A capitalised name before the bracket (`the Harbour Safety Institute (HSI)`) is
 * english-org.ts's; a person noun as head (`a ministry official (…)`) is nobody's organisation.
 */
import { EN_DESCRIPTION_OPENER_SET, EN_INDEFINITE_ARTICLES } from '../../lexicon/cues-en';
import { EN_ORG_HEAD_SET } from '../../lexicon/organisations-en';
import { featureOn } from '../features';
import type { Mention } from './mention';
import type { Token } from '../text/text';
import { isBracketedAcronym } from '../text/bracketed';
import { startsAlnum, startsLower } from '../text/chars';

/** The most words the description may hold between its determiner and its head. */
const MAX_MODIFIERS = 5;

const OPENERS: ReadonlySet<string> = new Set(['the', ...EN_INDEFINITE_ARTICLES]);

/**
 * The organisation whose bracketed acronym is token `k`, after a lowercase organisation head and
 * a few modifiers opened by `the`/`a` at the start of a clause; null when the words before the
 * bracket are no such description.
 */
export function englishDescribedOrgBefore(
  toks: readonly Token[],
  k: number,
  text: string,
): Mention | null {
  if (!featureOn('names.englishDescribedOrg')) return null;
  const bracket = toks[k]?.text ?? '';
  const head = toks[k - 1];
  if (!isBracketedAcronym(bracket) || !head || !startsLower(head.text)) return null;
  if (!EN_ORG_HEAD_SET.has(head.lower)) return null;
  let s = k - 1;
  while (s > 0 && k - 1 - s <= MAX_MODIFIERS && !OPENERS.has(toks[s]!.lower)) {
    if (!startsAlnum(toks[s - 1]!.text)) return null;
    s--;
  }
  if (!OPENERS.has(toks[s]!.lower)) return null;
  if (s > 0 && !EN_DESCRIPTION_OPENER_SET.has(toks[s - 1]!.text)) return null;
  const name = bracket.slice(1, -1);
  return {
    kind: 'named',
    refs: [{ name, role: null, kind: 'organization', alias: null }],
    text: text.slice(toks[s]!.start, toks[k]!.end),
  };
}

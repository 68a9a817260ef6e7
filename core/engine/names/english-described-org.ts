/**
 * An English organisation introduced by a lowercase description with its acronym in brackets
 * (`The UN health agency (UNHA) warned …`, `A regional farmers' union (RFU) said …`), or with its
 * name after it (`State grain agency Pangan Raya said …`, `Environmental group Hijau Lestari
 * said …`): the organisation speaks as such, and the acronym or the name is what the article
 * goes on to call it.
 * A capitalised name before the bracket (`the Harbour Safety Institute (HSI)`) is
 * english-org.ts's; a person noun as head (`a ministry official (…)`) is nobody's organisation.
 */
import { EN_DESCRIPTION_OPENER_SET, EN_INDEFINITE_ARTICLES } from '../../lexicon/cues-en';
import { EN_ORG_HEAD_SET } from '../../lexicon/organisations-en';
import { featureOn } from '../features';
import type { Mention } from './mention';
import type { Token } from '../text/text';
import { isBracketedAcronym } from '../text/bracketed';
import { startsAlnum, startsLower, startsUpper } from '../text/chars';
import { ROLE_HEAD_SET } from '../../lexicon/roles';

/** The most words the description may hold between its determiner and its head. */
const MAX_MODIFIERS = 5;

const OPENERS: ReadonlySet<string> = new Set(['the', ...EN_INDEFINITE_ARTICLES]);

/** A plural possessive's apostrophe (`farmers' union`), which the tokenizer writes on its own. */
const POSSESSIVE_MARK = /^['’]$/u;

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
  const listed = listedFieldsOrg(toks, k, text);
  if (listed) return listed;
  const bracket = toks[k]?.text ?? '';
  if (!isBracketedAcronym(bracket)) return namedAfterDescription(toks, k, text);
  const s = orgHeadAt(toks, k - 1) ? descriptionStart(toks, k - 1, true) : -1;
  return s < 0 ? null : organisation(bracket.slice(1, -1), text, toks[s]!.start, toks[k]!.end);
}

/** A lowercase English organisation head at token `h`. */
const orgHeadAt = (toks: readonly Token[], h: number): boolean =>
  !!toks[h] && startsLower(toks[h]!.text) && EN_ORG_HEAD_SET.has(toks[h]!.lower);

/**
 * Where the description whose head is token `h` starts: its determiner (required when `article`)
 * or, without one, its first modifier at the start of its clause; -1 when it opens no clause.
 */
function descriptionStart(toks: readonly Token[], h: number, article: boolean): number {
  let s = h;
  while (s > 0 && h - s <= MAX_MODIFIERS && !OPENERS.has(toks[s]!.lower)) {
    const modifier = toks[s - 1]!.text;
    if (!startsAlnum(modifier) && !POSSESSIVE_MARK.test(modifier)) break;
    s--;
  }
  if (article && !OPENERS.has(toks[s]!.lower)) return -1;
  return s === 0 || EN_DESCRIPTION_OPENER_SET.has(toks[s - 1]!.text) ? s : -1;
}

/**
 * `State grain agency Pangan Raya said`: a capitalised run ending at token `k` right after a
 * lowercase organisation head whose description opens the clause names the organisation; no
 * word of the run may be a person's office (`agency spokesperson Rudi` is a person's).
 */
function namedAfterDescription(toks: readonly Token[], k: number, text: string): Mention | null {
  if (!featureOn('names.englishOrgNamedAfter')) return null;
  let r = k;
  while (r > 0 && k - r < MAX_NAME && startsUpper(toks[r]!.text) && !isRoleHead(toks[r]!)) r--;
  if (r === k || !orgHeadAt(toks, r)) return null;
  const s = descriptionStart(toks, r, false);
  if (s < 0) return null;
  const name = text.slice(toks[r + 1]!.start, toks[k]!.end);
  return organisation(name, text, toks[s]!.start, toks[k]!.end);
}

/** The most words of an organisation's name after its description. */
const MAX_NAME = 4;

const isRoleHead = (t: Token): boolean => ROLE_HEAD_SET.has(t.lower);

/** A named mention of the organisation `name`, written from `from` to `to`. */
function organisation(name: string, text: string, from: number, to: number): Mention {
  return {
    kind: 'named',
    refs: [{ name, role: null, kind: 'organization', alias: null }],
    text: text.slice(from, to),
  };
}

/** The most tokens a name listing its fields may span (`Forestry, Wildlife and Parks Agency`). */
const MAX_LISTED = 10;

/**
 * `The Forestry, Wildlife and Parks Agency (FWPA) predicted`: capitalised fields listed with commas
 * and one `and`, closed by a capitalised organisation head (and its bracketed acronym), are one
 * organisation's name, not a list of speakers.
 */
function listedFieldsOrg(toks: readonly Token[], k: number, text: string): Mention | null {
  const e = isBracketedAcronym(toks[k]?.text ?? '') ? k - 1 : k;
  return EN_ORG_HEAD_SET.has(toks[e]?.lower ?? '') ? listedFieldsAt(toks, k, text) : null;
}

/**
 * listedFieldsOrg at an English organisation's head: a function of its own behind its test, so
 * that an article without one compiles only the test (engine README: guards before bodies).
 */
function listedFieldsAt(toks: readonly Token[], k: number, text: string): Mention | null {
  if (!featureOn('names.englishListedOrg')) return null;
  const acronym = isBracketedAcronym(toks[k]?.text ?? '') ? toks[k]!.text.slice(1, -1) : null;
  const e = acronym ? k - 1 : k;
  const head = toks[e];
  if (!head || !startsUpper(head.text) || !EN_ORG_HEAD_SET.has(head.lower)) return null;
  let s = e;
  let commas = 0;
  let ands = 0;
  while (s > 0 && e - s < MAX_LISTED) {
    const w = toks[s - 1]!.text;
    if (w === ',') commas++;
    else if (w === 'and') ands++;
    else if (!startsUpper(w) || w === 'The' || isRoleHead(toks[s - 1]!)) break;
    s--;
  }
  if (!commas || ands !== 1 || !startsUpper(toks[s]!.text)) return null;
  // Each field before the `and` is one word (`Forestry, Wildlife and`): a list of people's names
  // (`Budi Santoso, Rina Kartika and …`) has two-word members.
  for (let j = s; toks[j]!.text !== 'and'; j++)
    if ((toks[j]!.text === ',') !== ((j - s) % 2 === 1)) return null;
  if (s > 0 && toks[s - 1]!.lower !== 'the' && !EN_DESCRIPTION_OPENER_SET.has(toks[s - 1]!.text))
    return null;
  const name = text.slice(toks[s]!.start, head.end);
  return {
    kind: 'named',
    refs: [{ name, role: null, kind: 'organization', alias: acronym }],
    text: text.slice(toks[s]!.start, toks[k]!.end),
  };
}

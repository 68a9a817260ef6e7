/**
 * English subjects that describe rather than name (en.republika.co.id): `The ministry also said
 * …`, `The world number 9 said …`, `…, the minister said.` A `the` description opening its clause
 * points back to somebody the article introduced (a title mention, resolved like `itu` in
 * Indonesian); a plural one (`the farmers said`) is a crowd nobody named.
 */
import { EN_CLAUSE_WORDS, EN_DESCRIPTION_OPENER_SET } from '../../lexicon/cues-en';
import { EN_ORG_HEAD_SET } from '../../lexicon/organisations-en';
import { GROUP_NOUN_SET, ORG_HEAD_SET, ROLE_HEAD_SET } from '../../lexicon/roles';
import { featureOn } from '../features';
import type { Mention } from './mention';
import type { Token } from '../text/text';
import { isDigits, startsAlnum, startsLower, startsUpper } from '../text/chars';
import { endsInPluralS } from './english-plural';
import { isBracketedAcronym } from '../text/bracketed';
import type { NamedRef } from './name-split';

/** The most words a description may hold between `the` and the cue (`the 27-year-old former coach`). */
const MAX_WORDS = 5;

/**
 * A word naming what the description is about: an office, an occupation or an organisation
 * (`minister`, `coach`, `agency`), or a person told by age or rank (`the 27-year-old`, `the world
 * number 9`: a number or an `-old` word closing the description).
 */
function describesSpeaker(words: readonly string[]): boolean {
  const last = words[words.length - 1]!;
  if (isDigits(last) || last.endsWith('-old')) return true;
  return words.some(w => ROLE_HEAD_SET.has(w) || EN_ORG_HEAD_SET.has(w) || ORG_HEAD_SET.has(w));
}

/** `the farmers`, `the residents`: a plural occupation or a group noun heads the description. */
function isCrowd(words: readonly string[]): boolean {
  const last = words[words.length - 1]!;
  if (GROUP_NOUN_SET.has(last)) return true;
  return endsInPluralS(last) && ROLE_HEAD_SET.has(last) && !EN_ORG_HEAD_SET.has(last);
}

/**
 * `52-year-old`: an age written as one word opening with its number closes a description that
 * tells a person by age (`The 52-year-old said …`), as a lowercase head does
 * (names.englishAgedDescription).
 */
const agedWord = (w: string): boolean =>
  w.endsWith('-old') &&
  isDigits(w.slice(0, w.indexOf('-'))) &&
  featureOn('names.englishAgedDescription');

/**
 * The `the` description that ends at token `k`, right before a cue, or null. Its words are
 * lowercase, numbers or capitalised modifiers (`the Egyptian minister`); it ends in lowercase or a
 * number, so a capitalised run (`The Trade Ministry`) is read as a name instead.
 */
export function englishDescriptionBefore(
  toks: readonly Token[],
  k: number,
  text: string,
): Mention | null {
  if (!featureOn('names.englishDescription')) return null;
  const end = toks[k]?.text ?? '';
  if (!startsLower(end) && !isDigits(end) && !agedWord(end)) return null;
  let s = k;
  while (s > 0 && k - s < MAX_WORDS && toks[s]!.lower !== 'the') {
    if (!startsAlnum(toks[s]!.text)) return null;
    s--;
  }
  if (toks[s]!.lower !== 'the' || s === k) return null;
  if (s > 0 && !EN_DESCRIPTION_OPENER_SET.has(toks[s - 1]!.text)) return null;
  return describedFrom(toks, s, k, text);
}

/** The most tokens of the place after `from` (`Tabanan, Bali`: three with the comma). */
const MAX_ORIGIN_TOKENS = 5;

/**
 * The `the` description whose person is told by where they come from, ending at token `k` before a
 * cue: `The 52-year-old from Tabanan, Bali, said …`, `The fisherman from Tabanan said …`, `The
 * weaver from Sidemen in Karangasem said …`. The place after `from` (capitalised words, a comma or
 * `in` between a town and its province) is the
 * person's origin, never the subject; the description before it points back as one before a cue
 * does (names.englishDescriptionOrigin). Null when no such description ends there.
 */
export function englishDescriptionFromPlace(
  toks: readonly Token[],
  k: number,
  text: string,
): Mention | null {
  if (!startsUpper(toks[k]?.text ?? '') || !featureOn('names.englishDescriptionOrigin'))
    return null;
  let f = k;
  while (f > 0 && k - f < MAX_ORIGIN_TOKENS && toks[f]!.lower !== 'from') {
    const t = toks[f]!.text;
    // `from Tabanan in Bali`: the town's province after `in`, as after a comma.
    if (!startsUpper(t) && t !== ',' && t !== 'in') return null;
    f--;
  }
  if (toks[f]?.lower !== 'from' || f === k || toks[f + 1]!.text === ',') return null;
  return englishDescriptionBefore(toks, f - 1, text);
}

/**
 * The same description after a cue, opening at the lowercase `the` at token `i` (`"…," said the
 * fisherman from Tabanan.`, `… said the 52-year-old from Tabanan in Bali.`): lowercase words up to
 * `from`, then the origin (capitalised words, `in` between a town and its province) to the
 * sentence's end. The place is where the person comes from, never
 * the speaker (names.englishDescriptionOrigin). Null when no such description opens there.
 */
export function englishDescriptionWithOriginAt(
  toks: readonly Token[],
  i: number,
  text: string,
): Mention | null {
  if (toks[i]?.text !== 'the' || !featureOn('names.englishDescriptionOrigin')) return null;
  let f = i + 1;
  while (f - i <= MAX_WORDS && toks[f] && toks[f]!.lower !== 'from') {
    if (!startsLower(toks[f]!.text) && !isDigits(toks[f]!.text)) return null;
    f++;
  }
  if (toks[f]?.lower !== 'from' || f === i + 1) return null;
  const body = affiliationAfter(toks, f);
  let k = body ? f + 2 : f + 1;
  // No comma here: after a cue, one after the place may set off the person's name (`said the
  // official from Jakarta, X.`).
  while (
    k - f <= MAX_ORIGIN_TOKENS + (body ? 1 : 0) &&
    toks[k] &&
    (startsUpper(toks[k]!.text) || toks[k]!.text === 'in')
  )
    k++;
  const named = k > f + (body ? 2 : 1) && startsUpper(toks[k - 1]!.text);
  if (body && named && isBracketedAcronym(toks[k]?.text ?? '')) k++;
  // The origin reaches the sentence's end (or a closing quotation mark).
  const end = toks[k]?.text;
  if (!named || (end !== undefined && end !== '.' && end !== '"' && end !== '”')) return null;
  return describedFrom(toks, i, f - 1, text);
}

/**
 * `… said the politician from the National Party (NP).`: after `from`, a capitalised body opened by
 * `the` (its acronym in brackets may close it) is the party or body the person belongs to, as a
 * place is where one comes from; the description before `from` is still the speaker
 * (names.englishDescriptionAffiliation).
 */
const affiliationAfter = (toks: readonly Token[], f: number): boolean =>
  toks[f + 1]?.text === 'the' &&
  startsUpper(toks[f + 2]?.text ?? '') &&
  featureOn('names.englishDescriptionAffiliation');

/** The description from `the` at token `s` to token `k`, or null when it describes nobody. */
function describedFrom(toks: readonly Token[], s: number, k: number, text: string): Mention | null {
  const words = toks.slice(s + 1, k + 1).map(t => t.lower);
  if (!describesSpeaker(words)) return null;
  const spanText = text.slice(toks[s]!.start, toks[k]!.end);
  if (isCrowd(words)) return { kind: 'anonymous', text: spanText };
  const proper = properlyDescribedOrg(toks, s, k, text);
  if (proper) return proper;
  return { kind: 'title', title: text.slice(toks[s + 1]!.start, toks[k]!.end), text: spanText };
}

/**
 * The `the` description opening at token `k` after `according to` and closed by a comma
 * (`According to the ambassador, …`), or null: it points back like the one before a cue.
 */
export function englishDescriptionAfter(
  toks: readonly Token[],
  k: number,
  text: string,
): Mention | null {
  if (!featureOn('names.englishDescriptionSource') || toks[k]?.lower !== 'the') return null;
  let e = k + 1;
  while (e < toks.length && e - k <= MAX_WORDS && toks[e]!.text !== ',') e++;
  if (toks[e]?.text !== ',' || e === k + 1) return null;
  const words = toks.slice(k + 1, e);
  if (!words.every(t => startsAlnum(t.text)) || !startsLower(words[words.length - 1]!.text))
    return null;
  return describedFrom(toks, k, e - 1, text);
}

/**
 * `The Thai navy said …`, `The Malaysian government said …`, `The UN refugee agency said …`
 * (from `the` at token `s` to the head at `k`; also after a direct quote, direct-quotes.ts):
 * a lowercase organisation head after a capitalised modifier (a country, a people, a body's
 * acronym) names that organisation, which speaks as such, as a written name would; the article need
 * not have introduced it. Its name is the description without `the`. A lowercase first word (`the
 * ministry`, `the health ministry`) still points back to an organisation the article named.
 */
export function properlyDescribedOrg(
  toks: readonly Token[],
  s: number,
  k: number,
  text: string,
): Mention | null {
  if (k - s < 2 || !startsUpper(toks[s + 1]!.text) || !EN_ORG_HEAD_SET.has(toks[k]!.lower))
    return null;
  if (!featureOn('names.englishProperDescribedOrg')) return null;
  const name = text.slice(toks[s + 1]!.start, toks[k]!.end);
  const ref: NamedRef = { name, role: null, kind: 'organization', alias: null };
  return { kind: 'named', refs: [ref], text: text.slice(toks[s]!.start, toks[k]!.end) };
}

/**
 * The `the` description at token `k` that a cue's speaker is (`…, said the minister.`, `"…," said
 * the Thai army in a statement`), or null: words of the description up to the sentence's end, a
 * comma without a name after it, or a word of the clause going on (`in`, `on`: EN_CLAUSE_WORDS),
 * ending in a lowercase head. It points back as the one before a cue does.
 */
export function englishDescriptionAfterCue(
  toks: readonly Token[],
  k: number,
  text: string,
): Mention | null {
  let e = k + 1;
  while (
    e < toks.length &&
    e - k <= MAX_WORDS &&
    startsAlnum(toks[e]!.text) &&
    !CLAUSE_WORDS.has(toks[e]!.text)
  )
    e++;
  const last = toks[e - 1]!;
  // `said the 58-year-old with a grin`: an age as one word closes it too (names.agedAfterCue).
  const aged = agedWord(last.text) && featureOn('names.agedAfterCue');
  if (e === k + 1 || (!startsLower(last.text) && !isDigits(last.text) && !aged)) return null;
  if (toks[e]?.text === ',' && startsUpper(toks[e + 1]?.text ?? '')) return null;
  if (e < toks.length && startsAlnum(toks[e]!.text) && !CLAUSE_WORDS.has(toks[e]!.text))
    return null;
  return describedFrom(toks, k, e - 1, text);
}

const CLAUSE_WORDS: ReadonlySet<string> = new Set(EN_CLAUSE_WORDS);

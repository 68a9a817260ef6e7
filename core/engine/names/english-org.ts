/**
 * English organisation names (en.republika.co.id): `the Ministry of Foreign Affairs`, `the
 * Harbour Safety Institute (HSI)`, `the Office for the Protection of
 * Coastal Villages (OPCV)`. An organisation head (organisations-en.ts) either closes the name
 * (`… Institute`) or opens a complement with `of`/`for`/`on` (`Ministry of …`), so the whole run is
 * the organisation, not a person called by its last word (`Affairs`). A person's title anywhere
 * in the run (`Foreign Ministry Spokesperson X`), or a name after the head (`Institute Rina X`),
 * leaves the run to the person readers.
 */
import {
  EN_ORG_COMPLEMENT_OPENERS,
  EN_ORG_HEAD_SET,
  EN_ORG_JOINERS,
} from '../../lexicon/organisations-en';
import { EN_COMPASS_WORDS } from '../../lexicon/places';
import {
  EN_GOVERNMENT_PORTFOLIO_WORDS,
  EN_ROLE_HEAD_SET,
  ROLE_HEAD_SET,
} from '../../lexicon/roles';
import { isGazetteerPlace, isGivenName, isInnerName, isOrgWord } from '../../lexicon/name-words';
import { PLACE_SET } from '../../lexicon/roles';
import { featureOn } from '../features';
import type { Token } from '../text/text';
import { startsUpper } from '../text/chars';
import { lowerWord } from '../text/kept-per-string';
import { englishSingular } from './english-plural';
import { isCabinetWord } from './english-title';

/** A capitalised English organisation head (`Ministry`, `Office`). */
const isHead = (w: string): boolean => startsUpper(w) && EN_ORG_HEAD_SET.has(lowerWord(w));

/** A word of a place the gazetteer or the place list knows (`Jakarta`, `Cibinong`). */
const isPlaceWord = (w: string): boolean => isGazetteerPlace(w) || PLACE_SET.has(lowerWord(w));

/** A capitalised word that may stand in an organisation's name (not a bracket). */
const isNameWord = (w: string): boolean => startsUpper(w) && !w.startsWith('(');

/**
 * How many lowercase tokens at `j` join an organisation head before them to the capitalised rest of
 * its name (`Office for the Protection`: 2 at `for`), or 0. A name reader steps over them.
 */
export function englishOrgJoin(toks: readonly Token[], j: number): number {
  if (officeForPortfolio(toks, j)) return 1;
  if (!featureOn('names.englishOrganisation') || !isHead(toks[j - 1]?.text ?? '')) return 0;
  const t = toks[j]?.text ?? '';
  if (!EN_ORG_COMPLEMENT_OPENERS.has(t)) return 0;
  const n = toks[j + 1]?.text === 'the' ? 2 : 1;
  return isNameWord(toks[j + n]?.text ?? '') ? n : 0;
}

/**
 * True when the `for` at `j` joins an English office's head to its cabinet portfolio
 * (`Coordinating Minister for Economic Affairs X`, `Minister for Maritime Affairs X`): the run goes
 * on over it, and name-split.ts gives the portfolio to the role (names.englishGovernmentPortfolio).
 */
function officeForPortfolio(toks: readonly Token[], j: number): boolean {
  const head = toks[j - 1]?.text ?? '';
  const next = toks[j + 1]?.text ?? '';
  return (
    toks[j]?.text === 'for' &&
    startsUpper(head) &&
    EN_ROLE_HEAD_SET.has(lowerWord(head)) &&
    startsUpper(next) &&
    EN_GOVERNMENT_PORTFOLIO_WORDS.has(lowerWord(next)) &&
    featureOn('names.englishGovernmentPortfolio')
  );
}

/** True when `w` joins the parts of an organisation's name (`of`, `for the`, `and`). */
export const isOrgJoiner = (w: string): boolean => EN_ORG_JOINERS.has(w);

/**
 * The organisation a run's words name, as [first, end) word indexes of its name (a bracketed short
 * form after it is left out), or null when the run is no English organisation.
 */
export function englishOrganisation(words: readonly string[]): readonly [number, number] | null {
  if (!featureOn('names.englishOrganisation')) return null;
  let end = words.length;
  if (end > 1 && words[end - 1]!.startsWith('(')) end--;
  let head = -1;
  for (let k = 0; k < end; k++) if (isHead(words[k]!)) head = k;
  return head < 0 ? null : organisationAt(words, head, end);
}

/**
 * englishOrganisation past its test, the last organisation head at word `head` of the first `end`:
 * a function of its own so that the first analysis of an article without such a head compiles
 * only the test (engine README: guards before bodies).
 */
function organisationAt(
  words: readonly string[],
  head: number,
  end: number,
): readonly [number, number] | null {
  const closing = head === end - 1;
  if (words.slice(0, end).some(w => isRoleHead(w) && !(closing && membersWord(w)))) return null;
  // `Forest Agency (FA) of East Kalimantan`: the short form between the head and its complement
  // stays in the name as written (names are substrings of the text), as the complement does.
  const bracket = bracketBeforeComplement(words, head, end) ? 1 : 0;
  // After the last head: nothing (`… Institute`), or a complement opened by a joiner.
  if (head < end - 1 && !bracket && !(isOrgJoiner(words[head + 1]!) && words[head + 1] !== 'and')) {
    // `Ministry of Foreign Affairs`: the head before the joiner is the last one read above only
    // when no head follows; otherwise an earlier head with a complement may still open the name.
    const opened = words.findIndex((w, k) => isHead(w) && isOrgJoiner(words[k + 1] ?? ''));
    if (opened < 0) return null;
    head = opened;
  }
  const rest = words.slice(head + 1 + bracket, end);
  if (!rest.every(w => isNameWord(w) || isOrgJoiner(w))) return null;
  if (personAfterComplement(words, head + bracket, end)) return null;
  return [0, end];
}

/**
 * True when a bracketed short form stands between the head at `head` and a complement it opens
 * (`Agency (FA) of East Kalimantan`), with
 * names.englishOrgBracketComplement on.
 */
function bracketBeforeComplement(words: readonly string[], head: number, end: number): boolean {
  if (!featureOn('names.englishOrgBracketComplement') || head + 3 >= end) return false;
  return (
    words[head + 1]!.startsWith('(') &&
    EN_ORG_COMPLEMENT_OPENERS.has(words[head + 2]!) &&
    isNameWord(words[head + 3]!)
  );
}

const isRoleHead = (w: string): boolean => ROLE_HEAD_SET.has(w.toLowerCase());

/**
 * `Cibening Fishermen Association`, `Teachers Union`: an occupation in the plural before the head
 * that closes the name says whom the body gathers; it is no person's title (a singular one is:
 * `Spokesperson`, and so is one before a complement: `Head of the … Agency`).
 */
function membersWord(w: string): boolean {
  if (!featureOn('names.englishMembersOrg')) return false;
  const lower = w.toLowerCase();
  const one = englishSingular(lower);
  return one !== null && one !== lower && isRoleHead(one);
}

/**
 * `Ministry of Trade Dimas Arya Wicaksana`: a complement ends where a person's name starts, two
 * or more capitalised words closing the run (so no joiner among them), the first a person's name
 * word in the corpora (name-words.ts: a given or an inner name) and none an organisation word.
 * The run is then a person with the organisation as role, left to the person readers.
 */
function personAfterComplement(words: readonly string[], head: number, end: number): boolean {
  return personStart(words, head, end) >= 0;
}

/** Where the person's name after the complement of the head at `head` starts, or -1. */
function personStart(words: readonly string[], head: number, end: number): number {
  if (!featureOn('names.englishOrgPerson')) return -1;
  const closed = afterShortForm(words, head, end);
  if (closed >= 0) return closed;
  // The complement keeps at least one word after its joiner (`Ministry of Trade`).
  for (let k = head + 3; k <= end - 2; k++) {
    if (!(isGivenName(words[k]!) || isInnerName(words[k]!))) continue;
    if (personTail(words, k, end)) return k;
  }
  return afterPortfolio(words, head, end);
}

/** True when the words from `k` to `end` may be a person's whole name: no head, no organisation word. */
const personTail = (words: readonly string[], k: number, end: number): boolean =>
  words.slice(k, end).every(w => isNameWord(w) && !isHead(w) && !isOrgWord(w));

/** A word of a cabinet's or a business's portfolio (`Trade`, `Home`, `Affairs`), or `and`. */
const isPortfolioWord = (w: string): boolean => w === 'and' || isCabinetWord(w);

/** Compass words that open a province's English name (`West Java`, `East Nusa Tenggara`). */
const isCompassWord = (w: string): boolean => EN_COMPASS_WORDS.has(lowerWord(w));

/**
 * `Ministry of Trade Yosef Manuhutu`: a complement made only of portfolio words ends at the first
 * word that is none, and two name words or more from there are the person, whether or not a
 * lexicon knows the first as a given name (names.englishPortfolioComplement). Returns where the
 * person starts, or -1.
 */
function afterPortfolio(words: readonly string[], head: number, end: number): number {
  if (!featureOn('names.englishPortfolioComplement')) return -1;
  let k = head + 2;
  if (words[k] === 'the') k++;
  const first = k;
  while (k < end && isPortfolioWord(words[k]!)) k++;
  if (k === first || words[k - 1] === 'and' || end - k < 2) return -1;
  // `Ministry of Religious Affairs West Java`: a place after the portfolio is the office's seat.
  if (words.slice(k, end).some(w => isPlaceWord(w) || isCompassWord(w))) return -1;
  return personTail(words, k, end) ? k : -1;
}

/**
 * `Institute for Development of Economics (IDE) Fadhil Budi Santoso`: a bracketed short form after
 * the complement closes the organisation's name, so two name words or more after it are the
 * person's whole name, its first word known to no lexicon or not (names.englishOrgBracketCloses).
 * A known place right after the bracket is the organisation's seat (`(CMS) Jakarta Rudi Hartono`).
 * Returns where the person starts, or -1.
 */
function afterShortForm(words: readonly string[], head: number, end: number): number {
  if (!featureOn('names.englishOrgBracketCloses')) return -1;
  let b = -1;
  for (let k = head + 2; k < end - 2; k++) if (words[k]!.startsWith('(')) b = k;
  if (b < 0) return -1;
  const start = isPlaceWord(words[b + 1]!) ? b + 2 : b + 1;
  return end - start >= 2 && personTail(words, start, end) ? start : -1;
}

/**
 * `Ministry of Home Affairs Hendra Wijaya`: where the person named after an organisation's
 * complement starts (the index of `Hendra`), or -1; the whole complement (`of Home Affairs`)
 * belongs to the organisation, so its last word never opens the name.
 */
export function personAfterEnglishOrg(words: readonly string[]): number {
  if (!featureOn('names.englishOrganisation')) return -1;
  const head = words.findIndex(
    (w, k) => isHead(w) && isOrgJoiner(words[k + 1] ?? '') && words[k + 1] !== 'and',
  );
  return head < 0 ? -1 : personStart(words, head, words.length);
}

/**
 * The words that mark a run as a nickname, read around it without a regex (each of the two
 * alternations was compiled on every cold start of the engine, for the first name run): `akrab
 * disapa X`, `biasa dipanggil X`, `dengan sapaan akrab X` before it, `X, sapaan akrabnya,` after;
 * in English, `…, popularly known as X`, `…, nicknamed X`.
 */
import { isSpaceCp, startsUpper } from '../text/chars';
import { isWordUnit, SPACE_RUNS, spacesBefore } from '../text/string-scans';
import { featureOn } from '../features';
import {
  ALIAS_WORDS,
  EN_KNOWN_ADVERBS,
  EN_KNOWN_AS,
  EN_NICKNAME_WORDS,
  NAME_CLAUSE_ADVERBS,
  NAME_CLAUSE_OPENER,
  TITLE_HOLDING_VERB,
} from '../../lexicon/nickname-asides';
import { endsWithOtherName } from './other-name-clause';
import { EN_ORG_HEAD_SET } from '../../lexicon/organisations-en';
import { ORG_HEAD_SET } from '../../lexicon/roles';
import { FAMILIAR_ADDRESS } from '../../lexicon/honorifics';

/** Words right before a nickname (the space after them follows). */
const BEFORE = ['disapa', 'dipanggil', 'disebut', 'sapaan', 'panggilan'];
/** The nouns that may take `akrab` / `akrabnya` before a nickname (`sapaan akrab X`). */
const NOUNS = ['sapaan', 'panggilan'];

/** True when `s` before `end` ends with one of `ends`. */
const endsWithAny = (s: string, end: number, ends: readonly string[]) =>
  ends.some(e => s.endsWith(e, end));

/**
 * True when the text before a run ends with a nickname cue and white space
 * (`/(?:disapa|dipanggil|disebut|(?:sapaan|panggilan)(?:\s+akrab(?:nya)?)?)\s+$/u`).
 */
export function nicknameBefore(s: string, run = ''): boolean {
  const end = spacesBefore(s, s.length);
  if (end === s.length) return false;
  if (endsWithAny(s, end, BEFORE)) return true;
  if (titleHeldBefore(s, end)) return true;
  if (englishNicknameBefore(s, end, run)) return true;
  // `alias` must stand as a word (not the end of a longer one) before the nickname.
  const alias = ALIAS_WORDS.find(a => s.endsWith(a, end));
  if (alias && featureOn('cast.aliasNickname')) {
    const from = end - alias.length;
    return from === 0 || !isWordUnit(s.charCodeAt(from - 1));
  }
  const akrab = s.endsWith('akrabnya', end) ? end - 8 : s.endsWith('akrab', end) ? end - 5 : -1;
  if (akrab < 0) return false;
  const noun = spacesBefore(s, akrab);
  return noun < akrab && endsWithAny(s, noun, NOUNS);
}

/**
 * `X, popularly known as Pak Joni`, `X, nicknamed Joni`: an English aside naming the name the person
 * goes by (lexicon/nickname-asides.ts; cast.englishNickname). `s` ends at `end` before the white
 * space in front of the run, `run` the nickname's words: one opened by a familiar form of address
 * (`Pak Tani`) is taken for a person's after an organisation too (`X, chairman of the Lubai Farmers
 * Union, popularly known as Pak Tani`); a group may bear such a name (`Mama Papua`), which this
 * reading then gives the person before it.
 */
function englishNicknameBefore(s: string, end: number, run: string): boolean {
  const last = wordBefore(s, end);
  let at = end - last.length;
  if (!EN_NICKNAME_WORDS.includes(last)) {
    if (last !== EN_KNOWN_AS[1] || wordBefore(s, at) !== EN_KNOWN_AS[0]) return false;
    at = spacesBefore(s, at) - EN_KNOWN_AS[0].length;
    const adverb = wordBefore(s, at);
    if (EN_KNOWN_ADVERBS.includes(adverb)) at = spacesBefore(s, at) - adverb.length;
  }
  const addressed = FAMILIAR_ADDRESS.has(run.trimStart().split(SPACE_RUNS, 1)[0]!.toLowerCase());
  return setOffAfterName(s, at, addressed) && featureOn('cast.englishNickname');
}

/**
 * True when a comma right after a capitalised word or an age's bracket ends `s` before `at`, the
 * word no organisation's head (`the Green Party, known as …` names the party, not its member)
 * unless the nickname is `addressed` as a person.
 */
function setOffAfterName(s: string, at: number, addressed: boolean): boolean {
  const comma = spacesBefore(s, at);
  if (s.charCodeAt(comma - 1) !== COMMA) return false;
  const end = spacesBefore(s, comma - 1);
  if (!endsName(s, end)) return false;
  const word = wordBefore(s, end).toLowerCase();
  return addressed || !(EN_ORG_HEAD_SET.has(word) || ORG_HEAD_SET.has(word));
}

/**
 * True when `s` before `end` ends as a name does: with a capitalised word or an age's bracket
 * (`X (40)`), the two shapes an aside about a person follows.
 */
function endsName(s: string, end: number): boolean {
  return s.charCodeAt(end - 1) === CLOSING_BRACKET || isUpperCp(s, end - 1);
}

/**
 * `X, yang bergelar Sangaji, …`, `X yang juga bergelar Sangaji`, `X, bergelar Sangaji`: a customary
 * or noble title the person holds, told right after the name, is what the article may later call
 * them by alone (`kata Sangaji`), as a nickname is (cast.customaryTitleAlias). `s` ends at `end`
 * before the white space in front of the run. The word before the clause must be capitalised or
 * an age in brackets, as a name's end is (`timnya, yang bergelar Juara Liga` is a thing's title).
 */
function titleHeldBefore(s: string, end: number): boolean {
  if (!s.endsWith(TITLE_HOLDING_VERB, end) || !featureOn('cast.customaryTitleAlias')) return false;
  let at = end - TITLE_HOLDING_VERB.length;
  if (at > 0 && isWordUnit(s.charCodeAt(at - 1))) return false;
  let word = wordBefore(s, at);
  if (NAME_CLAUSE_ADVERBS.has(word)) word = wordBefore(s, (at = spacesBefore(s, at) - word.length));
  if (word === NAME_CLAUSE_OPENER) at = spacesBefore(s, at) - word.length;
  at = spacesBefore(s, at);
  if (s.charCodeAt(at - 1) === COMMA) at = spacesBefore(s, at - 1);
  return endsName(s, at);
}

/** The word that ends right before the white space before `at` (empty when none). */
function wordBefore(s: string, at: number): string {
  const end = spacesBefore(s, at);
  let k = end;
  while (k > 0 && isWordUnit(s.charCodeAt(k - 1))) k--;
  return s.slice(k, end);
}

/** True when the letter that ends at `i` (a word's last letter) belongs to a capitalised word. */
function isUpperCp(s: string, i: number): boolean {
  let k = i;
  while (k > 0 && isWordUnit(s.charCodeAt(k - 1))) k--;
  return k <= i && startsUpper(s.slice(k, i + 1));
}

const COMMA = 0x2c;
const CLOSING_BRACKET = 0x29;

/**
 * True when the text after a run opens with `, sapaan akrabnya` or the like
 * (`/^,?\s*(?:sapaan|panggilan)\s+(?:akrab)?nya\b/u`).
 */
export function nicknameAfter(s: string): boolean {
  let i = s.startsWith(',') ? 1 : 0;
  while (i < s.length && isSpaceCp(s.charCodeAt(i))) i++;
  const noun = NOUNS.find(n => s.startsWith(n, i));
  if (!noun) return false;
  i += noun.length;
  const spaces = i;
  while (i < s.length && isSpaceCp(s.charCodeAt(i))) i++;
  if (i === spaces) return false;
  if (s.startsWith('akrab', i)) i += 5;
  if (!s.startsWith('nya', i)) return false;
  i += 3;
  return i >= s.length || !isWordUnit(s.charCodeAt(i));
}

/**
 * True when the text before a run ends with a `yang` clause telling a person's other name
 * (other-name-clause.ts): the caller keeps it only for a run that opens with no role, since
 * `yang memiliki nama Bupati X` may name an official.
 */
export const otherNameBefore = (s: string): boolean =>
  s.endsWith(' ') &&
  endsWithOtherName(
    s
      .trimEnd()
      .split(SPACE_RUNS)
      .map(w => w.toLowerCase()),
  );

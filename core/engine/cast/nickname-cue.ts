/**
 * The words that mark a run as a nickname, read around it without a regex (each of the two
 * alternations was compiled on every cold start of the engine, for the first name run): `akrab
 * disapa X`, `biasa dipanggil X`, `dengan sapaan akrab X` before it, `X, sapaan akrabnya,` after.
 */
import { isSpaceCp } from '../text/chars';
import { isWordUnit, SPACE_RUNS, spacesBefore } from '../text/string-scans';
import { featureOn } from '../features';
import { ALIAS_WORDS, NAME_CLAUSE_OPENER, TITLE_HOLDING_VERB } from '../../lexicon/nickname-asides';
import { endsWithOtherName } from './other-name-clause';

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
export function nicknameBefore(s: string): boolean {
  const end = spacesBefore(s, s.length);
  if (end === s.length) return false;
  if (endsWithAny(s, end, BEFORE)) return true;
  if (titleHeldBefore(s, end)) return true;
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
 * `X, yang bergelar Sangaji, …`: a customary or noble title the person holds, in a `yang` clause
 * set off by a comma right after the name, is what the article may later call them by alone
 * (`kata Sangaji`), as a nickname is (cast.customaryTitleAlias). `s` ends at `end` before the
 * white space in front of the run. Without the comma (`timnya yang bergelar Juara Liga`) the title
 * is a thing's, not a person's.
 */
function titleHeldBefore(s: string, end: number): boolean {
  if (!s.endsWith(TITLE_HOLDING_VERB, end) || !featureOn('cast.customaryTitleAlias')) return false;
  const verb = end - TITLE_HOLDING_VERB.length;
  const yang = spacesBefore(s, verb);
  if (yang === verb || !s.endsWith(NAME_CLAUSE_OPENER, yang)) return false;
  const comma = spacesBefore(s, yang - NAME_CLAUSE_OPENER.length);
  return s.charCodeAt(comma - 1) === 0x2c;
}

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

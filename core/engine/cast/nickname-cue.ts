/**
 * The words that mark a run as a nickname, read around it without a regex (each of the two
 * alternations was compiled on every cold start of the engine, for the first name run): `akrab
 * disapa X`, `biasa dipanggil X`, `dengan sapaan akrab X` before it, `X, sapaan akrabnya,` after.
 */
import { isSpaceCp } from '../text/chars';
import { isWordUnit, spacesBefore } from '../text/string-scans';
import { featureOn } from '../features';
import {
  ALIAS_WORDS,
  NAME_CLAUSE_ADVERBS,
  NAME_HAVING_VERBS,
  NAME_NOUN,
  NAME_QUALIFIERS,
} from '../../lexicon/nickname-asides';
import { SPACE_RUNS } from '../text/string-scans';

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
  if (otherNameBefore(s)) return true;
  if (endsWithAny(s, end, BEFORE)) return true;
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
 * (`yang kini menggunakan nama `, `yang memiliki nama asli `; lexicon/nickname-asides.ts): the run is
 * that person's other name (cast.otherNameClause). Only in such a clause: `memakai nama Kapolres`
 * on its own may be a fraud using an official's name.
 */
function otherNameBefore(s: string): boolean {
  if (!s.endsWith(' ') || !featureOn('cast.otherNameClause')) return false;
  const w = s
    .trimEnd()
    .split(SPACE_RUNS)
    .map(x => x.toLowerCase());
  let k = w.length - 1;
  if (NAME_QUALIFIERS.has(w[k] ?? '')) k--;
  if (w[k] !== NAME_NOUN || !NAME_HAVING_VERBS.has(w[k - 1] ?? '')) return false;
  k -= 2;
  if (NAME_CLAUSE_ADVERBS.has(w[k] ?? '')) k--;
  return w[k] === 'yang';
}

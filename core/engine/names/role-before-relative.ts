/**
 * `Maruli Pardede, sopir angkot yang melayani trayek terminal sejak pabrik tutup, menolak …`: a
 * role set off after a name may go on into a relative clause about the person (how long, where,
 * since when). The role is the words before `yang`; the clause tells a story about the person,
 * not what they are, and runs too long for the appositive reader's few words.
 * Only an appositive the clause closes with a comma is read, so the name stays the subject. The cue
 * readers' description before a cue's comma (described-name.ts) is cut the same way
 * (roleOfDescription), so both readers of the appositive give one role.
 */
import { featureOn } from '../features';
import { isWord, type Token } from '../text/text';
import { startsLower } from '../text/chars';
import { isBracketedAge } from './age-phrase';
import { ROLE_HEAD_SET } from '../../lexicon/roles';

/** The most words of a role before its `yang` (`pedagang sayur keliling`). */
const MAX_ROLE_WORDS = 4;

/** The most tokens of the relative clause before the comma that closes the appositive. */
const MAX_CLAUSE = 30;

/** Tokens that end a sentence or open a quote: an appositive closes before any of them. */
const STOPS: ReadonlySet<string> = new Set(['.', ';', ':', '!', '?', '“', '"']);

/**
 * The role set off by a comma after the name ending at token `end` (past an age in brackets) when
 * it runs into `yang` and the appositive closes with a comma; null otherwise.
 */
export function roleBeforeRelative(t: readonly Token[], end: number, text: string): string | null {
  if (!featureOn('names.roleBeforeRelative')) return null;
  const comma = isBracketedAge(t[end]?.text ?? '') ? end + 1 : end;
  if (t[comma]?.text !== ',') return null;
  const first = comma + 1;
  const head = t[first]?.text ?? '';
  if (!startsLower(head) || !ROLE_HEAD_SET.has(head)) return null;
  for (let k = first + 1; k <= first + MAX_ROLE_WORDS && k < t.length; k++) {
    const x = t[k]!.text;
    if (x === 'yang') return closedBy(t, k) ? text.slice(t[first]!.start, t[k - 1]!.end) : null;
    if (!isWord(x)) return null;
  }
  return null;
}

/** True when a comma closes the clause opened at token `k` before the sentence ends. */
function closedBy(t: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < Math.min(t.length, k + MAX_CLAUSE); j++) {
    if (t[j]!.text === ',') return true;
    if (STOPS.has(t[j]!.text)) return false;
  }
  return false;
}

/**
 * The role in a description read between a name's comma and a cue's (`nelayan yang tinggal di
 * pesisir X sejak kecil` → `nelayan`): the words before `yang` when a role head opens it;
 * the description as it is otherwise.
 */
export function roleOfDescription(description: string): string {
  if (!featureOn('names.roleBeforeRelative')) return description;
  const words = description.split(' ');
  const k = words.indexOf('yang');
  if (k < 1 || k > MAX_ROLE_WORDS || !ROLE_HEAD_SET.has(words[0]!)) return description;
  return words.slice(0, k).every(w => isWord(w) && startsLower(w))
    ? words.slice(0, k).join(' ')
    : description;
}

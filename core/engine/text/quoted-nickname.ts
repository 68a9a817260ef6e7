/**
 * `Darmo “Kendil” Wiyono`, `Rizal "Kaizer" Hamisi`: a nickname written in quotation marks between
 * two of a person's names. The name runs on across it: the person is `Darmo Wiyono`, called
 * `Kendil` (the quote finder drops the marks as no quote: quotes/nickname-in-name.ts). Read from
 * the words' shape alone, so the name reader steps over it forward and back alike.
 */
import type { Token } from './text';
import { isCapLowerWord } from './chars';
import { featureOn } from '../features';

/** The marks a nickname may be written in: double or single, curly or straight. */
const MARKS: ReadonlySet<string> = new Set(['“', '”', '"', '‘', '’', "'", '«', '»', '„']);

/**
 * Most words a nickname has (`“Ko Aseng”`): one limit for the name reader here and the quote
 * finder (quotes/nickname-in-name.ts), so a nickname the one drops as a quote the other steps over.
 */
export const NICKNAME_MAX_WORDS = 2;

/**
 * How many tokens from `j` make a quoted nickname between two name words (the opening mark, one
 * or two capitalised words, the closing mark), or 0. The marks hug the nickname, a space stands
 * on either side of them, and a capitalised word with lowercase letters after it stands right
 * before and after (a name's words: no acronym, no number, no function word).
 */
export function quotedNicknameLength(toks: readonly Token[], j: number): number {
  if (!featureOn('names.quotedNickname')) return 0;
  const before = toks[j - 1];
  const open = toks[j];
  if (!before || !open || !MARKS.has(open.text) || !isCapLowerWord(before.text)) return 0;
  if (before.end === open.start || toks[j + 1]?.start !== open.end) return 0;
  let k = j + 1;
  while (k < toks.length && k - j <= NICKNAME_MAX_WORDS && isCapLowerWord(toks[k]!.text)) k++;
  const close = toks[k];
  const after = toks[k + 1];
  if (k === j + 1 || !close || !MARKS.has(close.text) || toks[k - 1]!.end !== close.start) return 0;
  if (!after || after.start === close.end || !isCapLowerWord(after.text)) return 0;
  return k + 1 - j;
}

/** The nickname's words in the tokens `quotedNicknameLength` counted from `j` (`Kendil`). */
export const nicknameText = (toks: readonly Token[], j: number, length: number): string =>
  toks
    .slice(j + 1, j + length - 1)
    .map(t => t.text)
    .join(' ');

/**
 * Words that introduce a quoted term, title, slogan or name rather than a statement
 * (`tema "…"`, `istilah '…'`, `program "…"`, `lafaz "…"`): a mark after one of them is not speech.
 */
import { hasAlnum, hasLetter, startsUpper } from '../engine/text/chars';
export const TERM_WORDS: ReadonlySet<string> = new Set(
  (
    'tema istilah program bertajuk berjudul judul slogan julukan dijuluki disebut bernama nama kata frasa ' +
    'tagar lagu buku film acara gerakan kampanye semboyan motto moto jargon label sebutan kalimat ' +
    'lafaz lafal seruan bertema berlabel dinamai disebutnya kategori status operasi'
  ).split(' '),
);

const wordCount = (s: string) => s.split(/\s+/u).filter(w => hasAlnum(w)).length;

/**
 * Whether marked `content` after the text `before` reads as someone's statement: four words or
 * more, not introduced by a term word, not title case throughout (a title of a work).
 */
export function readsAsStatement(before: string, content: string): boolean {
  if (wordCount(content) < 4) return false;
  // Only the end of `before` is read: the whole paragraph head, for every quote of a line of many
  // marks, was quadratic. No term word and its trailing marks run to 200 characters.
  const prevWord = /([\p{L}]+)\W*$/u.exec(before.slice(-200))?.[1]?.toLowerCase() ?? '';
  if (TERM_WORDS.has(prevWord)) return false;
  const words = content.split(/\s+/u).filter(w => hasLetter(w));
  return !(words.length && words.every(w => startsUpper(w)));
}

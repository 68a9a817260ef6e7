/**
 * Which capitalised words a quote holds, asked per candidate name word: a person the quote itself
 * names (`“Rudi bermain bagus,” ujarnya`) is talked about in it, not talking. Each paragraph's
 * capitalised words are indexed once (word → sorted offsets), so asking about a quote costs a
 * binary search, not a read of the quote: a line of thousands of cues stays linear.
 */
import { ASCII_ALNUM, cpLength, isAlnumOrHyphenCp, isUpperCp } from '../text/chars';
import { partitionPoint } from '../text/partition-point';

export class QuotedWords {
  private readonly byParagraph = new Map<number, Map<string, number[]>>();

  constructor(private readonly texts: ReadonlyMap<number, string>) {}

  /** True when the capitalised word `word` (lowercase) stands in `paragraph` within [start, end). */
  has(paragraph: number, word: string, start: number, end: number): boolean {
    return this.within(paragraph, start, end)(word);
  }

  /**
   * The test `has` for one quote (`paragraph`, [start, end)), its paragraph's index found once:
   * a pointing mention asks it for every name word of every candidate it looks back over.
   */
  within(paragraph: number, start: number, end: number): (word: string) => boolean {
    const idx = this.index(paragraph);
    return word => {
      const at = idx.get(word);
      if (!at) return false;
      const lo = partitionPoint(at, k => k < start);
      return lo < at.length && at[lo]! < end;
    };
  }

  private index(paragraph: number): Map<string, number[]> {
    let idx = this.byParagraph.get(paragraph);
    if (idx) return idx;
    idx = new Map();
    const text = this.texts.get(paragraph) ?? '';
    let i = 0;
    while (i < text.length) {
      const first = text.codePointAt(i)!;
      if (!isAlnumOrHyphenCp(first)) {
        i++;
        continue;
      }
      let j = i + cpLength(first);
      while (j < text.length) {
        // ASCII letters and digits from the table, with no call (see ASCII_ALNUM).
        const unit = text.charCodeAt(j);
        if (unit < 0x80 && ASCII_ALNUM[unit] === 1) {
          j++;
          continue;
        }
        const cp = text.codePointAt(j)!;
        if (!isAlnumOrHyphenCp(cp)) break;
        j += cpLength(cp);
      }
      // Each code point read once, and a string made only for a capitalised word: this walk
      // reads the whole paragraph, a whole 2 MB text when it is one line.
      if (isUpperCp(first)) {
        const k = text.slice(i, j).toLowerCase();
        const list = idx.get(k);
        if (list) list.push(i);
        else idx.set(k, [i]);
      }
      i = j;
    }
    this.byParagraph.set(paragraph, idx);
    return idx;
  }
}

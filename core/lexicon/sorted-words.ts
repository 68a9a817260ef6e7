import { partitionIndex } from '../engine/text/partition-point';

/**
 * Membership in a sorted, space-separated word list, by bisection over the string itself.
 *
 * Why not a Set at once: the engine starts cold on every service-worker start, and building a Set
 * of the 6,000 generated place words costs about a millisecond there, while an article asks about
 * a hundred words of such lists; bisection answers each in some sixteen string comparisons and
 * costs nothing up front. `list` must hold non-empty words, one space apart, sorted in code-unit order
 * (Array.prototype.sort's, which `<` compares): scripts/lexicon writes the generated lists so.
 */
export function inSortedWords(list: string, word: string): boolean {
  // Every offset stands for the word it falls in (a space for the word after it), so the words
  // rising along the string rise with the offset: the first offset whose word is not before
  // `word` is in `word` itself when the list holds it.
  const at = partitionIndex(list.length, i => wordAt(list, i) < word);
  return at < list.length && wordAt(list, at) === word;
}

/** The word of `list` that offset `i` falls in, or the one after it when `i` is a space. */
function wordAt(list: string, i: number): string {
  const start = list.lastIndexOf(' ', i) + 1;
  const space = list.indexOf(' ', start);
  return list.slice(start, space < 0 ? list.length : space);
}

/** Questions answered by bisection before a list is worth its Set (about twenty articles' worth). */
export const SET_AFTER = 2000;

/**
 * A sorted word list (as `inSortedWords` takes it) asked by bisection while it is young, then
 * through a Set: a worker that lives on to analyse article after article stops paying a dozen
 * comparisons a word, and one that analyses a single article never builds the Set.
 */
export class SortedWords {
  private set: Set<string> | null = null;
  private asked = 0;

  constructor(private readonly list: string) {}

  has(word: string): boolean {
    if (this.set) return this.set.has(word);
    if (++this.asked >= SET_AFTER) this.set = new Set(this.list.split(' '));
    return inSortedWords(this.list, word);
  }
}

/**
 * Membership in a sorted, space-separated word list, by bisection over the string itself.
 *
 * Why not a Set at once: the engine starts cold on every service-worker start, and building a Set
 * of the 6,000 generated place words costs about a millisecond there, while an article asks about
 * a hundred words of such lists; bisection answers each in a dozen string comparisons and costs
 * nothing up front. `list` must hold non-empty words, one space apart, sorted in code-unit order
 * (Array.prototype.sort's, which `<` compares): scripts/lexicon writes the generated lists so.
 */
export function inSortedWords(list: string, word: string): boolean {
  // The words still in question are list[lo, hi): lo starts a word, hi ends one (a space or the end).
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    // The word around mid, or the one after it when mid is a space (always inside [lo, hi)).
    const start = list.lastIndexOf(' ', mid) + 1;
    const space = list.indexOf(' ', start);
    const end = space < 0 || space > hi ? hi : space;
    const here = list.slice(start, end);
    if (here === word) return true;
    if (here < word) lo = end + 1;
    else hi = start - 1;
  }
  return false;
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

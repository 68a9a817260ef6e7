/**
 * Membership in a sorted, space-separated word list, answered by the engine's native string
 * search inside the stretch of the list that holds the words opening with the asked word's letter.
 *
 * Why not a Set at once: the engine starts cold on every service-worker start, and building a Set
 * of the 6,000 generated place words costs about a millisecond there, while an article asks about
 * a hundred words of such lists. Why not bisection per question (what this was): on a cold start
 * each of those hundred questions ran a dozen steps of interpreted code, and the bisection loop got
 * hot enough for the optimising compiler to be started on it within the first analysis; a
 * substring search is one call into native code. Only a stretch's two ends are bisected, once per
 * letter (wordsOpeningWith), about thirty times an article. `list` must hold non-empty words, one space apart, sorted in
 * code-unit order (Array.prototype.sort's): scripts/lexicon writes the generated lists so, and so
 * the words opening with one code unit stand together.
 */

/** Questions answered by searching the string before a list is worth its Set (about twenty articles' worth). */
export const SET_AFTER = 2000;

/**
 * A sorted word list (as above) asked by substring search while it is young, then through a Set:
 * a worker that lives on to analyse article after article stops paying a search a word, and one
 * that analyses a single article never builds the Set.
 */
export class SortedWords {
  private set: Set<string> | null = null;
  private asked = 0;
  /** Per first code unit, the list's words opening with it as ` w1 w2 … ` (cut on first ask). */
  private readonly stretches = new Map<string, string>();

  constructor(private readonly list: string) {}

  has(word: string): boolean {
    if (this.set) return this.set.has(word);
    if (++this.asked >= SET_AFTER) this.set = new Set(this.list.split(' '));
    // A list word holds no space, so a word with one (or none at all) is never in it.
    if (word === '' || word.includes(' ')) return false;
    return this.stretchOf(word[0]!).includes(` ${word} `);
  }

  /** The words of the list that open with code unit `key`, each between spaces ('' for none). */
  private stretchOf(key: string): string {
    let stretch = this.stretches.get(key);
    if (stretch === undefined) {
      stretch = wordsOpeningWith(this.list, key);
      this.stretches.set(key, stretch);
    }
    return stretch;
  }
}

/**
 * The words of sorted `list` that open with code unit `key`, as ` w1 w2 … ` ('' for none): they
 * stand together, from the first word opening with `key` to the space before the first word
 * opening with a later code unit. Both bounds are bisected (a step per halving, once per letter a
 * list is asked about): a search of the string for ` key` from either end read up to the whole
 * list, 48 KB for the place words, for every letter, on every cold start.
 */
export function wordsOpeningWith(list: string, key: string): string {
  const unit = key.charCodeAt(0);
  const first = firstOpeningAtLeast(list, unit);
  if (first >= list.length || list.charCodeAt(first) !== unit) return '';
  const next = firstOpeningAtLeast(list, unit + 1);
  return ` ${list.slice(first, next >= list.length ? list.length : next - 1)} `;
}

/**
 * Where the first word of sorted `list` opening with code unit `unit` or a later one starts
 * (`list.length` when none does). A space is read as part of the word after it, so the words
 * opening earlier than `unit` fill a prefix of the positions and the rest open with `unit` or later.
 */
function firstOpeningAtLeast(list: string, unit: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list.charCodeAt(list.lastIndexOf(' ', mid) + 1) >= unit) hi = mid;
    else lo = mid + 1;
  }
  return lo >= list.length ? lo : list.lastIndexOf(' ', lo) + 1;
}

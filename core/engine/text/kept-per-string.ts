/**
 * A pure test of a string with its answers kept per string. The readers ask the same word tests
 * (is it a run word, a cue, a function word) of every token, several readers of the same token,
 * and an article repeats its words: a kept answer is one map lookup where the test lowercased or
 * sliced the word again each time. The store is emptied when it reaches `limit` strings, so a text
 * of endless different words holds no more than that. Answers are shared: callers never change them.
 */
export function keptPerString<T>(read: (s: string) => T, limit = 4096): (s: string) => T {
  const kept = new Map<string, T>();
  return s => {
    let v = kept.get(s);
    if (v === undefined) {
      if (kept.size >= limit) kept.clear();
      kept.set(s, (v = read(s)));
    }
    return v;
  };
}

/**
 * How many words a word test keeps: more than a long text's vocabulary (2 MB of news text, names
 * all different, holds about 25,000 different words), a few megabytes at most.
 */
export const WORDS_KEPT = 1 << 16;

/**
 * A word in lowercase, the same string each time the same word is asked: the word tests
 * (`isRunWord`, `isRoleWord` …) look a capitalised token up in a lowercase lexicon at every token
 * around the one a reader reads, and lowercasing it anew was a string per question.
 */
export const lowerWord: (w: string) => string = keptPerString(w => w.toLowerCase(), WORDS_KEPT);

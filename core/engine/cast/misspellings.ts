/**
 * Candidates for a misspelt name without comparing it with every name of the cast. Two words
 * within k edits (Levenshtein) share a string that k deletions or fewer make of each: a
 * substitution is one deletion on each side, an insertion one on the other side. So indexing each
 * name word under its deletion strings and looking a word up under its own finds every name word
 * within k edits (and some more, which the caller checks with the real distance).
 */

/** Every distinct string `k` deletions or fewer (of UTF-16 code units) make of `w`, `w` included. */
export function deletions(w: string, k: number): Set<string> {
  const out = new Set<string>([w]);
  let level = [w];
  for (let n = 0; n < k; n++) {
    const next: string[] = [];
    for (const s of level) {
      for (let i = 0; i < s.length; i++) {
        const d = s.slice(0, i) + s.slice(i + 1);
        if (out.has(d)) continue;
        out.add(d);
        next.push(d);
      }
    }
    level = next;
  }
  return out;
}

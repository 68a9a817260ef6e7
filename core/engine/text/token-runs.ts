/**
 * Names and titles compared as runs of lowercase words: `Xi` inside `Xi Jinping`, `kapolda` inside a
 * spelled-out title. Shared by the name readers and the cast, so neither depends on the other.
 */

/** Lowercase name tokens, for short-name matching. */
export const nameTokens = (name: string): string[] =>
  name.toLowerCase().split(/\s+/u).filter(Boolean);

/** True when `needle` occurs as a contiguous run inside `hay`. */
export function containsRun(hay: readonly string[], needle: readonly string[]): boolean {
  if (!needle.length || needle.length > hay.length) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

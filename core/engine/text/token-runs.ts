/**
 * Names and titles compared as runs of lowercase words: `Xi` inside `Xi Jinping`, `kapolda` inside a
 * spelled-out title. Shared by the name readers and the cast, so neither depends on the other.
 */
import { keptPerString, WORDS_KEPT } from './kept-per-string';
import { SPACE_RUNS } from './string-scans';

/**
 * Lowercase name tokens, for short-name matching. Kept per name (frozen, so shared safely): the
 * cast asks them of every mention's name, and an article repeats its names; splitting each anew
 * was about 3 % of a 2 MB text's run, mostly its arrays and strings.
 */
export const nameTokens: (name: string) => readonly string[] = keptPerString(
  name => Object.freeze(name.toLowerCase().split(SPACE_RUNS).filter(Boolean)),
  WORDS_KEPT,
);

/**
 * True when `needle` occurs as a contiguous run inside `hay` from index `from` on (as inside
 * `hay.slice(from)`, without the copy).
 */
export function containsRun(hay: readonly string[], needle: readonly string[], from = 0): boolean {
  if (!needle.length || needle.length > hay.length - from) return false;
  outer: for (let i = from; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

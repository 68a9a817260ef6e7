/**
 * The two readers of the lexicons' hand-written lists. Lists are kept as prose (a few words a line,
 * commented) so they stay compact and readable; these turn a list into its words.
 *
 * What ships never calls them on a written list: the build replaces every `words(`…`)` and
 * `placeWords(`…`)` call with a template-literal argument (and every constant `'a b'.split(' ')`
 * of the engine) by `shipped(…)` of the words it gives (scripts/lexicon/literal-lists.ts), so the
 * service worker's start builds no list from prose. Tests and tools run the source as written,
 * with the same answers.
 */
import { SPACE_RUNS } from '../engine/text/string-scans';

/** Splits a whitespace-separated word list. */
export const words = (list: string): readonly string[] => list.split(SPACE_RUNS).filter(Boolean);

/**
 * Splits a comma-separated list of (possibly multi-word) places into lowercase words. One split of
 * the whole list on commas and spaces: the words of each place, in order, as splitting each place
 * apart would give them.
 */
export const placeWords = (list: string): readonly string[] =>
  list
    .toLowerCase()
    .split(/[\s,]+/u)
    .filter(Boolean);

/**
 * A list as the build ships it: the array of its arguments, each a string constant of the script
 * (read from V8's code cache with its hash, never split or copied at start). Not an array literal:
 * Vite 8's minifier (oxc) rewrites a long array of strings as `"a.b.c".split(".")`, which splits
 * at start again; the arguments of a call it leaves as they are.
 */
export const shipped = (...list: string[]): readonly string[] => list;

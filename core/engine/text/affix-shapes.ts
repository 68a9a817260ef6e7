/**
 * Indonesian affix shapes on a lowercase word (`pembangunan`, `menjelaskan`, `diumumkan`), read as
 * prefix, suffix and stem length. Each was a regex with a `[^]{3,}` stem under `u`, whose
 * surrogate-aware `[^]` V8 compiles into a sizeable matcher, twice, on every cold start; these
 * answer exactly as the regex in each comment (tests/core/regex-readers.test.ts compares them).
 * Where one prefix of a set starts every longer one (`pe` of `per-`, `peng-`; `me` of `meng-`), the
 * shortest leaves the longest stem, so it alone decides; likewise `-an` of `-kan`.
 */
import { codePointCount } from './chars';

/** Code points between a prefix of `head` and a suffix of `tail` units (negative when they overlap). */
const stem = (w: string, head: number, tail: number): number =>
  codePointCount(w, head, w.length - tail);

/** `/^(?:ke|pe(?:r|m|n|ng|ny)?)[^]{3,}an$/u`: `ke-…-an`, `pe-/per-/peN-…-an` abstract nouns. */
export function isAbstractNounShape(w: string): boolean {
  return (w.startsWith('ke') || w.startsWith('pe')) && w.endsWith('an') && stem(w, 2, 2) >= 3;
}

const AGENT_PREFIXES = ['pemb', 'pemp', 'penc', 'pend', 'penj', 'pent', 'peng', 'peny'];

/** `/^pe(?:m[bp]|n[cdjt]|ng|ny)[^]{3,}$/u`: `peN-` agent nouns (`penyidik`, `pengamat`). */
export function isAgentNounShape(w: string): boolean {
  return AGENT_PREFIXES.some(p => w.startsWith(p)) && stem(w, 4, 0) >= 3;
}

/** Units of a `ber-`/`ter-` or `me-` (`meN-`) prefix of `w`, or -1. */
function verbPrefix(w: string): number {
  if (w.startsWith('ber') || w.startsWith('ter')) return 3;
  return w.startsWith('me') ? 2 : -1;
}

/** `/^(?:ber|ter|me(?:m|n|ng|ny)?)[^]{3,}(?:kan|an)$/u`: `ber-/ter-/meN-…-kan/-an` verbs. */
export function isSuffixedVerbShape(w: string): boolean {
  const head = verbPrefix(w);
  return head > 0 && w.endsWith('an') && stem(w, head, 2) >= 3;
}

/** `/^(?:me|ber|ter)[^]{3,}$|^di[^]{4,}$/u`: an active (`meN-`, `ber-`, `ter-`) or `di-` passive verb. */
export function isVerbShape(w: string): boolean {
  const head = verbPrefix(w);
  if (head > 0) return stem(w, head, 0) >= 3;
  return w.startsWith('di') && stem(w, 2, 0) >= 4;
}

/** `/^[^]{4,}an$/u`: an `-an` noun (`panggilan`). */
export const isAnNounShape = (w: string): boolean => w.endsWith('an') && stem(w, 0, 2) >= 4;

/** `/^[^]{4,}nya$/u`: a possessed noun (`kekecewaannya`). */
export const isNyaNounShape = (w: string): boolean => w.endsWith('nya') && stem(w, 0, 3) >= 4;

/** `/^di[^]{3,}kan$/u`: a `di-…-kan` passive (`dikatakan`, `ditambahkan`). */
export const isDiKanShape = (w: string): boolean =>
  w.startsWith('di') && w.endsWith('kan') && stem(w, 2, 3) >= 3;

/** `/^(?:di|ter)[^]{3,}$/u`: a `di-` or `ter-` verb (`diminta`, `tersangkut`). */
export const isDiTerShape = (w: string): boolean =>
  (w.startsWith('di') && stem(w, 2, 0) >= 3) || (w.startsWith('ter') && stem(w, 3, 0) >= 3);

/** The consonant letters `w` (lowercase) writes twice in a row (`penggunaan`: g; `kellerman`: l, r). */
export function doubledConsonants(w: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < w.length; i++) {
    const c = w[i]!;
    if (c === w[i - 1] && !'aeiou'.includes(c) && !out.includes(c)) out.push(c);
  }
  return out;
}

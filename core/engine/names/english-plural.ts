/**
 * English plurals told by their ending, for the English subjects of en.republika.co.id: a bare
 * plural person noun (`Residents said …`, `the farmers said`) is a crowd nobody named. The role
 * lexicon lists singulars (and a few plurals as written), so a reader asks for the singular.
 */

/** True for a word with the regular plural ending: `-s`, not `-ss` (`officials`, not `press`). */
export const endsInPluralS = (w: string): boolean => w.endsWith('s') && !w.endsWith('ss');

/**
 * The singular of an English plural noun (`officials` → `official`, `fishermen` → `fisherman`),
 * or null for a word without a plural ending (`press`, `chief`).
 */
export function englishSingular(w: string): string | null {
  if (w.endsWith('men')) return `${w.slice(0, -3)}man`;
  return endsInPluralS(w) ? w.slice(0, -1) : null;
}

/**
 * English cue words, for Republika's English-language section (en.republika.co.id), which runs
 * the same page template: `"…," said X`, `"…," X said`, `X said …`, `according to X, …`,
 * `he/she added`. Kept apart from the Indonesian lists so each language's data reads on its own;
 * cues.ts merges them. Lowercase.
 */

/** Splits a whitespace-separated word list. */
const words = (list: string): readonly string[] => list.split(/\s+/u).filter(Boolean);

/** Post-posed: `"…," said X` / `"…," X said` (the inverted order is read by the same code). */
export const EN_POST_CUES: readonly string[] = words(`
  said says added wrote told stated explained noted asked continued insisted stressed declared
  admitted replied revealed acknowledged recalled remarked commented concluded
`);

/** Pre-posed and reported: `X said (that) …`, `She added that …`. */
export const EN_PRE_CUES: readonly string[] = words(`
  said says added stated explained noted stressed emphasised emphasized insisted warned claimed
  argued believes believed hoped urged asked confirmed announced declared admitted revealed
  acknowledged recalled remarked commented concluded predicted estimated
`);

/**
 * Cues whose addressee comes before the clause, which then opens with `that`: `X told reporters
 * (by phone) that …`, `X assured residents that …`. Read only with the `that`.
 */
export const EN_TELL_CUES: readonly string[] = words(`told informed assured reminded`);

/** Words joining an English cue to its clause (`said that …`), dropped from the quote text. */
export const EN_CLAUSE_LINKS: readonly string[] = words(`that`);

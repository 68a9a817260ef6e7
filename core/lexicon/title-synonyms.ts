/**
 * Other words a text introduces a title's holder with, when a later bare title (`sang profesor`,
 * `Sang arsitek`) uses words the introduction never wrote. Lowercase: a title's words → the words
 * looked for in the lead-in instead; generic newsroom usage, not any article's names.
 */
/** Titles written interchangeably: each of `group` → the others. */
const interchangeable = (group: readonly string[]): Record<string, readonly string[]> =>
  Object.fromEntries(group.map(title => [title, group.filter(other => other !== title)]));

export const TITLE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  // The honorific written before the name (`Prof Dr Nama`, `KH Nama`) is the title said alone
  // later (`Menurut sang profesor`, `ujar kiai itu`).
  profesor: ['prof'],
  'guru besar': ['prof'],
  kiai: ['kh'],
  kyai: ['kh'],
  // Sports copy calls the head coach the team's architect or tactician (`Sang arsitek berharap`).
  arsitek: ['pelatih'],
  'juru taktik': ['pelatih'],
  // A party's lawyer is written four ways (`kuasa hukum X`, then `kata pengacara itu`).
  ...interchangeable(['pengacara', 'kuasa hukum', 'penasihat hukum', 'advokat']),
};

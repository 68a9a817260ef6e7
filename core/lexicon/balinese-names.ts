/**
 * Balinese personal names, which open with words the news corpora rarely tag: the article `I`
 * (men) or `Ni` (women), a birth-order name, and for the noble castes a caste word
 * (`I Gusti Ngurah …`, `Ni Luh Putu …`, `Kadek Ayu …`, `Ida Bagus …`). `I` is also a roman
 * numeral after an office (`Ketua I`, `Komisi I`), so it opens a name only before one of these
 * words.
 */
import { words } from './word-list';

/** The name articles, as written: `I` for men, `Ni` for women. */
const ARTICLES: ReadonlySet<string> = new Set(['I', 'Ni']);

/**
 * Birth-order names, lowercase: first born `Wayan`/`Putu`/`Gede`/`Luh`, second
 * `Made`/`Kadek`/`Nengah`, third `Nyoman`/`Komang`, fourth `Ketut`. Each opens a name by itself
 * (`Komang Sekar Purnami`).
 */
export const BIRTH_ORDER_NAMES: readonly string[] = words(`
  wayan putu gede luh made kadek nengah nyoman komang ketut
`);

/** Caste words that open a noble's name after the article (`I Gusti`, `I Dewa`, `Ni Desak`), lowercase. */
const CASTE_WORDS: readonly string[] = words(`gusti dewa desak ida cokorda`);

const AFTER_ARTICLE: ReadonlySet<string> = new Set([...BIRTH_ORDER_NAMES, ...CASTE_WORDS]);
const BIRTH_ORDER: ReadonlySet<string> = new Set(BIRTH_ORDER_NAMES);

/** True when `w` is a Balinese birth-order name (`Made`, `Komang`). */
export const isBirthOrderName = (w: string): boolean => BIRTH_ORDER.has(w.toLowerCase());

/**
 * Bodies always written with their number (`Komisi I DPR`, `Kodam I/Bukit Barisan`): after one,
 * `I` is the numeral even before a Balinese name word (`Ketua Komisi I Made …` is ambiguous, and
 * the number is the body's).
 */
const NUMBERED_BODIES: ReadonlySet<string> = new Set(words(`komisi kodam pangdam lantamal divisi`));

/**
 * True when `w` is the article `I`/`Ni` opening a Balinese name: `next`, capitalised, is a
 * birth-order name or a caste word (`I Made …`, `Ni Gusti …`), which the English `I` before a
 * verb (`I made`) is not, and `before` is no body written with its number (`Komisi I`).
 */
export function opensBalineseName(
  before: string | undefined,
  w: string,
  next: string | undefined,
): boolean {
  if (!ARTICLES.has(w) || !next || next[0] === next[0]!.toLowerCase()) return false;
  if (w === 'I' && NUMBERED_BODIES.has(before?.toLowerCase() ?? '')) return false;
  return AFTER_ARTICLE.has(next.toLowerCase());
}

/**
 * How many words open the Balinese name `words` before the person's own names: the article and
 * the caste words after it (`I Gusti` of `I Gusti Ngurah Pramana`, `Ni` of `Ni Luh Putu Sekar`),
 * which a later mention leaves out (`kata Ngurah Pramana`); 0 for any other name. Case-blind, so
 * a cast's lowercase tokens are read alike.
 */
export function balineseOpeningLength(words: readonly string[]): number {
  if (words.length < 3 || !ARTICLE_WORDS.has(words[0]!.toLowerCase())) return 0;
  if (!AFTER_ARTICLE.has(words[1]!.toLowerCase())) return 0;
  let k = 1;
  while (k < words.length - 2 && CASTE.has(words[k]!.toLowerCase())) k++;
  return k;
}
const ARTICLE_WORDS: ReadonlySet<string> = new Set(['i', 'ni']);
const CASTE: ReadonlySet<string> = new Set(CASTE_WORDS);

/**
 * Words that open a Balinese noble's name without the article (`Cokorda Gde Agung X`, also spelled
 * `Tjokorda`), lowercase: like the article, they start a name whose later words may spell titles.
 * Later mentions clip them (`Tjok X`, `Cok X`: cast/name-match.ts).
 */
export const NOBLE_OPENERS: ReadonlySet<string> = new Set(words(`cokorda tjokorda`));

/**
 * True when a Balinese name opens at `words[j]`: the article before a birth-order or caste word,
 * or a noble opener (`Cokorda`).
 */
export const balineseNameAt = (words: readonly string[], j: number): boolean =>
  NOBLE_OPENERS.has(words[j]!.toLowerCase()) ||
  opensBalineseName(words[j - 1], words[j]!, words[j + 1]);

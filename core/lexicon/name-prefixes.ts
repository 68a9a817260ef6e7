/**
 * Surname prefixes written with a capital after them inside one name word (`McKay`, `MacArthur`,
 * `VanDyke`, `DellaRosa`): a word that opens with one of these and then a capital is a person's
 * name word, not a camel-case brand (names/brand-word.ts). Lowercase.
 */
import { words } from './word-list';

export const NAME_PREFIXES: ReadonlySet<string> = new Set(words(`mac van von fitz della dela`));

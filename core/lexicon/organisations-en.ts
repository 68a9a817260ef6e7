/**
 * English nouns that head an organisation's name or a description of one (`the Ministry of
 * Foreign Affairs`, `the Harbour Safety Institute`, `The agency warned …`), for
 * en.republika.co.id. Kept apart from the Indonesian heads in roles.ts (ORG_HEADS) so each
 * language's data reads on its own. Lowercase. Generic newsroom vocabulary, not any article's names.
 */

import { words } from './word-list';

/** Heads of an organisation: a body that speaks as such (`the ministry said`). */
export const EN_ORG_HEADS: readonly string[] = words(`
  ministry agency office department council commission committee authority board bureau
  institute institution organisation organization association federation union foundation
  centre center fund programme secretariat embassy consulate court parliament government
  administration company corporation firm police army navy military party coalition alliance
  network observatory university group watchdog cooperative society forum club league chamber
  consortium
`);

export const EN_ORG_HEAD_SET: ReadonlySet<string> = new Set(EN_ORG_HEADS);

/** The words that open an organisation head's complement (`Ministry of …`, `Office for the …`). */
export const EN_ORG_COMPLEMENT_OPENERS: ReadonlySet<string> = new Set(words(`of for on`));

/**
 * Lowercase words that join an organisation's head to the rest of its name (`Office for the
 * Protection of Coastal Villages`, `Ministry of Environment and Forestry`).
 */
export const EN_ORG_JOINERS: ReadonlySet<string> = new Set([
  ...EN_ORG_COMPLEMENT_OPENERS,
  ...words(`the and`),
]);

/**
 * Plural or field nouns that close the name of an English organisation or portfolio after its
 * fields (`Centre for Maritime and Coastal Studies`, `Ministry of Energy and Mineral
 * Resources`, `Minister for Economic Affairs`, `Minister of State-Owned Enterprises`): no person's
 * name word, so the capitalised words that end with one after `and` are the organisation's, not a
 * second person (names.englishFieldTail), and a person's name starts after one (names.englishGovernmentPortfolio).
 * Lowercase. Generic newsroom vocabulary, not any article's names.
 */
export const EN_FIELD_TAILS: readonly string[] = words(`
  studies affairs resources fisheries enterprises relations sciences services industries
  industry development forestry planning cooperation investment reform research policy
  technology security defence defense finance trade welfare empowerment infrastructure
  transportation transport communications communication informatics agriculture education health
  tourism economy economics environment justice
`);

export const EN_FIELD_TAIL_SET: ReadonlySet<string> = new Set(EN_FIELD_TAILS);

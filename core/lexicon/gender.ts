/**
 * Words that tell a person's sex, for English `he`/`she` to agree with (discourse/gender.ts).
 * Indonesian pronouns (`dia`, `ia`, `beliau`, `-nya`) have none, so only an English pronoun asks;
 * but an English article about Indonesia may still write `Pak`, `Bu`, `Hj` before a name.
 * Lowercase, without the final dot. Person nouns that tell a sex (`pria`, `ibu`) are a column of
 * lexicon/person-nouns.ts.
 */
import { words } from './word-list';

/** Which of the two an English pronoun or a gendered word tells. */
export type Gender = 'male' | 'female';

/**
 * Titles written before a man's name: English (`Mr`, `Sir`, `Lord`, …), Indonesian and Malay
 * address (`Pak`, `Bapak`, `Mas`, `Bung`, `Tuan`), and the religious or noble titles only men hold
 * (`H` for Haji, `KH` for Kiai Haji, `Gus`, `Habib`, `Romo` for a Catholic priest, `Teuku`).
 */
const MALE_TITLES = words(`
  mr sir lord king prince duke earl baron
  pak bapak mas bung tuan
  h haji kh kiai kyai gus habib romo teuku ustaz ustadz
`);

/**
 * Titles written before a woman's name: English (`Mrs`, `Ms`, `Miss`, `Madam`, `Dame`, `Lady`,
 * …), Indonesian address (`Bu`, `Ibu`, `Mbak`, `Nyonya`, `Ny`), `Hj` for Hajah, `Nyai`, `Ustazah`,
 * `Cut` (an Acehnese noblewoman) and `Rr` (Raden Rara, a Javanese one).
 */
const FEMALE_TITLES = words(`
  mrs ms miss madam madame dame lady queen princess duchess
  bu ibu mbak nyonya ny hj hajah nyai ustazah ustadzah cut rr
`);

/** The gender a title before a name tells, by the title in lowercase without its dot. */
export const TITLE_GENDER: ReadonlyMap<string, Gender> = new Map([
  ...MALE_TITLES.map(w => [w, 'male'] as const),
  ...FEMALE_TITLES.map(w => [w, 'female'] as const),
]);

/**
 * English role nouns that tell the holder's sex (`spokeswoman`, `chairman`, `actress`): a person
 * whose role ends in one is that. `-man` words are listed one by one (`human` is none).
 */
export const ROLE_GENDER: ReadonlyMap<string, Gender> = new Map([
  ...words(`
    spokesman chairman congressman businessman sportsman policeman councilman alderman
    husband father son brother grandfather uncle nephew boyfriend widower
  `).map(w => [w, 'male'] as const),
  ...words(`
    spokeswoman chairwoman congresswoman businesswoman sportswoman policewoman councilwoman
    actress wife mother daughter sister grandmother aunt niece girlfriend widow
  `).map(w => [w, 'female'] as const),
]);

/** English pronouns by the gender they tell (`he`, `his`, `him`; `she`, `her`, `hers`). */
export const PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map([
  ...words(`he him his himself`).map(w => [w, 'male'] as const),
  ...words(`she her hers herself`).map(w => [w, 'female'] as const),
]);

/**
 * The pronouns that tell a sentence's subject's sex when they follow it (`Rina Hale said her team
 * …`, `Budi prided himself …`): possessive and reflexive ones. A subject pronoun does not: it
 * often starts an inserted cue about somebody else (`Minister X, he said, should act`).
 */
export const SUBJECT_PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map([
  ...words(`his himself`).map(w => [w, 'male'] as const),
  ...words(`her hers herself`).map(w => [w, 'female'] as const),
]);

/**
 * Words inside a person's name that tell their sex: the Arabic patronymic `bin` (son of) and
 * `binti` (daughter of), and the Batak `boru` (written `Br`) a woman's name carries before her
 * clan's. Lowercase, without the dot. A Balinese name's article (`I` for a man, `Ni` for a woman)
 * tells it too, read where the name opens (BALINESE_ARTICLE_GENDER).
 */
export const NAME_PARTICLE_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['bin', 'male'],
  ['binti', 'female'],
  ['boru', 'female'],
  ['br', 'female'],
]);

/** The sex a Balinese name's opening article tells (`I Wayan …` a man, `Ni Luh …` a woman). */
export const BALINESE_ARTICLE_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['i', 'male'],
  ['ni', 'female'],
]);

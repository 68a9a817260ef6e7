/**
 * English cue words, for Republika's English-language section (en.republika.co.id), which runs
 * the same page template: `"…," said X`, `"…," X said`, `X said …`, `according to X, …`,
 * `he/she added`. Kept apart from the Indonesian lists so each language's data reads on its own;
 * cues.ts merges them. Lowercase.
 */

import { EN_ARTICLES } from './pronouns';
import { words } from './word-list';

/** Post-posed: `"…," said X` / `"…," X said` (the inverted order is read by the same code). */
export const EN_POST_CUES: readonly string[] = words(`
  said says added wrote told stated explained noted asked continued insisted stressed declared
  admitted replied revealed acknowledged recalled remarked commented concluded
  reiterated cautioned conceded
`);

/** The words of EN_THAT_ONLY_CUES (below), listed once for both lists. */
const EN_THAT_ONLY_CUE_WORDS: readonly string[] = words(`
  promised pledged vowed expected expects reiterated cautioned suggested conceded
  complained complains
`);

/** Pre-posed and reported: `X said (that) …`, `She added that …`. */
export const EN_PRE_CUES: readonly string[] = [
  ...words(`
  said says added stated explained noted stressed emphasised emphasized insisted warned claimed
  argued believes believed hoped urged asked confirmed announced declared admitted revealed
  acknowledged recalled remarked commented concluded predicted estimated
  say
`),
  ...EN_THAT_ONLY_CUE_WORDS,
];

/**
 * Cues of commitment, expectation, restating or complaint that report only a `that` clause (`The
 * regent promised that the city would …`, `He expected that talks would resume`, `She reiterated
 * that …`, `A baker complained that …`): with an object (`promised seeds and fertiliser`,
 * `expected growth of five percent`, `reiterated his commitment`, `cautioned investors against …`,
 * `conceded defeat`, `complained of back pain`) or an infinitive (`vowed to rebuild`, `expects to
 * finish`) they report nothing.
 */
export const EN_THAT_ONLY_CUES: ReadonlySet<string> = new Set(EN_THAT_ONLY_CUE_WORDS);

/**
 * Urging verbs spelled with a particle, each with its particle: `X called on regents to …`,
 * `X appealed to residents to …`. Like `urged`, they report the addressee and the infinitive after
 * it (`regents to open …`); the addressee is who is urged, never a speaker. Read only
 * when an infinitive (`to` + a lowercase verb) follows the addressee (english-phrasal-urge.ts).
 */
export const EN_PHRASAL_URGE_CUES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['called', new Set(words(`on upon`))],
  ['calls', new Set(words(`on upon`))],
  ['appealed', new Set(words(`to`))],
  ['appeals', new Set(words(`to`))],
]);

/**
 * Prepositions that open where or how a statement was made right after an English cue (`"…," a
 * driver said from the pier`, `X said by phone`, `X said with a grin`): with no `that` and no
 * finite verb after them, the phrase is an adjunct of the cue, never a reported clause (pre-cue.ts).
 */
export const EN_CUE_ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set(
  words(`from in at on by via during after before outside inside near over through with`),
);

/** EN_PRE_CUES as a set, for the readers that look a word up. */
export const EN_PRE_CUE_SET: ReadonlySet<string> = new Set(EN_PRE_CUES);

/**
 * Cues whose addressee comes before the clause, which then opens with `that`: `X told reporters
 * (by phone) that …`, `X assured residents that …`. Read only with the `that`.
 */
export const EN_TELL_CUES: readonly string[] = words(`told informed assured reminded`);

/**
 * Cues that may name whom they address before a `that` clause (`X warned investors that …`,
 * `X promised residents that …`) but, unlike EN_TELL_CUES, also take their clause straight
 * (`X warned that …`, `X warned the rupiah could …`). With the addressee, the clause opens at `that`.
 */
export const EN_ADDRESSED_CUES: readonly string[] = words(`warned promised`);

/**
 * Who a telling cue is addressed to when its clause follows bare, with no `that` (`X told
 * reporters the minister had left`, `X told the court the money was a loan`): the press, a
 * chamber, a court. Any other addressee still needs its `that`.
 */
export const EN_TOLD_ADDRESSEES: ReadonlySet<string> = new Set(
  words(`reporters journalists press media lawmakers legislators parliament court judges`),
);

/**
 * Auxiliaries and copulas that show a bare clause after such an addressee is one (`the minister
 * had left`): a finite verb of the clause, which a noun object (`told reporters a story`) lacks.
 */
export const EN_FINITE_AUXILIARIES: ReadonlySet<string> = new Set(
  words(`would will could can may might must should had has have is was were are`),
);

/** A source aside after the cue (`said, as quoted by Antara`); cues.ts merges them (SOURCE_ASIDE_*). */
export const EN_SOURCE_ASIDE_OPENERS: readonly string[] = words(`as`);
export const EN_SOURCE_ASIDE_VERBS: readonly string[] = words(`quoted reported cited`);

/** Words joining an English cue to its clause (`said that …`), dropped from the quote text. */
export const EN_CLAUSE_LINKS: readonly string[] = words(`that`);

/**
 * Adverbs and auxiliaries between a subject and its cue (`The ministry also said`, `Budi Santoso
 * later told`, `She has repeatedly warned`, `Budi and Rina both said`); cues.ts merges them with
 * the Indonesian ones.
 */
export const EN_CUE_ADVERBS: readonly string[] = words(`
  also later further earlier previously then separately again repeatedly reportedly
  both
  has have had
`);

/**
 * Words of a clause, never of the noun phrase naming a speaker: after `, said` they show that the
 * sentence goes on with what was said (`X, the minister, said the port would open in June`),
 * not with an inverted speaker (`…, said the minister.`).
 */
export const EN_CLAUSE_WORDS: readonly string[] = words(`
  would will could can may might must should shall had has have is was were are be been being
  in on at to into from with by that which not
`);

/**
 * Tokens an English `the` description may follow when it is the subject of a cue (`…. The ministry
 * said`, `, the minister said`, `and the coach added`): a sentence or clause boundary, a quotation
 * mark, or a coordinating conjunction. After any other word (`of the ministry said`) the
 * description belongs to a longer phrase and names no speaker.
 */
export const EN_DESCRIPTION_OPENER_SET: ReadonlySet<string> = new Set([
  ...words(`. ! ? , ; : " ” “`),
  ...words(`and but`),
]);

/**
 * An aside after a subject that tells the person is not named (`The victim's aunt, who asked not
 * to be named, said …`, `An official, speaking on condition of anonymity, said …`): it opens with
 * one of the first words and holds one of the last (english-anonymous-aside.ts). Lowercase.
 */
export const EN_ANONYMITY_ASIDE_OPENERS: ReadonlySet<string> = new Set(
  words(`who speaking asking declining requesting`),
);
/**
 * The words of such an aside that say the person is not named, each with the words one of which
 * must stand right before it (null: none needed), so that only the subject's own name is withheld:
 * `named`/`identified`/`withheld` passive (`asked not to be named`, `asked that his name be
 * withheld`; `who named three firms` names others),
 * `name` with a possessive (`declined to give her name`; `declined to name the firms` does not).
 */
export const EN_ANONYMITY_WORDS: ReadonlyMap<string, ReadonlySet<string> | null> = new Map([
  ['anonymity', null],
  ['anonymous', null],
  ['named', new Set(words(`be being been`))],
  ['identified', new Set(words(`be being been`))],
  ['withheld', new Set(words(`be being been`))],
  ['name', new Set(words(`his her their`))],
]);

/**
 * Indefinite determiners: `a fisherman said`, `according to an official`, `one resident said`
 * name nobody (english-unnamed.ts, according-to.ts).
 */
export const EN_INDEFINITE_ARTICLES: readonly string[] = words(`a an one`);

/**
 * Prepositions that open a phrase after an unnamed person's head and before the cue: `a source at
 * the ministry said`, `a resident of the village said`, `residents near the raided house said`
 * (english-unnamed.ts): the phrase only places the person.
 */
export const EN_HEAD_PREPOSITIONS: readonly string[] = words(`at of from in with close near`);

/**
 * Heads of an unnamed English speaker that are no office or occupation: a person known by what
 * they know or saw (`a source close to the family said`, `one witness said`), by kin (`a
 * fisherman's wife said`, `the victim's mother` is english-description.ts's), or by sex and age
 * alone (`a woman from X, who asked not to be named, said`), or by where news met them (`a
 * housewife shopping at the market said`, `a commuter waiting at the station said`), or by what
 * brought them there (`a fan who travelled to the match`, `a boat guide`, `a survivor`, `a
 * deportee`).
 */
export const EN_UNNAMED_HEADS: readonly string[] = words(`
  source sources witness witnesses neighbour neighbours neighbor neighbors relative relatives
  wife husband mother father son daughter brother sister parent parents
  woman women man men
  housewife housewives shopper shoppers commuter commuters passenger passengers pensioner
  pensioners villager villagers customer customers buyer buyers visitor visitors
  fan fans supporter supporters spectator spectators tourist tourists guide guides survivor
  survivors deportee deportees returnee returnees
`);

/**
 * Collective heads of an unnamed English speaker that may take `the` or a possessive: a family
 * speaks as one and is nobody named (`The family of the victim said …`, `The driver's family said
 * …`, `his family said`) (english-unnamed.ts).
 */
export const EN_COLLECTIVE_HEADS: readonly string[] = words(`family families`);

/**
 * Nouns after `according to` (with or without an article) that name a document or a count, not a
 * person: `according to data from …`, `according to a report by …`. cues.ts merges them into
 * SOURCE_NOUN_SET.
 */
export const EN_SOURCE_NOUNS: readonly string[] = words(`
  data report reports survey study statement statements figures estimate estimates record records
  document documents analysis poll census research findings forecast schedule plan
`);

/**
 * Participles that report after a comma what the sentence's subject said: `X criticised the plan,
 * saying (that) …`, `…, adding that …`. With no `that`, only `saying` reads a bare clause.
 */
export const EN_PARTICIPLE_CUES: readonly string[] = words(
  `saying adding noting warning arguing stressing`,
);

/**
 * Lowercase words that link an office to what it serves inside an English description set off
 * before a name (`Malaysia's ambassador to Peru, X, said`, `Executive Vice President for Finance,
 * X,`, `village head in Y regency, X,`): names/english-appositive.ts reads across them.
 */
export const EN_DESCRIPTION_LINKS: ReadonlySet<string> = new Set(words(`to for of in at and on`));

/**
 * Determiners opening a description, left out of the role it gives (`The bank's director`, `Its
 * chief economist`): they say nothing of the office.
 */
export const EN_DETERMINERS: ReadonlySet<string> = new Set([
  ...EN_ARTICLES,
  ...words(`its his her their`),
]);

/** Words opening a clause (relatives, conjunctions of time), never inside a description. */
export const EN_CLAUSE_OPENERS: readonly string[] = words(
  `who which that when while after before as`,
);

/**
 * Prepositions between an English office and where it serves, before its holder's name (`FAO
 * representative in Laos X`, `representative to Peru X`): names/english-office-in.ts.
 */
export const EN_OFFICE_PLACE_LINKS: ReadonlySet<string> = new Set(words(`in to for at`));

/**
 * Two-word amounts opening a reported clause right after the cue (`said at least four passengers
 * …`): their preposition opens no adjunct of the cue. Written as `first second`.
 */
export const EN_AMOUNT_OPENERS: ReadonlySet<string> = new Set(['at least', 'at most']);

/**
 * Conjunctions joining a second cue to the first, which share the subject (`X said … but warned
 * that …`): reported/english-coordinated.ts.
 */
export const EN_CUE_COORDINATORS: ReadonlySet<string> = new Set(words(`and but`));

/**
 * The words that may stand between an English cue and a partial quote that goes on the reported
 * clause (`X said it "remained concerned" about …`, `X said that they "would not back down"`): the
 * clause's linking `that` and its subject pronoun, which refers back to the speaker.
 */
export const EN_PARTIAL_QUOTE_BRIDGE: ReadonlySet<string> = new Set(
  words(`that it they he she we`),
);

/**
 * Prepositions that tie an English speaker to where they work, written after the name (`Rina of
 * the provincial health office said`, `Budi from the village council said`).
 */
export const EN_AFFILIATION_PREPOSITIONS: ReadonlySet<string> = new Set(words(`of from at`));

/**
 * The English frame that gives a source's view before the clause, as `according to` does: `In her
 * view, …`, `In their opinion, …`, `In his words, …`. The possessive points back to the speaker
 * (`their` to a group).
 */
export const EN_VIEW_FRAME = {
  opener: 'in',
  nouns: new Set(words(`view opinion words`)),
  possessives: new Map([
    ['his', false],
    ['her', false],
    ['their', true],
  ]),
} as const;

/**
 * Prepositions spelled like a participle (`said, during a visit …, that …`, `warned, following the
 * floods, that …`): after a cue's comma they open an adjunct of the cue, not a phrase about the
 * speaker, so the cue's clause still follows.
 */
export const EN_ING_PREPOSITIONS: ReadonlySet<string> = new Set(
  words(`during following regarding concerning including excluding pending notwithstanding`),
);

/**
 * English verbs of naming whose object is followed by what it is called (english-naming.ts), each
 * with the word that links the complement: `called the ruling a victory` (`a`/`an`), `described
 * the plan as reckless` (`as`). Read only with a determined object (EN_NAMING_OBJECT_OPENERS).
 */
export const EN_NAMING_CUES: ReadonlyMap<string, string> = new Map([
  ['called', 'a'],
  ['branded', 'a'],
  ['termed', 'a'],
  ['described', 'as'],
  ['labelled', 'as'],
  ['labeled', 'as'],
]);

/** Words that open the named object: determiners, possessives, object pronouns. Lowercase. */
export const EN_NAMING_OBJECT_OPENERS: ReadonlySet<string> = new Set(
  words(`the this that these those his her their its our him them it`),
);

/**
 * Words after the linking `a`/`an`/`as` that make a measure or a comparison, not a complement:
 * `called the hotline a day later`, `described the route as well`. Lowercase.
 */
export const EN_NOT_COMPLEMENT: ReadonlySet<string> = new Set(
  words(`day week month year few little lot while number couple bit well much soon part result`),
);

/**
 * English nouns for a written statement and the words that may stand between `the` and them:
 * `“…,” the statement said`, `the joint communique said` point back to the statement's author
 * (discourse/statement-author.ts), as `kata pernyataan itu` does in Indonesian. Not `the letter`
 * or `the post`: English copy as often quotes one the subject received or criticised.
 */
export const EN_STATEMENT_NOUNS: ReadonlySet<string> = new Set(
  words(`statement communique communiqué release declaration`),
);
export const EN_STATEMENT_MODIFIERS: ReadonlySet<string> = new Set(
  words(`joint official written press brief short separate same`),
);

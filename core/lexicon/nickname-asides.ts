/**
 * The words of a nickname aside written right after a person's name (`Budi Santoso alias Kang
 * Budi`, `Rina Kartika atau yang akrab disapa Bu Rina`, `Dedi, yang biasa dipanggil Ucok`):
 * the aside ends in the nickname, so what follows it (a comma and the clause) is read as if it
 * followed the name. Lowercase.
 */
import { words } from './word-list';

/** The word right before the nickname: the aside is one only when one of these is in it. */
export const NICKNAME_MARKERS: ReadonlySet<string> = new Set(
  words(`alias disapa dipanggil sapaan panggilan`),
);

/** Words that may come between the name and its marker (`atau yang akrab`, `yang biasa`). */
export const NICKNAME_FILLERS: ReadonlySet<string> = new Set(
  words(`atau yang akrab biasa lebih dengan kerap sering`),
);

/**
 * The verb of holding a customary or noble title (`X, yang bergelar Sangaji, …`): in a `yang`
 * clause set off right after a name, the run after it is a title the article may later call the
 * person by alone, as a nickname (cast.customaryTitleAlias).
 */
export const TITLE_HOLDING_VERB = 'bergelar';

/**
 * Words that name a person's other name with no verb of calling (`Bambang alias Pak Gendut`): the
 * run after one is a nickname of the person before, as one after `akrab disapa` is.
 */
export const ALIAS_WORDS: readonly string[] = words(`alias`);

/**
 * A person's other name told in a `yang` clause (`pria yang memiliki nama Tionghoa X`, `perempuan
 * yang kini menggunakan nama X itu`): the clause's opener, an adverb that may follow it, the verb
 * of having or using a name, the noun `nama`, and the words that may say which name it is. The run
 * after them is the person's other name, as after `akrab disapa` (cast.otherNameClause). A verb of
 * using needs such a word or adverb: `yang memakai nama Bupati X untuk menipu` is a fraud using an
 * official's name, not the fraudster's own. Lowercase.
 */
export const NAME_CLAUSE_OPENER = 'yang';
export const NAME_CLAUSE_ADVERBS: ReadonlySet<string> = new Set(words(`juga kini pun`));
export const NAME_OWNING_VERBS: ReadonlySet<string> = new Set(words(`memiliki mempunyai punya`));
export const NAME_USING_VERBS: ReadonlySet<string> = new Set(words(`memakai menggunakan`));
export const NAME_NOUN = 'nama';
export const NAME_QUALIFIERS: ReadonlySet<string> = new Set(words(`asli lain lahir kecil baptis`));

/**
 * English asides that give the name a person goes by (`X, popularly known as Pak Joni, said`,
 * `X, better known as Joni`, `X, nicknamed Ucok`): the run after one is a nickname of the person
 * before, as after `akrab disapa` (cast.englishNickname). `known` must stand right before `as`, and
 * the aside must be set off by a comma right after a capitalised word that heads no organisation
 * (`the area known as X` names a place, `the Green Party, known as X` the party).
 */
export const EN_NICKNAME_WORDS: readonly string[] = words(`nicknamed`);
export const EN_KNOWN_AS: readonly [string, string] = ['known', 'as'];
/** Adverbs that may stand before `known as` (`popularly known as`). */
export const EN_KNOWN_ADVERBS: readonly string[] = words(
  `popularly better widely locally also affectionately`,
);

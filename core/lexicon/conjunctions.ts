/**
 * The joining words (conjunctions) the engine reads between names, roles and clauses, one place
 * each: a reader builds the set it needs from these, so a word added here reaches every reader that
 * takes its kind. Lowercase, as written.
 */

/** `dan`: the plain Indonesian "and" (`Budi dan Rina`, `Menteri Pendidikan dan Kebudayaan`). */
export const DAN = 'dan';

/** `and`: the plain English "and" (en.republika.co.id: `Budi and Rina`, `Sales and Marketing`). */
export const AND = 'and';

/** The plain "and" of both languages: joins two people, and may join the words of one name or office. */
export const PLAIN_ANDS: readonly string[] = [DAN, AND];

/**
 * `serta`: a formal "and also" joining listed items (`para guru serta orang tua`, `Budi, Rina serta
 * Andi`); an office's long name may hold it too (`Kementerian Pemuda serta Olahraga`).
 */
export const SERTA = 'serta';

/** The words that join a list's members: the plain "and" and `serta` (`A, B serta C`). */
export const LIST_ANDS: readonly string[] = [...PLAIN_ANDS, SERTA];
/** LIST_ANDS as a set: what joins the last item of a list to the ones before it. */
export const LIST_AND_SET: ReadonlySet<string> = new Set(LIST_ANDS);

/** `atau`: the Indonesian "or" (`A atau B`). */
export const ATAU = 'atau';

/** An alternative in either language, after which a list goes on as after "and" (`A atau B`). */
export const ORS: readonly string[] = [ATAU, 'or'];

/** `maupun`: the second half of `baik A maupun B` ("A as well as B"), a coordinator too. */
export const MAUPUN = 'maupun';

/**
 * `baik`: the first half of `baik A maupun B` ("both A and B"); capitalised opening the sentence
 * (`Baik Rina maupun Andi berharap …`) it is no word of the first name.
 */
export const BAIK = 'baik';

/** `&`: an ampersand joining an office's or an organisation's words (`Research & Development`). */
export const AMPERSAND = '&';

/**
 * Name runs: which tokens form a capitalised run that may name a speaker (`Presiden China Xi
 * Jinping`, `Hamid bin Khalid`, `M. Yusuf`). Splitting a run into role and name is
 * name-split.ts; this module only decides where a run starts and ends.
 */
import { featureOn, featureSwitches } from '../features';
import { opensBalineseName } from '../../lexicon/balinese-names';
import { quotedNicknameLength } from '../text/quoted-nickname';
import {
  LOWERCASE_TITLE_SET,
  SHORT_GIVEN_NAMES,
  SHORT_TITLES,
  isDegree,
  isDoctorateField,
  isHonorificAt,
} from '../../lexicon/honorifics';
import { COUNTED_PLURAL } from '../../lexicon/pronouns';
import {
  PLACE_SET,
  ROLE_WORD_SET,
  SEAT_PREPOSITIONS,
  SEATED_BODIES,
  SHORT_RANK_SET,
  ENGLISH_DOTTED_RANK_SET,
} from '../../lexicon/roles';
import { countsNumeral, isCapitalised, type Token } from '../text/text';
import { isCommonWordShape } from '../text/word-shape';
import { joinsUnitField } from './department';
import { isGivenName, isInnerName } from '../../lexicon/name-words';
import {
  isAscii,
  startsAlnum,
  isDigits,
  isUpperCp,
  runOf,
  startsCapLower,
  startsLetter,
  startsLower,
} from '../text/chars';
import { isAsciiInitial } from '../text/string-scans';
import { isBracketedCapitalised } from '../text/bracketed';
import { englishOrgJoin } from './english-org';
import { openerSpellsWord, regionalOpenerAt } from './regional-opener';
import { lowerWord } from '../text/kept-per-string';
import { BAIK, MAUPUN, PLAIN_ANDS } from '../../lexicon/conjunctions';
import { POST_CUES } from '../../lexicon/cues';

/** Batak clan particles inside women's names (`Rina boru Siregar`, `Rina br. Siregar`). */
const CLAN_PARTICLES: readonly string[] = ['boru', 'br'];

/** Particles written short before a dot. */
const SHORT_PARTICLES: ReadonlySet<string> = new Set(['br']);

/**
 * The particles of European and Filipino surnames beyond `van`/`de`/`da`/`dos`/`von`: Spanish and
 * Filipino `del`, `dela`, `de los` (`Marco dela Paz`), Dutch `den`/`ter`/`ten` (`van den Berg`),
 * Italian `della`, French `du`/`des`, German `zu`. A run reads them with
 * names.model.particleSurname on (joinsName).
 */
const SURNAME_PARTICLES: readonly string[] = [
  'del',
  'dela',
  'delos',
  'della',
  'la',
  'los',
  'las',
  'den',
  'ter',
  'ten',
  'du',
  'des',
  'zu',
];

/** Lowercase particles inside names (`Hamid bin Khalid`, `van Gaal`). */
export const PARTICLES: ReadonlySet<string> = new Set([
  ...SURNAME_PARTICLES,
  'bin',
  'binti',
  // Batak women's names mark the clan with `boru`, often written `br.` (`Rina boru Siregar`);
  // a run reads them only with names.model.clanParticle on (joinsName).
  ...CLAN_PARTICLES,
  'ibn',
  'bint',
  'van',
  'de',
  'der',
  'von',
  'da',
  'dos',
  'el',
  'al',
  // `Minister of Trade X`: name-split.ts gives the word after `of` to the role.
  'of',
]);

/** 1 when the particle at token `j` is written short with its dot right after it (`br.`), else 0. */
function particleDot(toks: readonly Token[], j: number): number {
  const dot = toks[j + 1];
  const short = SHORT_PARTICLES.has(toks[j]?.text ?? '') && dot?.text === '.';
  return short && dot.start === toks[j]!.end && joinsName(toks[j]!.text) ? 1 : 0;
}

/**
 * The number of surname particles in a row from token `j` (`de los`, `van den`) when a run token
 * follows them, else 0: with names.model.particleSurname they join the name words on both sides.
 */
function particleChain(toks: readonly Token[], j: number): number {
  if (!featureOn('names.model.particleSurname')) return 0;
  let n = 0;
  while (n < 3 && joinsName(toks[j + n]?.text ?? '')) n++;
  return n > 0 && isRunToken(toks[j + n]) ? n : 0;
}

/** The number of surname particles in a row ending right before token `s` (`van den` Brink). */
function chainBefore(toks: readonly Token[], s: number): number {
  if (!featureOn('names.model.particleSurname')) return 0;
  let n = 0;
  while (n < 3 && s - n - 1 >= 0 && joinsName(toks[s - n - 1]!.text)) n++;
  return n;
}

/** True when the particle `w` joins a run's name words (a clan particle only with its feature on). */
const joinsName = (w: string): boolean =>
  PARTICLES.has(w) &&
  (!CLAN_PARTICLES.includes(w) || featureOn('names.model.clanParticle')) &&
  (!SURNAME_PARTICLES.includes(w) || featureOn('names.model.particleSurname'));

/**
 * The Arabic article written lowercase and joined to a family or clan name (`al-Fadli`,
 * `as-Sayyid`, `el-Masri`): the prefix assimilates to the next consonant, so it has several
 * spellings. The word is a name word although it opens lowercase.
 */
const ARABIC_ARTICLES: ReadonlySet<string> = new Set('al el ad ar as asy ash at az an'.split(' '));

/** True for a name word opened by a lowercase Arabic article (`al-Fadli`, not `al-` or `e-KTP`). */
export function isArticleName(w: string): boolean {
  const dash = w.indexOf('-');
  if (dash < 2 || dash > 3 || !ARABIC_ARTICLES.has(w.slice(0, dash))) return false;
  return startsCapLower(w.slice(dash + 1));
}

/** Words joining two people into a group (`Xi dan Putin`, `Smith and Jones said`). */
export const JOINS_PEOPLE: ReadonlySet<string> = new Set(PLAIN_ANDS);

/**
 * True when `w` joins two people into a group: JOINS_PEOPLE, and with `names.correlativePair` the
 * `maupun` of `baik A maupun B` (`Baik Rina maupun Andi berharap …`: both of them).
 */
export const joinsPeople = (w: string): boolean =>
  JOINS_PEOPLE.has(w) || (w === MAUPUN && featureOn('names.correlativePair'));

/** True when lowercase `w` is the `baik` opening `baik A maupun B`, never a name word. */
const correlativeOpener = (w: string): boolean => w === BAIK && featureOn('names.correlativePair');

/** The days of the week and the months, lowercase, space-separated. */
const DAYS = 'senin selasa rabu kamis jumat sabtu minggu ahad';
const MONTH_NAMES =
  'januari februari maret april mei juni juli agustus september oktober november desember';

/** Capitalised words that are never part of a name: sentence starters, days, months, `Rp` (an amount). */
const NOT_NAME = new Set(
  (
    'dalam menurut sementara namun selain sebelumnya kemudian saat ketika di pada untuk dengan bagi itu ini hal ' +
    'ia dia mereka kami kita saya yang dan atau tetapi tapi karena sebab jika kalau bahkan adapun sedangkan ' +
    'lebih sehingga maka oleh dari ke setelah sesudah usai selama sejak hingga sampai tak tidak belum sudah ' +
    `${DAYS} ${MONTH_NAMES} apa siapa mengapa bagaimana kini kemarin besok lalu pun juga ` +
    'terkait soal tentang seperti meski meskipun walaupun namun nah ya tahun bulan hari pekan para seorang ' +
    'the a an in on at this that he she they we i it menurutnya demikian begitu intinya sebagai rp'
  )
    .split(' ')
    .concat(COUNTED_PLURAL),
);

/** Words of NOT_NAME that name a time, written capitalised mid-sentence after a name (`kata Budi Senin`). */
const TIME_WORDS = new Set(
  `${DAYS} ${MONTH_NAMES} tahun bulan hari pekan kemarin besok kini`.split(' '),
);

/**
 * `Marselina Tefa Dalam (19)`: a function word (`Dalam`, `Saat`) written capitalised inside a
 * sentence, right after a name word and closing the run, is the name's last word: mid-sentence the
 * function word would be lowercase. A time word (`Senin`) after a name is the date, not the name.
 */
function closesNameAt(toks: readonly Token[], i: number, j: number): boolean {
  if (!featureOn('names.model.capitalisedLast') || j === i) return false;
  const t = toks[j]!.text;
  const lw = toks[j]!.lower;
  if (!isCapitalised(t) || !NOT_NAME.has(lw) || TIME_WORDS.has(lw) || t.length < 3) return false;
  const prev = toks[j - 1]!.text;
  if (!isRunWord(prev) || isRoleWord(prev) || !startsCapLower(t)) return false;
  return !isRunToken(toks[j + 1]) && toks[j + 1]?.text !== 'dan';
}

/** Month names, lowercase (a subset of TIME_WORDS). */
const MONTHS: ReadonlySet<string> = new Set(MONTH_NAMES.split(' '));

/**
 * `Rina Tan Mei Hua`, `Rina April Yanti`: a month's name (`Mei`, `April`, `Juni` are given
 * names too, in Chinese-Indonesian names above all) written between two name words, with no day
 * or year beside it, is a name word: a date never stands between two capitalised names. Read as
 * a date, it cut one person into two speakers (`Rina Tan`, `Hua`).
 */
function monthInNameAt(toks: readonly Token[], i: number, j: number): boolean {
  if (!featureOn('names.model.monthInName') || j === i) return false;
  const t = toks[j]!.text;
  if (!MONTHS.has(toks[j]!.lower) || !startsCapLower(t)) return false;
  const prev = toks[j - 1]!.text;
  const next = toks[j + 1]?.text ?? '';
  if (!isRunWord(prev) || isRoleWord(prev) || !startsCapLower(prev)) return false;
  return isRunWord(next) && startsCapLower(next) && !isRoleWord(next);
}

/** True when `w` spells a word NOT_NAME holds (`Dalam`, `Saat`), in any case. */
export const spellsNonName = (w: string): boolean => NOT_NAME.has(lowerWord(w));

/** True when `w` can be part of a name or role run. */
export function isRunWord(w: string): boolean {
  if (!isCapitalised(w)) return false;
  const lw = lowerWord(w);
  return !NOT_NAME.has(lw) && !correlativeOpener(lw);
}

/**
 * isRunWord of a token (false past the ends): its lowercase made once with the token, where the
 * word test looked the word up in a per-word memo at every ask (readers ask it of every token
 * around the one they read).
 */
export function isRunToken(t: Token | undefined): boolean {
  return (
    t !== undefined &&
    isCapitalised(t.text) &&
    !NOT_NAME.has(t.lower) &&
    !correlativeOpener(t.lower)
  );
}

/** Titles written short before a dot (`Dr.`, `H.`) and given names written short (`Moh.`). */
const SHORT_BEFORE_DOT: ReadonlySet<string> = new Set([...SHORT_TITLES, ...SHORT_GIVEN_NAMES]);

// `M.`, `Dr.`, `Moh.`: an initial, a title or a given name written short, before a dot. An
// initial is `/^\p{Lu}[\p{L}]?$/iu` (under `iu` any cased letter passes `\p{Lu}`), which an ASCII
// word answers without the Unicode classes (isAsciiInitial).
let initialUnicode: RegExp | undefined;
function isInitialOrTitle(w: string): boolean {
  if (SHORT_BEFORE_DOT.has(lowerWord(w))) return true;
  if (isAscii(w)) return isAsciiInitial(w);
  initialUnicode ??= /^\p{Lu}[\p{L}]?$/iu;
  return initialUnicode.test(w);
}

/**
 * `Wakil Rektor I`, `Kepala Seksi I`: a lone `I` right after a role word is the Roman numeral
 * ranking the office's holders, as `II` and `III` are, not the English pronoun or an initial
 * (names.rankOneInRole). A name after it (`Wakil Rektor I Bidang Akademik, X`) is read on as usual.
 */
function rankOneAt(toks: readonly Token[], j: number): boolean {
  return (
    toks[j]!.text === 'I' &&
    isRoleToken(toks[j - 1]!) &&
    !startsLower(toks[j - 1]!.text) &&
    featureOn('names.rankOneInRole')
  );
}

/**
 * `Rutan Kelas I Cibening`, `Lapas Kelas I X`: a lone `I` after a capitalised `Kelas` is
 * the class of the office, in its name as `Kelas II` is, wherever the run's words are
 * (names.officeClassOne).
 */
const officeClassOneAt = (toks: readonly Token[], j: number): boolean =>
  toks[j]!.text === 'I' && toks[j - 1]?.text === 'Kelas' && featureOn('names.officeClassOne');

/**
 * True when the dot at token `j`, glued to the word before it, goes on to the next word of the run
 * instead of ending it, or when token `j` is the last part of a degree written with dots: one test
 * of the dots a run reads past, each kind by its own switch.
 * - an initial, a title or a given name written short (`M. Yusuf`, `Dr. Ratna`, `Moh. Rudi`);
 * - a police or military rank written short (`AKBP Pol. X`, `Letkol Inf. X`): Antara-style copy
 *   writes it with a dot as often as without, and the role before keeps its name
 *   (names.dottedRankInRun); so does English wire copy (`Insp. Gen. X`, names.englishDottedRanks);
 * - a doctorate's field after `Dr` (`Dr. Eng. X`, `Dr. Ing. X`): the name after it keeps the role
 *   before (names.doctorateFieldDotted);
 * - the last part of a post-nominal degree written with dots (`Sp.A`, `S.Pd.I`), which alone
 *   spells a word the run reader never takes (`A`, `I`), so a cue after the degree found no name
 *   next to it (names.dottedDegreeEnd).
 */
function dotGoesOnAt(toks: readonly Token[], i: number, j: number): boolean {
  if (j <= i || toks[j - 1]!.end !== toks[j]!.start) return false;
  const word = toks[j - 1]!;
  if (word.text === '.') return dottedDegreeEndAt(toks, i, j);
  if (toks[j]!.text !== '.') return false;
  if (numeralAfterNoun(toks, j - 1)) return false;
  if (isInitialOrTitle(word.text)) return true;
  if (SHORT_RANK_SET.has(word.lower)) return featureOn('names.dottedRankInRun');
  if (ENGLISH_DOTTED_RANK_SET.has(word.lower)) return featureOn('names.englishDottedRanks');
  return dottedDoctorateAt(toks, i, j);
}

/**
 * `siswa kelas V.`: a Roman numeral at `k` after a lowercase noun counted by it
 * (lexicon/counted-nouns.ts NUMBERED_NOUNS) is that number, no initial (names.numberAfterNoun).
 */
const numeralAfterNoun = (toks: readonly Token[], k: number): boolean =>
  countsNumeral(toks[k - 1]?.text ?? '', toks[k]?.text ?? '');

/** The dot at `j`, glued to `Ing`/`Eng` at `j - 1`, closes a doctorate's field after `Dr` (`Dr. Eng.`). */
function dottedDoctorateAt(toks: readonly Token[], i: number, j: number): boolean {
  let b = j - 2;
  if (toks[b]?.text === '.') b--;
  return (
    b >= i &&
    isDoctorateField(toks[j - 1]!.text, toks[b]!.text) &&
    featureOn('names.doctorateFieldDotted')
  );
}

/** Token `j`, glued to the dot before it, closes a degree written with dots from its glued start. */
function dottedDegreeEndAt(toks: readonly Token[], i: number, j: number): boolean {
  if (j < i + 2 || !featureOn('names.dottedDegreeEnd')) return false;
  let k = j - 1;
  while (k > i && toks[k - 1]!.end === toks[k]!.start) k--;
  let word = '';
  for (let n = k; n <= j; n++) word += toks[n]!.text;
  return k < j - 1 && isDegree(word);
}

/**
 * How many tokens a lowercase title at token `j` takes before the name it opens (`dr Rina`,
 * `drg. Budi`), or 0: the title belongs to the run of the name after it.
 */
export function lowercaseTitleAt(toks: readonly Token[], j: number): number {
  if (!LOWERCASE_TITLE_SET.has(toks[j]?.text ?? '')) return 0;
  const dot = toks[j + 1]?.text === '.' && toks[j + 1]!.start === toks[j]!.end ? 1 : 0;
  return isRunToken(toks[j + 1 + dot]) ? 1 + dot : 0;
}

/** Where a lowercase title right before the name at token `r` starts (`drh. Sari`), or `r`. */
export function titleStartBefore(toks: readonly Token[], r: number): number {
  if (lowercaseTitleAt(toks, r - 1) === 1) return r - 1;
  return lowercaseTitleAt(toks, r - 2) === 2 ? r - 2 : r;
}

/** True for an all-caps acronym (`KPK`, `BNPB`, `PP`), which belongs to a role or organisation. */
export const isAcronym = (w: string): boolean => runOf(w, isUpperCp) >= 2 && w.length <= 8;

/** True for a word of a role (head, rank, continuation, place) or an acronym. */
export function isRoleWord(w: string): boolean {
  if (isArticleName(w)) return false;
  return ROLE_WORD_SET.has(lowerWord(w)) || isAcronym(w) || w.startsWith('(') || startsLower(w);
}

/** isRoleWord of a token, read with the token's own lowercase (isRunToken). */
export function isRoleToken(t: Token): boolean {
  const w = t.text;
  if (isArticleName(w)) return false;
  return ROLE_WORD_SET.has(t.lower) || isAcronym(w) || w.startsWith('(') || startsLower(w);
}

/**
 * `Kantor Pencarian dan Pertolongan X`, `Seksi Pemantauan dan Pengawasan X`: a derived noun
 * (`pe(N)-…-an`, `ke-…-an`) no role lexicon lists is a field of the office before `dan`, as a
 * role word is; no given name has that shape (text/word-shape.ts).
 */
const derivedFieldWord = (t: Token): boolean =>
  featureOn('names.model.derivedFieldBeforeDan') && isCommonWordShape(t.text);

/**
 * `Kepala Bidang Humas dan Protokol Kota X Budi Santoso`: after `dan` inside a role, a word that no
 * lexicon knows as a given name, followed by a role word (or two more capitalised words), still
 * belongs to the role; a person after `dan` opens with a given name.
 */
function continuesRole(toks: readonly Token[], k: number): boolean {
  if (!featureOn('names.model.danInRole')) return false;
  const w = toks[k]!.text;
  if (isGivenName(w) || isInnerName(w)) return false;
  const next = toks[k + 1]?.text ?? '';
  return isRunWord(next) && (isRoleWord(next) || isRunToken(toks[k + 2]));
}

/**
 * `Jakarta dan Canberra menegaskan`, `Korea Selatan dan Jepang`: a run of place words alone, then
 * `dan` and a place, names two governments by their seats or countries: two speakers, not one
 * role. A place inside a role (`Kepala Kanwil Jawa Barat dan Banten`) does not open the run.
 */
function twoPlaces(toks: readonly Token[], i: number, dan: number): boolean {
  if (!featureOn('names.model.twoPlaces')) return false;
  if (!isPlace(toks[dan + 1]?.text ?? '')) return false;
  for (let k = i; k < dan; k++) if (!isPlace(toks[k]!.text)) return false;
  return true;
}

/** A word of a place the role lexicon knows (`Jawa`, `Barat`, `Canberra`). */
const isPlace = (w: string): boolean => PLACE_SET.has(lowerWord(w));

/**
 * Bodies a legislator is a member `dari` (from) inside a role: `Anggota Komisi V DPR dari
 * Fraksi Partai X`, `Anggota DPRD dari Partai Y`, `anggota DPD dari Dapil Z`. Lowercase.
 */
const MEMBER_OF: ReadonlySet<string> = new Set(['fraksi', 'partai', 'dapil']);

/**
 * True when `dari` at token `j` joins a role to the faction or party its holder sits for: a role
 * word or acronym before it (`DPR`, `Komisi`), a member body after it. The role reads on.
 */
function factionAt(toks: readonly Token[], j: number): boolean {
  if (!featureOn('names.model.faction')) return false;
  const next = toks[j + 1]?.text ?? '';
  return isRoleToken(toks[j - 1]!) && isRunWord(next) && MEMBER_OF.has(lowerWord(next));
}

/** How many run words before a seat's `di`/`in` are searched for the body's word. */
const MAX_BODY_WORDS = 6;

/**
 * True when token `j` is `di`/`in` right after capitalised words naming a diplomatic body
 * (SEATED_BODIES, within MAX_BODY_WORDS) and before a capitalised word: the city it sits in
 * belongs to its name.
 */
function seatAt(toks: readonly Token[], j: number): boolean {
  const t = toks[j]!.text;
  if (!SEAT_PREPOSITIONS.has(t) || !isRunToken(toks[j + 1])) return false;
  for (let k = j - 1; k >= 0 && j - k <= MAX_BODY_WORDS && isRunToken(toks[k]); k--)
    if (SEATED_BODIES.has(toks[k]!.lower)) return featureOn('names.model.seatedBody');
  return false;
}

/**
 * True when token `j` is `untuk` after a role word and before a known place: the place is the
 * office's post, inside the role, not a place the person's name starts with (`Mesir Budi`). Not
 * `di`: after a lone word it is where someone spoke (`ujar Imam di Ambon`).
 */
function postAt(toks: readonly Token[], j: number): boolean {
  if (toks[j]!.text !== 'untuk' || !isRoleToken(toks[j - 1]!)) return false;
  const next = toks[j + 1];
  return isRunToken(next) && isPlace(next!.text) && featureOn('names.model.postedTo');
}

/**
 * `0412/Lampung`, `043/Garuda`: a territorial unit's number joined by a slash to its seat, written
 * after the unit (`Kodim`, `Korem`, `Dandim`), with no space on either side of the slash. Both
 * tokens belong to the role the run is reading.
 */
function unitCodeAt(toks: readonly Token[], j: number): boolean {
  if (!featureOn('names.model.unitCode')) return false;
  const num = toks[j]!;
  const slash = toks[j + 1];
  const seat = toks[j + 2];
  if (!isDigits(num.text) || num.text.length > 4 || slash?.text !== '/' || !seat) return false;
  return num.end === slash.start && slash.end === seat.start && isRunWord(seat.text);
}

/** True when token `j` is the article opening a Balinese name (`I Gusti …`, `Ni Made …`). */
const balineseAt = (toks: readonly Token[], j: number): boolean =>
  featureOn('names.model.balinese') &&
  opensBalineseName(toks[j - 1]?.text, toks[j]!.text, toks[j + 1]?.text);

/**
 * True when token `j` is the article `I` opening a Balinese name where the running text's reader
 * starts a run (`I Wayan Sudarsa sudah …`, `Perajin itu, I Made Arta, …`, English `For years,
 * I Nyoman Arta has …`): `I` is no run word (the English pronoun), so the run started at the
 * birth-order word and the article was lost from the name (names.model.balineseArticleOpensRun).
 */
export const balineseArticleOpensRun = (toks: readonly Token[], j: number): boolean =>
  toks[j]?.text === 'I' && balineseAt(toks, j) && featureOn('names.model.balineseArticleOpensRun');

/**
 * True when token `j` is one capital letter that spells a word the run never takes (`A`, the
 * English article; `I`), written with its dot glued to it and a capitalised word after the dot:
 * an initial opening a name (`A. Dahlan Iskandar`, `H. A. Rahman`), kept as written. The English
 * article takes no dot.
 */
export function initialSpellingWordAt(toks: readonly Token[], j: number): boolean {
  const t = toks[j]!;
  const dot = toks[j + 1];
  if (t.text.length !== 1 || !NOT_NAME.has(t.lower) || t.text === t.lower) return false;
  if (dot?.text !== '.' || dot.start !== t.end || !isRunToken(toks[j + 2])) return false;
  return featureOn('names.initialsKept');
}

/** Indonesian cue words after which a speaker is named (`kata`, `ujar`). */
const INDONESIAN_CUES: ReadonlySet<string> = new Set(POST_CUES);

/**
 * True when token `j` is one capital letter spelling a word the run never takes (`A`), written
 * without a dot right after an Indonesian cue and before two name words (`kata A Syafii Rahman`,
 * `ujar A Rahman Hakim`): the English article does not follow `kata`, so the letter is an initial
 * (names.initialAfterCue). Elsewhere an undotted `A` stays the article (`A Jakarta resident said`).
 */
export function initialAfterIndonesianCue(toks: readonly Token[], j: number): boolean {
  const t = toks[j]!;
  if (t.text.length !== 1 || !NOT_NAME.has(t.lower) || t.text === t.lower) return false;
  if (!INDONESIAN_CUES.has(toks[j - 1]?.lower ?? '')) return false;
  const [a, b] = [toks[j + 1], toks[j + 2]];
  if (!a || !b || a.start !== t.end + 1 || !isRunToken(a) || !isRunToken(b)) return false;
  return startsCapLower(a.text) && startsCapLower(b.text) && featureOn('names.initialAfterCue');
}

/**
 * True when token `j` is a regional name opener that spells a common word (`Lalu`, 'then'), written
 * capitalised after a word of its sentence (a cue, a role word), before a person's name word. First
 * in its sentence it is the conjunction (`Lalu Budi datang`), so it never opens a run there.
 */
export function openerWordAt(toks: readonly Token[], j: number): boolean {
  const t = toks[j]!;
  const prev = toks[j - 1];
  if (!openerSpellsWord(t.lower) || !prev) return false;
  if (
    !startsLetter(prev.text) &&
    !(prev.text === ',' && openerAfterComma(toks, j)) &&
    !honorificDotBefore(toks, j)
  )
    return false;
  const next = toks[j + 1];
  if (!isRunToken(next) || isRoleToken(next!)) return false;
  return regionalOpenerAt([t.text, next!.text], 0) > 0;
}

/**
 * True when the token before `j` is the dot of an abbreviated honorific glued to it (`H. Lalu
 * Muhammad …`, `Hj. Lalu …`): the opener goes on the name the honorific opens, where a dot ending a
 * sentence before a capitalised `Lalu` ("then") would not (names.model.openerAfterHonorificDot).
 */
function honorificDotBefore(toks: readonly Token[], j: number): boolean {
  const dot = toks[j - 1]!;
  const word = toks[j - 2];
  if (dot.text !== '.' || !word || word.end !== dot.start) return false;
  return isHonorificAt([word.text], 0) && featureOn('names.model.openerAfterHonorificDot');
}

/**
 * True when the comma before token `j` closes a role or a description (`Kepala Bidang Dinas X,
 * Lalu Hendra Sasmita, …`), whether it ends in a word, a number (`Ketua RT 05, Lalu …`) or a
 * bracketed short form (`Kepala Dinas Pekerjaan Umum (DPU), Lalu …`): the conjunction
 * `lalu` after a comma is written in lowercase, so a capitalised one there opens the name set off
 * after the role (names.model.openerAfterComma).
 */
const openerAfterComma = (toks: readonly Token[], j: number): boolean =>
  closesPhrase(toks[j - 2]?.text ?? '') && featureOn('names.model.openerAfterComma');

/** A token that may end a role before its comma: a word, a number or a bracketed short form. */
const closesPhrase = (w: string): boolean => startsAlnum(w) || isBracketedCapitalised(w);

/**
 * Where the run from each token ends, per token list, read on first ask (-1: not read yet). The
 * evidence pre-pass, the running text's mentions and every cue reader ask readRun at the same
 * tokens (about two asks per distinct token on a long text), so each list's runs are read once.
 * Keyed by the list: a body paragraph's tokens are made once per analysis and never changed.
 * Read again when withFeaturesOff changed the rules the runs were read under.
 */
let runEnds = new WeakMap<readonly Token[], Int32Array>();
let runEndsSwitches = featureSwitches();

/** A list this short is read again rather than indexed (a slice made for one question). */
const MIN_INDEXED = 16;

/** Reads a capitalised run from token `i`; returns the index after it (== i when none). */
export function readRun(toks: readonly Token[], i: number): number {
  if (toks.length < MIN_INDEXED || i < 0 || i >= toks.length) return scanRun(toks, i);
  if (runEndsSwitches !== featureSwitches()) {
    runEnds = new WeakMap();
    runEndsSwitches = featureSwitches();
  }
  let ends = runEnds.get(toks);
  if (!ends) runEnds.set(toks, (ends = new Int32Array(toks.length).fill(-1)));
  const kept = ends[i]!;
  return kept >= 0 ? kept : (ends[i] = scanRun(toks, i));
}

/** readRun's reading, from the tokens themselves. */
function scanRun(toks: readonly Token[], i: number): number {
  // `siswa kelas V`: the class's number, no run of names.
  if (numeralAfterNoun(toks, i)) return i;
  let j = i;
  let sawName = false;
  let nickname: number; // the tokens of a quoted nickname at `j`, counted once
  let chain: number; // the surname particles in a row at `j`, counted once
  while (j < toks.length) {
    const t = toks[j]!.text;
    if (isRunToken(toks[j])) {
      // A derived common noun (`Kependidikan`, `Pengembangan`) names a field, never a person.
      if (!isRoleToken(toks[j]!) && !isCommonWordShape(t)) sawName = true;
      j++;
    } else if (dotGoesOnAt(toks, i, j)) {
      j++; // `M. Yusuf`, `Letkol Inf. Rudi`, `Dr. Eng. Rudi`, `Sp.A`: a dot the run reads past
    } else if (j > i && portfolioWordAt(toks, j)) {
      j++; // `Menteri Dalam Negeri`, `Wakil Menteri Luar Negeri`: a capitalised portfolio word
    } else if (closesNameAt(toks, i, j)) {
      j++; // `Marselina Tefa Dalam (19)`: the last name word spells a function word
    } else if (j > i && (nickname = quotedNicknameLength(toks, j)) > 0) {
      j += nickname; // `Darmo “Kendil” Wiyono`: a nickname inside the name
    } else if (monthInNameAt(toks, i, j)) {
      j++; // `Rina Tan Mei Hua`: a month's name between name words is a name word
    } else if (j > i && lowercaseTitleAt(toks, j) > 0) {
      j += lowercaseTitleAt(toks, j); // `Kepala Puskesmas X dr Rina Sari`: the title opens the name
    } else if (j > i && englishOrgJoin(toks, j) > 0) {
      j += englishOrgJoin(toks, j); // `Office for the Protection of …`: one organisation's name
    } else if (joinsName(t) && j > i && isRunToken(toks[j + 1 + particleDot(toks, j)])) {
      j++; // `Hamid bin Khalid`; `Rina br. Siregar` goes on over the dot, read as a short form's
    } else if (j > i && (chain = particleChain(toks, j)) > 1) {
      j += chain; // `Tomas de los Reyes`, `Arjen van den Brink`
    } else if (isDigits(t) && t.length >= 2 && t.length <= 4 && j > i && isRunToken(toks[j + 1])) {
      j++; // `Satgas Banjir 2020 Andi Pratama`: a year or number naming a unit stays in the role
    } else if (unitDigitAt(toks, i, j)) {
      j++; // `SMA Negeri 2 Cibening`, `Daerah Operasi 1 Jakarta`: the unit's number, in its name
    } else if (j > i && ((!sawName && rankOneAt(toks, j)) || officeClassOneAt(toks, j))) {
      j++; // `Wakil Rektor I`, `Kelas I`: the Roman one ranking the office, not `I`
    } else if (balineseAt(toks, j)) {
      j++; // `Jaksa I Ketut …`: the Balinese article, not the English pronoun
    } else if (initialSpellingWordAt(toks, j)) {
      j += 2; // `kata A. Dahlan Iskandar`: an initial, not the English article
    } else if (j === i && initialAfterIndonesianCue(toks, j)) {
      j++; // `kata A Syafii Rahman`: after an Indonesian cue, an initial written without its dot
    } else if (openerWordAt(toks, j)) {
      j++; // `kata Lalu Hendra Sasmita`: the Sasak title, not the conjunction `lalu`
    } else if (j > i && isArticleName(t)) {
      j++; // `Ahmad al-Fadli`: a family name after the article
    } else if (j > i && seatAt(toks, j)) {
      j++; // `Konsulat RI di Tawangmas`, `Consulate in Perth`: a diplomatic body's seat, in its name
    } else if (j > i + 1 && !sawName && postAt(toks, j)) {
      j++; // `Duta Besar RI untuk Mesir X`: the place an office of two words or more is posted to
    } else if (t === 'dari' && j > i && !sawName && factionAt(toks, j)) {
      j++; // `Anggota Komisi IV DPR dari Fraksi Partai X Budi …`: the member's faction, in the role
    } else if (j > i && unitCodeAt(toks, j)) {
      j += 2; // `Dandim 0412/Lampung Letkol …`: a military unit's number and seat, in the role
    } else if (j > i && isShortFormInRun(t)) {
      j++; // `(Pemred)`, `(Jokowi)`
    } else if (
      t === 'dan' &&
      j > i &&
      joinsUnitField(
        toks.slice(Math.max(0, j - 5), j + 6).map(x => x.text),
        Math.min(j, 5),
      )
    ) {
      j++; // `Fakultas Kelautan dan Pesisir Universitas X`: one academic unit
    } else if (
      t === 'dan' &&
      j > i &&
      isPlace(toks[j - 1]!.text) &&
      isPlace(toks[j + 1]?.text ?? '') &&
      !twoPlaces(toks, i, j)
    ) {
      j++; // `Kepala Kanwil Jawa Barat dan Banten Rudi …`: a jurisdiction of two places, in a role
    } else if (
      t === 'dan' &&
      j > i &&
      !sawName &&
      (isRoleToken(toks[j - 1]!) || derivedFieldWord(toks[j - 1]!)) &&
      isRunToken(toks[j + 1]) &&
      (isRoleToken(toks[j + 1]!) ||
        isCommonWordShape(toks[j + 1]!.text) ||
        continuesRole(toks, j + 1)) &&
      !twoPlaces(toks, i, j)
    ) {
      // `Riset Ekonomi dan Keuangan`, `Biro Perencanaan dan Pengawasan Mutu`: `dan` between two
      // role or field words (a derived noun is a field, never a name) is inside a role, not
      // between two people.
      j++;
    } else break;
  }
  // A run never ends on a particle or a dot.
  while (j > i && (PARTICLES.has(toks[j - 1]!.text) || toks[j - 1]!.text === 'dan')) j--;
  return j;
}

/**
 * A capitalised function word between two role words is part of a portfolio's name (`Menteri
 * Dalam Negeri`, `Direktur Jenderal … Kementerian Dalam Negeri`): title case capitalises it there,
 * and a run split at it gave the person the role `Negeri`.
 */
function portfolioWordAt(toks: readonly Token[], j: number): boolean {
  const t = toks[j]!;
  const prev = toks[j - 1];
  const next = toks[j + 1];
  if (!isCapitalised(t.text) || !NOT_NAME.has(t.lower) || !ROLE_WORD_SET.has(t.lower)) return false;
  if (!prev || !next || !isRoleToken(prev) || !isRunToken(next) || !isRoleToken(next)) return false;
  return featureOn('names.model.portfolioWord');
}

/** A bracketed capitalised short form (`(Pemred)`, `(Sekum)`) that a run holds, read either way. */
const isShortFormInRun = (t: string): boolean =>
  t.startsWith('(') && isBracketedCapitalised(t) && t.length < 30;

/** True when token `j` is a short form a run holds, for the walk back (its own switch). */
const bracketInRun = (toks: readonly Token[], j: number): boolean =>
  j > 0 && featureOn('names.model.bracketBack') && isShortFormInRun(toks[j]!.text);

/**
 * `SMA Negeri 2 Cibening`, `Daerah Operasi 1 Jakarta`, `Regional 3 Makassar`: one digit between
 * two capitalised words numbers a school, an operating area or a branch, and the seat after it
 * is still that unit's name, not a person or place of its own. A month after it makes a date
 * (`Senin 3 Maret`), which no name holds.
 */
function unitDigitAt(toks: readonly Token[], i: number, j: number): boolean {
  const t = toks[j]!.text;
  if (j === i || t.length !== 1 || !isDigits(t) || !isRunToken(toks[j - 1])) return false;
  const next = toks[j + 1];
  if (!isRunToken(next) || MONTHS.has(next!.lower)) return false;
  return featureOn('names.unitDigit');
}

/**
 * Where the capitalised run ending at token `k` starts, walking back across the words that join
 * one name or role (`Pendidikan Dasar dan Menengah`, `Salim bin Hamid`, `Office for the …`).
 */
export function walkRunBack(toks: readonly Token[], k: number): number {
  let s = k;
  let chain: number; // the surname particles in a row before `s`, counted once
  for (;;) {
    if (s > 0 && readRun(toks, s - 1) > k) s--;
    else if (s > 1 && toks[s - 1]!.text === 'dan' && readRun(toks, s - 2) > k) s -= 2;
    // `Salim bin Hamid menyatakan`: a particle joins the name on both sides.
    else if (s > 1 && joinsName(toks[s - 1]!.text) && readRun(toks, s - 2) > k) s -= 2;
    else if (s > 2 && (chain = chainBefore(toks, s)) > 1 && readRun(toks, s - 1 - chain) > k)
      s -= 1 + chain;
    // `Rina br. Siregar menyatakan`: so does a particle written short, with its dot.
    else if (s > 2 && particleDot(toks, s - 2) && readRun(toks, s - 3) > k) s -= 3;
    // `Office for the Protection of … said`: the joiners of an English organisation's name.
    else if (s > 2 && englishOrgJoin(toks, s - 2) === 2 && readRun(toks, s - 3) > k) s -= 3;
    else if (s > 1 && englishOrgJoin(toks, s - 1) === 1 && readRun(toks, s - 2) > k) s -= 2;
    // `Bendahara Umum (Bendum) Yayasan X, …`: a bracketed short form inside a role, which the run
    // read forward holds too (readRun), so walking back steps over it as well.
    else if (bracketInRun(toks, s - 1) && readRun(toks, s - 2) > k) s -= 2;
    // `Consulate in Perth said`: walking back steps over the seat's preposition the run holds.
    else if (s > 1 && seatAt(toks, s - 1) && readRun(toks, s - 2) > k) s -= 2;
    // `Menteri Dalam Negeri X`: walking back steps over the portfolio word the run holds.
    else if (s > 1 && portfolioWordAt(toks, s - 1) && readRun(toks, s - 2) > k) s -= 2;
    // `SMA Negeri 2 Cibening menyatakan`: a unit's digit the run read forward holds too.
    else if (s > 1 && unitDigitAt(toks, s - 2, s - 1) && readRun(toks, s - 2) > k) s -= 2;
    // `Rutan Kelas I Cibening menyatakan`: the office's class, which readRun holds.
    else if (s > 1 && officeClassOneAt(toks, s - 1) && readRun(toks, s - 2) > k) s -= 2;
    // `Darmo “Kendil” Wiyono menilai`: a quoted nickname inside the name, which readRun holds.
    else {
      const n = nicknameBefore(toks, s);
      if (n > 0 && readRun(toks, s - n - 1) > k) s -= n + 1;
      else return s;
    }
  }
}

/** The length of the quoted nickname that ends right before token `s` (`“Kendil”`), or 0. */
function nicknameBefore(toks: readonly Token[], s: number): number {
  for (let n = 3; n <= 4; n++) if (s - n > 0 && quotedNicknameLength(toks, s - n) === n) return n;
  return 0;
}

/**
 * Reads the words that name a speaker after a post-posed cue (`kata Xi`, `ujar dia`,
 * `kata seorang warga`, `kata Kepala Dinas Kesehatan Budi Santoso`).
 */
import { fieldListOfficeAfter } from './field-list-office';
import { nicknameAfterYang } from './closed-apposition';
import { CIRCUMSTANCE_OPENERS, MANNER_OPENERS } from '../../lexicon/cues';
import {
  DEFINITE,
  DESCRIPTION_ARTICLES,
  FIRST_PERSON,
  GROUP_DESCRIPTION_NOUNS,
  INDEFINITE,
  INDEFINITE_OPENERS,
  KIN_NOUNS,
  PLURAL,
  SINGULAR,
} from '../../lexicon/pronouns';
import {
  EN_ROLE_HEAD_SET,
  EN_UNIT_NOUNS,
  ROLE_OPENER_SET,
  ROLE_WORD_SET,
} from '../../lexicon/roles';
import { demoteMember, demoteSpokesperson, type Mention } from './mention';
import { isRunToken, joinsPeople, lowercaseTitleAt, readRun } from './name-run';
import { isRankOnly } from './role-word-at';
import { ORIGIN_PREPOSITIONS, PREPOSITIONS, SEAT_PREPOSITIONS } from '../../lexicon/prepositions';
import type { NamedRef } from './name-split';
import { withSharedRole } from './shared-role';
import { readName } from './name-reading';
import { afterAge } from './age-phrase';
import { birthTimeEnd, opensBirth } from './birth-phrase';
import { AGE_WORD_SET } from '../../lexicon/time-nouns';
import { groupDescription } from './group-description';
import { unnamedPlaceAfterCue } from './unnamed-place';
import { orgPhraseAfter } from './org-phrase';
import { skipStatementNoun } from './statement-source';
import { isLowerWord, type Token } from '../text/text';
import { isDigits, startsAlnum } from '../text/chars';
import { featureOn } from '../features';
import { englishDescriptionAfterCue, englishDescriptionWithOriginAt } from './english-description';
import { englishUnnamedAfter } from './english-unnamed';
import { isPlaceWord, personEvidence, type ArticleEvidence } from './name-model';
import { isVerbShape } from '../text/affix-shapes';
import { PERSON_NOUNS } from '../../lexicon/person-nouns';
import { RANK_SET } from '../../lexicon/roles';
import { isHonorificAt } from '../../lexicon/honorifics';

/** Most words of a lowercase description read as the subject at a cue (`kata pelatih itu`). */
const DESCRIPTION_MAX_WORDS = 6;

/**
 * The prepositions among the words that end a lowercase description after a cue (`kata seorang
 * warga di lokasi`): each takes an object, so one with none is no preposition (see below).
 */
const DESCRIPTION_PREPOSITIONS = 'di dalam kepada pada melalui via lewat'.split(' ');

const CIRCUMSTANCE_SET: ReadonlySet<string> = new Set(CIRCUMSTANCE_OPENERS);

/** Words that end a lowercase description after a cue (`kata seorang warga di lokasi`). */
const DESCRIPTION_STOP = new Set([
  ...DESCRIPTION_PREPOSITIONS,
  ...CIRCUMSTANCE_OPENERS,
  ...'dan yang menanggapi menjawab menambahkan'.split(' '),
]);

/**
 * True when token `c` opens a circumstance after a run that already names someone (`kata Kiai Rudi
 * saat dijumpai di rumahnya, Jalan X`): the mention ends there, so the run after the circumstance's
 * comma is where the speaker was, never an appositive name.
 */
const circumstanceAt = (toks: readonly Token[], c: number, named: boolean): boolean =>
  named && CIRCUMSTANCE_SET.has(toks[c]!.text) && featureOn('names.circumstanceEndsMention');

/**
 * Whether the word after a name ends the mention it closes: a pause, the sentence's end, a
 * bracket, or a word that opens an adjunct (`…, Dewi Lestari, di Makassar`).
 */
const closesMention = (w: string | undefined) =>
  w === undefined || !isLowerWord(w) || DESCRIPTION_STOP.has(w);

/** Most tokens of a relative clause read after a description (`yang pernah menjabat … itu`). */
const MAX_RELATIVE_TOKENS = 14;

/**
 * Where the demonstrative closing the relative clause that opens at token `j` (`yang`) stands: the
 * first `itu`/`ini`/`tersebut` within reach that ends the sentence or clause, with no punctuation
 * before it; -1 when there is none or the feature is off.
 */
function relativeClosedAt(toks: readonly Token[], j: number): number {
  if (!featureOn('names.relativeDescription') || toks[j]?.text !== 'yang') return -1;
  for (let k = j + 1; k < Math.min(toks.length, j + MAX_RELATIVE_TOKENS); k++) {
    const w = toks[k]!.text;
    if (!startsAlnum(w)) return -1;
    const next = toks[k + 1]?.text;
    if (DEFINITE.has(w) && (next === undefined || !startsAlnum(next))) return k;
  }
  return -1;
}

/**
 * True when token `k` is a number (a year, a class: `lulusan Akmil 2001 itu`, `angkatan Unpad 98
 * itu`) that a demonstrative closes right after it: the number belongs to the description.
 */
function yearBeforeDefinite(toks: readonly Token[], k: number): boolean {
  const t = toks[k]?.text ?? '';
  if (!isDigits(t) || t.length > 4 || !DEFINITE.has(toks[k + 1]?.text ?? '')) return false;
  const next = toks[k + 2]?.text;
  return (next === undefined || !startsAlnum(next)) && featureOn('names.yearInDescription');
}

/** `(35)`, `(45 tahun)`: a bracket that opens with a digit, an age after a name. */
const opensWithBracketedDigit = (w: string) => w[0] === '(' && w[1]! >= '0' && w[1]! <= '9';

/**
 * A preposition always takes an object, so one right before the demonstrative that closes the
 * description has none and is a word of the description (`kata ahli penyakit dalam itu`, the
 * internist). The time words are left out: with the demonstrative they are an adverbial of the
 * cue, and the description ends before them (`kata seorang warga saat itu`).
 */
const OBJECTLESS_PREPOSITION: ReadonlySet<string> = new Set(DESCRIPTION_PREPOSITIONS);
const objectlessPreposition = (toks: readonly Token[], j: number): boolean =>
  featureOn('names.objectlessPreposition') &&
  OBJECTLESS_PREPOSITION.has(toks[j]!.text) &&
  j > 0 &&
  isLowerWord(toks[j - 1]!.text) &&
  (DEFINITE.has(toks[j + 1]?.text ?? '') || prepositionNext(toks, j));

/**
 * `kata dokter penyakit dalam di puskesmas X itu`: a preposition right before `di` or `dari` has no
 * object either (names.prepositionBeforePreposition).
 */
const prepositionNext = (toks: readonly Token[], j: number): boolean =>
  SEAT_PREPOSITIONS.has(toks[j + 1]?.text ?? '') && featureOn('names.prepositionBeforePreposition');

/**
 * `kata orang nomor satu di Sleman itu`, `ujar politikus dari Partai Maju tersebut`: a lowercase
 * description (tokens [i, j)) going on with a seat preposition and a capitalised run that a
 * demonstrative closes is one description pointing back to the person of that place or
 * institution, not a place or an organisation speaking. Returns the demonstrative's index, or -1.
 */
function seatInDescription(toks: readonly Token[], i: number, j: number): number {
  if (j === i || !SEAT_PREPOSITIONS.has(toks[j]?.text ?? '')) return -1;
  if (!featureOn('names.seatInDescription')) return -1;
  const end = readRun(toks, j + 1);
  return end > j + 1 && DEFINITE.has(toks[end]?.text ?? '') ? end : -1;
}

/**
 * True when token `j` is an active `meN-` verb that ends the description before it (`kata sang
 * kepala desa menutup rapat`, `ujar guru honorer itu mengakhiri obrolan`): the verb opens the
 * speaker's next action, not a word of the description. A demonstrative still to come before
 * `end` closes a description the word belongs to (`kata guru sekolah menengah itu`); a short stem
 * is an adjective or noun (`merah`, `mebel`), and a role word of that shape (`menteri`) is none.
 */
function verbEndsDescription(toks: readonly Token[], j: number, end: number): boolean {
  if (!featureOn('names.verbEndsDescription')) return false;
  const w = toks[j]!.text;
  if (!w.startsWith('me') || w.length < 6 || !isVerbShape(w) || ROLE_WORD_SET.has(w)) return false;
  for (let k = j + 1; k < Math.min(end, toks.length); k++)
    if (DEFINITE.has(toks[k]!.text)) return false;
  return true;
}

/** The most lowercase unit nouns between an English unit's name and its office (`village`). */
const MAX_UNIT_NOUNS = 2;

/**
 * `said Cibening Police chief Yosef Manuhutu`, `said Cibening village head Yosef`: English writes the
 * office after the unit it heads, in lowercase, so after a cue the capitalised run (`Cibening
 * Police`) is the unit, not the speaker, when a few unit nouns and an English office head follow
 * it and a name comes next, right after the office or set off by a comma (`said the Cibening
 * regent, Yosef Manuhutu.`). The whole span is read as one mention, as role-prefix.ts reads it
 * before a cue (`Cibening Police chief Yosef Manuhutu said`); null when the words are not so
 * (names.englishUnitOfficeAfterCue).
 */
function englishUnitOfficeAfter(
  toks: readonly Token[],
  i: number,
  text: string,
  evidence: ReadonlySet<string>,
): Mention | null {
  if (!isRunToken(toks[i]) || !featureOn('names.englishUnitOfficeAfterCue')) return null;
  const unitEnd = readRun(toks, i);
  let h = unitEnd;
  while (h - unitEnd < MAX_UNIT_NOUNS && EN_UNIT_NOUNS.has(toks[h]?.text ?? '')) h++;
  if (!EN_ROLE_HEAD_SET.has(toks[h]?.text ?? '')) return null;
  const spanText = (a: number, b: number) => text.slice(toks[a]!.start, toks[b - 1]!.end);
  // `said the Cibening regent, Yosef Manuhutu.`: the name set off by a comma, closed by a pause.
  if (toks[h + 1]?.text === ',' && isRunToken(toks[h + 2])) {
    const end = readRun(toks, h + 2);
    if (!closesMention(toks[end]?.text)) return null;
    const ref = readName(toks, h + 2, end, text, evidence);
    if (!ref.name || ref.kind !== 'person' || ref.role) return null;
    return { kind: 'named', refs: [{ ...ref, role: spanText(i, h + 1) }], text: spanText(i, end) };
  }
  if (!isRunToken(toks[h + 1])) return null;
  const end = readRun(toks, h + 1);
  const ref = readName(toks, i, end, text, evidence);
  if (!ref.name || ref.kind !== 'person' || !ref.role) return null;
  return { kind: 'named', refs: [ref], text: spanText(i, end) };
}

/** `yang (akrab|biasa) disapa|dipanggil X` from token `j`: where the nickname X is, or null. */
function nicknameAt(toks: readonly Token[], j: number): { start: number; end: number } | null {
  const start = nicknameAfterYang(toks, j);
  if (start < 0) return null;
  const end = readRun(toks, start);
  return end > start ? { start, end } : null;
}

/**
 * True when token `j` opens how the statement was made right after a demonstrative (`kata nenek
 * itu dengan suara bergetar`): the demonstrative closed the description, which ends before `j`.
 */
const mannerAfterDemonstrative = (toks: readonly Token[], j: number): boolean =>
  featureOn('names.mannerAfterDescription') &&
  DEFINITE.has(toks[j - 1]?.lower ?? '') &&
  MANNER_OPENERS.has(toks[j]?.lower ?? '');

/** Punctuation that closes the clause a cue stands in. */
const CLAUSE_END: ReadonlySet<string> = new Set(['.', ',', '!', '?', ';']);

/**
 * True when the word before token `j` is a demonstrative that closed the description, and token
 * `j` is one lowercase word of manner closing the clause (`kata perempuan tua itu pelan.`, `ujar
 * pria itu lirih,`): read on, the description held the adverb and named nobody.
 */
const closedByDemonstrative = (toks: readonly Token[], j: number): boolean =>
  DEFINITE.has(toks[j - 1]?.lower ?? '') &&
  isLowerWord(toks[j]?.text ?? '') &&
  CLAUSE_END.has(toks[j + 1]?.text ?? '.') &&
  featureOn('names.demonstrativeClosesDescription');

/** True when token `j` is a lowercase medical title with its glued dot before a name (`dr. Rina`). */
const dottedTitleAt = (toks: readonly Token[], j: number): boolean =>
  lowercaseTitleAt(toks, j) === 2 && featureOn('names.dottedTitleAfterCue');

/** Parses the speaker after a post-posed cue, from token `i`. */
function readAfter(
  toks: readonly Token[],
  i: number,
  text: string,
  evidence: ReadonlySet<string>,
): Mention | null {
  // `tulis pernyataan KBRI X`: the statement's author is the speaker.
  const author = skipStatementNoun(toks, i);
  if (author > i) {
    const m = readAfter(toks, author, text, evidence);
    // An author without a person's name (`KBRI Kairo`) is the organisation itself.
    if (m?.kind !== 'title') return m;
    const ref: NamedRef = { name: m.text, role: null, kind: 'organization', alias: null };
    return { kind: 'named', refs: [ref], text: m.text };
  }
  const first = toks[i];
  if (!first) return null;
  const unitOffice = englishUnitOfficeAfter(toks, i, text, evidence);
  if (unitOffice) return unitOffice;
  const lw = first.lower;
  if (SINGULAR.has(lw) || FIRST_PERSON.has(lw))
    return { kind: 'pronoun', plural: false, text: first.text };
  if (PLURAL.has(lw)) return { kind: 'pronoun', plural: true, text: first.text };
  // `tutur ayah dan anak itu`, `ujar si kembar`: a pair or a band described as one.
  const band = groupAfterCue(toks, i, text);
  if (band) return band;
  // A lowercase description: `seorang warga`, `juru bicara Kemenlu X`, `mantan Dirjen itu`.
  let j = i;
  while (j < toks.length && j - i < DESCRIPTION_MAX_WORDS) {
    // `kata pelatih berusia 51 tahun itu`: an age is part of the description.
    const aged = afterAge(toks, j);
    const born = j > i && opensBirth(toks[j - 1]!.lower) ? birthTimeEnd(toks, j) : j;
    if (aged > j) j = aged;
    else if (born > j) j = born;
    else if (j > i && verbEndsDescription(toks, j, i + DESCRIPTION_MAX_WORDS)) break;
    else if (j > i && mannerAfterDemonstrative(toks, j)) break;
    else if (j > i && closedByDemonstrative(toks, j)) break;
    // `kata dr. Rina Sari`, `ujar pakar gizi drg. Budi`: a lowercase title with its dot opens the
    // name after it; read as a word, its dot ended the description with no one named.
    else if (dottedTitleAt(toks, j)) j += 2;
    else if (isLowerWord(toks[j]!.text) && !DESCRIPTION_STOP.has(toks[j]!.text)) j++;
    else if (objectlessPreposition(toks, j)) j++;
    else break;
  }
  const seat = seatInDescription(toks, i, j);
  if (seat > 0) {
    const title = text.slice(toks[i]!.start, toks[seat - 1]!.end);
    return { kind: 'title', title, text: text.slice(toks[i]!.start, toks[seat]!.end) };
  }
  const lower = toks.slice(i, j);
  const runEnd = readRun(toks, j);
  if (runEnd === j && !lower.length) return null;
  // `kata Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi X`: one office's fields.
  const office = lower.length ? null : fieldListOfficeAfter({ toks, text, evidence }, j, runEnd);
  if (office) return office;
  const run = toks.slice(j, runEnd);
  const after = toks[runEnd]?.lower ?? '';
  const spanText = (a: number, b: number) => text.slice(toks[a]!.start, toks[b - 1]!.end);
  // The description's and the run's words, read once for the checks below (the description's
  // words start lowercase, so their lowercase is what the word sets hold).
  const lowerWords = lower.map(t => t.lower);
  const runWords = run.map(t => t.text);
  // `menurut komunitas intelijen AS`: the whole phrase is the organisation.
  if (orgPhraseAfter(lowerWords, runWords)) {
    const name = spanText(i, runEnd);
    return {
      kind: 'named',
      refs: [{ name, role: null, kind: 'organization', alias: null }],
      text: name,
    };
  }
  if (DEFINITE.has(after))
    return { kind: 'title', title: spanText(i, runEnd), text: spanText(i, runEnd + 1) };
  // `tegas perwira lulusan Akmil 2001 itu`: a year after the institution is still the description.
  if (lower.length && run.length && yearBeforeDefinite(toks, runEnd))
    return { kind: 'title', title: spanText(i, runEnd + 1), text: spanText(i, runEnd + 2) };
  // `kata pria kelahiran Ende 52 tahun lalu itu`: when the person was born, after the birthplace,
  // is still the description.
  const born =
    lower.length && run.length && opensBirth(lowerWords.at(-1)) ? birthTimeEnd(toks, runEnd) : -1;
  if (born > runEnd && DEFINITE.has(toks[born]?.lower ?? ''))
    return { kind: 'title', title: spanText(i, born), text: spanText(i, born + 1) };
  // `kata perwira asal Klungsari, Jawa Tengah, itu`: a place's region set off by commas is still the
  // description, which `itu` closes after the second comma.
  const regioned = lower.length && run.length ? regionClose(toks, runEnd) : -1;
  if (regioned > 0)
    return { kind: 'title', title: spanText(i, regioned - 1), text: spanText(i, regioned + 1) };
  // `kata perempuan Minahasa berusia 47 tahun itu`: an age after the capitalised word, closed by a
  // demonstrative, is still the description; the word tells where she is from, as `asal` would.
  // A name (`kata penenun Kartinah Dalimunthe berusia 41 tahun itu`) is the person's.
  const agedClose =
    lower.length && run.length === 1 && attributeWord(run[0]!.text, evidence)
      ? ageClose(toks, runEnd)
      : -1;
  if (agedClose > 0)
    return { kind: 'title', title: spanText(i, agedClose), text: spanText(i, agedClose + 1) };
  // `kata lelaki yang akrab disapa Ojan itu`: a description that gives a nickname names its bearer.
  const nick = run.length ? null : nicknameAt(toks, j);
  if (nick) {
    const name = spanText(nick.start, nick.end);
    const close = DEFINITE.has(toks[nick.end]?.text ?? '') ? nick.end + 1 : nick.end;
    const ref: NamedRef = { name, role: null, kind: 'person', alias: null };
    return { kind: 'named', refs: [ref], text: spanText(i, close) };
  }
  if (!run.length) return descriptionOnly(toks, i, j, text, evidence, lowerWords);
  // `kata seorang warga asal Cibening`: the run is the unnamed person's place; a name may follow
  // its comma (`…, Rina Kartika`), read below as an appositive.
  const placed = unnamedPlaceAfterCue(lowerWords, runWords);
  const unnamed: Mention = { kind: 'anonymous', text: spanText(i, runEnd) };
  if (placed && !(toks[runEnd]?.text === ',' && isRunToken(toks[runEnd + 1]))) return unnamed;
  // `X dan Y`: a group, each member parsed on its own.
  if (joinsPeople(toks[runEnd]?.text ?? '') && isRunToken(toks[runEnd + 1])) {
    const end2 = readRun(toks, runEnd + 1);
    const a = readName(toks, i, runEnd, text, evidence);
    const b = readName(toks, runEnd + 1, end2, text, evidence);
    if (a.name && b.name)
      return { kind: 'named', refs: withSharedRole(a, b), text: spanText(i, end2) };
  }
  const pair = pairAfterOrigin(toks, i, runEnd, text, evidence);
  if (pair) return pair;
  // `Pemimpin Umum (Pemum) Harian Fajar, Dewi Lestari` / `Jubir Satgas untuk Penanganan
  // Banjir, Bayu Prasetyo`: a role (possibly with lowercase links), a comma, then the name.
  const read = readName(toks, i, runEnd, text, evidence);
  const head = placed ? { ...read, name: null } : read;
  if (!head.name || ROLE_OPENER_SET.has((lower[0] ?? run[0])!.text.toLowerCase())) {
    const named = nameAfterRole(toks, i, runEnd, head, text, evidence);
    if (named) return named;
  }
  if (placed) return unnamed;
  const ref = read;
  if (!ref.name) {
    // `ucap pria keturunan Tionghoa yang sudah 25 tahun berdagang itu`: a description that names
    // a people, closed by a demonstrative after its relative clause, points back as `pria itu`.
    const closed = lower.length ? relativeClosedAt(toks, runEnd) : -1;
    const end = closed > 0 && featureOn('names.model.personOfGroup') ? closed + 1 : runEnd;
    return { kind: 'title', title: ref.role ?? spanText(i, runEnd), text: spanText(i, end) };
  }
  // `kata Andri (35), warga Bekasi` / `kata Andri, pedagang …`: a single name introduced with a
  // description is a new person, so it must not be matched fuzzily to someone else.
  // So is a short form after a familiar form of address told an age (`kata Pak Kus (45), …`); one
  // with a description alone is often called so by it (`kata Bu Nur, begitu ia biasa disapa`).
  const aged = opensWithBracketedDigit(toks[runEnd]?.text ?? '');
  const described = toks[runEnd]?.text === ',' && isLowerWord(toks[runEnd + 1]?.text ?? '');
  const introduced = run.length === 1 ? aged || described : aged && addressedShortForm(ref);
  return {
    kind: 'named',
    refs: [introduced ? { ...ref, exact: true } : ref],
    text: spanText(i, runEnd),
  };
}

/** True when `ref` is a short form after a familiar form of address (cast.addressedShortForm). */
const addressedShortForm = (ref: NamedRef): boolean =>
  !!ref.addressed && featureOn('cast.addressedShortForm');

/** The text of tokens `a` to `b - 1`. */
const spanOf = (toks: readonly Token[], text: string, a: number, b: number) =>
  text.slice(toks[a]!.start, toks[b - 1]!.end);

/**
 * readAfter's lowercase description from `i` to `j` with no capitalised run after it (its words
 * `lowerWords`): closed by a demonstrative, naming its bearer, or an unnamed speaker. A function of
 * its own, as is nameAfterRole, so that the first analysis of an article without such a mention
 * compiles none of it (engine README: guards before bodies).
 */
function descriptionOnly(
  toks: readonly Token[],
  i: number,
  j: number,
  text: string,
  evidence: ReadonlySet<string>,
  lowerWords: readonly string[],
): Mention | null {
  // `ujar seorang pengurus masjid tersebut`: an indefinite opening brings somebody new in, so
  // the demonstrative points at the noun before it, not back at a person (names.indefiniteOpens).
  const indefinite =
    INDEFINITE_OPENERS.has(lowerWords[0] ?? '') && featureOn('names.indefiniteOpens');
  if (DEFINITE.has(lowerWords[lowerWords.length - 1] ?? '') && !indefinite)
    return { kind: 'title', title: spanOf(toks, text, i, j - 1), text: spanOf(toks, text, i, j) };
  // `ujar sang suami sambil …`, `kata sang ayah`: `sang` makes a person noun definite, as `itu`
  // does (names.sangPersonNoun).
  const sang = sangPersonEnd(toks, i, j);
  if (sang > 0)
    return {
      kind: 'title',
      title: spanOf(toks, text, i + 1, sang),
      text: spanOf(toks, text, i, sang),
    };
  const named = lowerWords.length ? nameAfterDescription(toks, i, j, text, evidence) : null;
  if (named) return named;
  // `ujar politikus yang pernah menjabat Ketua Komisi B itu`: a role closed by a demonstrative
  // after its relative clause points back to its holder, as `politikus itu` does.
  const closed = lowerWords.some(w => INDEFINITE.has(w)) ? -1 : relativeClosedAt(toks, j);
  // `ujar pria yang enggan menyebutkan namanya itu`: a person noun (sex, age, kin) heads such a
  // description as a role does.
  const relative = toks[j]?.text === 'yang' && lowerWords.some(personHead);
  if (closed > 0 && (relative || lowerWords.some(w => ROLE_WORD_SET.has(w))))
    return {
      kind: 'title',
      title: spanOf(toks, text, i, j),
      text: spanOf(toks, text, i, closed + 1),
    };
  if (relative || lowerWords.some(w => INDEFINITE.has(w) || ROLE_WORD_SET.has(w)))
    return { kind: 'anonymous', text: spanOf(toks, text, i, relative ? relativeEnd(toks, j) : j) };
  return null;
}

/**
 * Where `sang` at token `i` then a person noun (sex, age) or a kin noun (`istri`, `anak`: kin of
 * the person the story is about) and its lowercase words ends, before `j`: at a preposition or a
 * word of manner (`ujar sang ayah dengan suara pelan`, `seraya menunjuk`), which is no part
 * of it; -1 when no such description opens there, or a role is among its words (`sang pelatih`
 * is a role's unnamed holder).
 */
function sangPersonEnd(toks: readonly Token[], i: number, j: number): number {
  if (j - i < 2 || toks[i]!.lower !== 'sang' || !featureOn('names.sangPersonNoun')) return -1;
  const noun = toks[i + 1]!.lower;
  if (!PERSON_NOUNS.has(noun) && !KIN_NOUNS.has(noun)) return -1;
  let e = i + 2;
  while (e < j && !PREPOSITIONS.has(toks[e]!.lower) && !MANNER_OPENERS.has(toks[e]!.lower)) e++;
  for (let k = i + 1; k < e; k++) if (ROLE_WORD_SET.has(toks[k]!.lower)) return -1;
  return e;
}

/** With names.relativeDescription, whether `w` is a person noun (`pria`, `perempuan`, `nenek`). */
const personHead = (w: string): boolean =>
  PERSON_NOUNS.has(w) && featureOn('names.relativeDescription');

/**
 * Where an unnamed speaker's relative clause from token `j` (`yang`: `pria yang tak mau disebut
 * namanya`) ends: at the first token that is no lowercase word, within MAX_RELATIVE_TOKENS. The
 * clause is the mention's, so a reader of it (withheld-name.ts) sees it.
 */
function relativeEnd(toks: readonly Token[], j: number): number {
  let k = j + 1;
  while (k < toks.length && k - j < MAX_RELATIVE_TOKENS && isLowerWord(toks[k]!.text)) k++;
  return k;
}

/**
 * `Pemimpin Umum (Pemum) Harian Fajar, Dewi Lestari` / `Jubir Satgas untuk Penanganan Banjir, Bayu
 * Prasetyo`: after a role from `i` to `runEnd` (read as `head`, with no name or opening with a role
 * word), a comma and then the name; or a title closed by `itu`. Null when neither follows.
 */
function nameAfterRole(
  toks: readonly Token[],
  i: number,
  runEnd: number,
  head: NamedRef,
  text: string,
  evidence: ReadonlySet<string>,
): Mention | null {
  let c = runEnd;
  let placed = false; // a `di` phrase (where the person spoke) before the comma
  while (
    c < toks.length &&
    c - runEnd < 6 &&
    toks[c]!.text !== ',' &&
    !circumstanceAt(toks, c, !!head.name) &&
    (startsAlnum(toks[c]!.text) || toks[c]!.text.startsWith('('))
  ) {
    if (toks[c]!.text === 'di' && featureOn('names.placeAfterSpeaker')) {
      // `kata Kapolres X AKBP Rudi Hartono di Mapolres X, Cibinong`: after a named speaker, `di`
      // opens where they spoke, so no appositive name follows.
      if (head.name) return null;
      placed = true;
    }
    c++;
  }
  // `Menurut Director of Sales lembaga itu, X akan …`: a title closed by `itu` is a whole
  // description of its holder, so the run after the comma opens the reported clause.
  const closed = definiteBetween(toks, runEnd, c);
  if (!head.name && closed > 0)
    return {
      kind: 'title',
      title: spanOf(toks, text, i, runEnd),
      text: spanOf(toks, text, i, closed + 1),
    };
  // `…, Rudi Hartono` or `…, dr Rina Sari`: a run (which a lowercase title may open) after the comma.
  const after = toks[c]?.text === ',' ? readRun(toks, c + 1 + lowercaseTitleAt(toks, c + 1)) : 0;
  const end2 = after > c + 1 ? after : 0;
  // `Menurut pelatih Dedi Santoso, Rudi layak …`: after a speaker already named, a run the
  // sentence goes on from is the reported clause's subject, not an appositive name.
  // So after a bare title (`Menurut Kapolres, X bukan …`, names.titleThenClauseSubject), unless a
  // rank or honorific opens the run (`Menurut Kapolsek, AKP X pelaku …` with its comma left out):
  // a reported clause does not open with one.
  const titled =
    end2 > 0 &&
    (lowercaseTitleAt(toks, c + 1) > 0 ||
      RANK_SET.has(toks[c + 1]!.lower) ||
      isHonorificAt([toks[c + 1]!.text], 0));
  const bare = !head.name && (titled || !featureOn('names.titleThenClauseSubject'));
  const appositive = bare || head.kind !== 'person' || closesMention(toks[end2]?.text);
  if (placed && end2 && !personAfterPlace(toks.slice(c + 1, end2), evidence)) return null;
  return end2 && appositive ? personAfterComma(toks, i, c, end2, text, evidence) : null;
}

/**
 * `kata Bupati X di Pendopo Kabupaten, Cibinong`: after a `di` phrase the run set off by a comma
 * goes on naming the place (its town), unless it surely names a person: two words or more, or one
 * the corpora or the article know as a person's name word, and no place word (`Kepala Perwakilan
 * BI di Jawa Barat, Rudi Hartono` keeps its name).
 */
function personAfterPlace(run: readonly Token[], evidence: ReadonlySet<string>): boolean {
  const words = run.map(t => t.text).filter(w => w !== '.');
  const places = (evidence as ArticleEvidence).places;
  if (words.some(w => isPlaceWord(w) || !!places?.has(w))) return false;
  return words.length > 1 || personEvidence(words[0]!, evidence as ArticleEvidence);
}

/**
 * `kata kuasa hukum terdakwa, Rudi Hartono` / `ujar salah satu warga, Budi`: a lowercase
 * description at the cue (tokens [i, j)), a comma, then a person's name that closes the mention:
 * the name is the speaker and the description its role. Null when no such name follows.
 */
function nameAfterDescription(
  toks: readonly Token[],
  i: number,
  j: number,
  text: string,
  evidence: ReadonlySet<string>,
): Mention | null {
  if (toks[j]?.text !== ',' || !featureOn('names.descriptionCommaName')) return null;
  const start = j + 1 + lowercaseTitleAt(toks, j + 1);
  const end = readRun(toks, start);
  if (end <= start || !closesMention(toks[end]?.text)) return null;
  return personAfterComma(toks, i, j, end, text, evidence);
}

/**
 * `Pemimpin Umum Harian X, Rudi Hartono`, `kuasa hukum terdakwa, dr Rina Sari`: the person named
 * in tokens (c, end) after the comma at `c` that closes a role or description opening at `i`;
 * the role is what comes before the comma. The name may carry its rank (`…, Irjen Polisi Budi
 * Santoso`), which joins the role. Null when the run after the comma names no person.
 */
function personAfterComma(
  toks: readonly Token[],
  i: number,
  c: number,
  end: number,
  text: string,
  evidence: ReadonlySet<string>,
): Mention | null {
  const named = readName(toks, c + 1, end, text, evidence);
  if (!named.name || named.kind !== 'person' || (named.role && !isRankOnly(named.role)))
    return null;
  const head = text.slice(toks[i]!.start, toks[c - 1]!.end);
  const role = named.role ? `${head} ${named.role}` : head;
  return {
    kind: 'named',
    refs: [{ ...named, role }],
    text: text.slice(toks[i]!.start, toks[end - 1]!.end),
  };
}

/**
 * The index of the last token in [from, to) when it is a lowercase determiner closing a
 * description (`perusahaan itu`), else -1.
 */
function definiteBetween(toks: readonly Token[], from: number, to: number): number {
  if (!featureOn('names.definiteClosesTitle') || to <= from) return -1;
  return DEFINITE.has(toks[to - 1]!.text) ? to - 1 : -1;
}

/**
 * Parses the speaker after a post-posed cue, from token `i`; a member of an organisation or crowd
 * is unnamed.
 */
export function mentionAfter(
  toks: readonly Token[],
  i: number,
  text: string,
  evidence: ReadonlySet<string>,
): Mention | null {
  // `said the fisherman from Tabanan.`: the place after `from` is no speaker.
  const origin = englishDescriptionWithOriginAt(toks, i, text);
  if (origin) return origin;
  const read =
    demoteSpokesperson(demoteMember(readAfter(toks, i, text, evidence), evidence)) ??
    englishUnnamedAfter(toks, i, text);
  return englishArticleAt(toks, i) ? afterArticle(read, toks, i, text, evidence) : read;
}

/**
 * A lowercase `the` opening the speaker after an English cue (`said the spokesman of the company,
 * X`, `"…," said the Regional Health Agency's head X`, `…, said the minister.`), a word of neither
 * a name nor a role (names.englishArticleOffName).
 */
const englishArticleAt = (toks: readonly Token[], i: number): boolean =>
  toks[i]?.text === 'the' &&
  startsAlnum(toks[i + 1]?.text ?? '') &&
  featureOn('names.englishArticleOffName');

/**
 * The mention after a cue's `the` at token `i`, `read` being the one read with the article. Of
 * the named readings with and without the article, the one that reaches further into the subject
 * wins (`the chief of the Climate Bureau, Lina Susanti` is read whole only without it, `the
 * Sleman regent, Markus Tefa` only with it; at equal reach the reading with it, which keeps the
 * words before the name as a role), and names and roles lose the article (as `The X
 * said …` and `according to the X` read them). A description alone (`the minister.`, `the Thai
 * army.`) points back as it does before a cue (english-description.ts).
 */
function afterArticle(
  read: Mention | null,
  toks: readonly Token[],
  i: number,
  text: string,
  evidence: ReadonlySet<string>,
): Mention | null {
  const bare = mentionAfter(toks, i + 1, text, evidence);
  const article = text.slice(toks[i]!.start, toks[i + 1]!.start);
  const bareNamed = bare?.kind === 'named' ? { ...bare, text: article + bare.text } : null;
  const readNamed =
    read?.kind === 'named' ? { ...read, refs: read.refs.map(withoutArticle) } : null;
  if (readNamed && (!bareNamed || readNamed.text.length >= bareNamed.text.length)) return readNamed;
  return bareNamed ?? englishDescriptionAfterCue(toks, i, text) ?? read;
}

/** `ref` without a leading article in its name or role. */
function withoutArticle(ref: NamedRef): NamedRef {
  const off = (w: string | null) => (w?.startsWith('the ') ? w.slice(4) : w);
  return { ...ref, name: off(ref.name), role: off(ref.role) };
}

/**
 * `kata Budi Hartono dari Cibening dan Dedi Kurnia`, `Menurut A asal X dan B, …`: the first
 * member's origin stands between the pair, so the run after `dan` is the second member; null when
 * the words after the run `[i, runEnd)` are no such origin and pair of people.
 */
function pairAfterOrigin(
  toks: readonly Token[],
  i: number,
  runEnd: number,
  text: string,
  evidence: ReadonlySet<string>,
): Mention | null {
  if (!featureOn('names.memberOrigin') || !ORIGIN_PREPOSITIONS.has(toks[runEnd]?.lower ?? ''))
    return null;
  if (!isRunToken(toks[runEnd + 1])) return null;
  const originEnd = readRun(toks, runEnd + 1);
  if (!joinsPeople(toks[originEnd]?.text ?? '') || !isRunToken(toks[originEnd + 1])) return null;
  const end2 = readRun(toks, originEnd + 1);
  const a = readName(toks, i, runEnd, text, evidence);
  const b = readName(toks, originEnd + 1, end2, text, evidence);
  if (!a.name || !b.name || a.kind !== 'person' || b.kind !== 'person') return null;
  return { kind: 'named', refs: [a, b], text: text.slice(toks[i]!.start, toks[end2 - 1]!.end) };
}

/** Most words of a region set off after a place (`Sumatera Utara`, `Nusa Tenggara Timur`). */
const REGION_MAX_WORDS = 3;

/** Most words a group description after a cue runs to its demonstrative. */
const GROUP_MAX_WORDS = 6;

/**
 * `tutur ayah dan anak itu`, `ujar pasangan suami istri itu`, `ujar si kembar`: the lowercase
 * words after a cue up to a demonstrative, or `si`/`sang` and a group noun, when they describe a
 * pair or a small band (group-description.ts) — read whole, though `dan` stops other
 * descriptions. Null otherwise.
 */
function groupAfterCue(toks: readonly Token[], i: number, text: string): Mention | null {
  if (!featureOn('discourse.groupDescription')) return null;
  const span = (a: number, b: number) => text.slice(toks[a]!.start, toks[b]!.end);
  const article = DESCRIPTION_ARTICLES.has(toks[i]?.lower ?? '');
  if (article && GROUP_DESCRIPTION_NOUNS.has(toks[i + 1]?.lower ?? ''))
    return { kind: 'title', title: span(i, i + 1), text: span(i, i + 1) };
  for (let j = i + 1; j < toks.length && j - i <= GROUP_MAX_WORDS; j++) {
    const w = toks[j]!;
    if (DEFINITE.has(w.lower)) {
      const title = span(i, j - 1);
      return groupDescription(`${title} ${w.text}`)
        ? { kind: 'title', title, text: span(i, j) }
        : null;
    }
    if (!isLowerWord(w.text)) return null;
  }
  return null;
}

/**
 * True when `w`, one capitalised word inside a description, tells what the person is (a people, a
 * home) rather than naming them: no name lexicon knows it as a person's and the article writes it
 * nowhere else (a name recurs).
 */
function attributeWord(w: string, evidence: ReadonlySet<string>): boolean {
  const ev = evidence as ArticleEvidence;
  return !personEvidence(w, ev) && (ev.timesWritten?.(w.toLowerCase()) ?? 2) <= 1;
}

/**
 * When an age starts at `k` (`berusia 47 tahun`, `23 tahun`) and a demonstrative closes it
 * (names.agedDescriptionClosed), the demonstrative's index; else -1.
 */
function ageClose(toks: readonly Token[], k: number): number {
  if (!featureOn('names.agedDescriptionClosed')) return -1;
  const end = afterAge(toks, AGE_WORD_SET.has(toks[k]?.lower ?? '') ? k + 1 : k);
  return end > k && DEFINITE.has(toks[end]?.lower ?? '') ? end : -1;
}

/**
 * When a comma at `k` sets off a short capitalised run closed by a comma and a demonstrative
 * (`…, Jawa Tengah, itu`, `…, Sumatera Utara, tersebut`), the demonstrative's index; else -1.
 */
function regionClose(toks: readonly Token[], k: number): number {
  if (!featureOn('names.regionInDescription') || toks[k]?.text !== ',') return -1;
  if (!isRunToken(toks[k + 1])) return -1;
  const end = readRun(toks, k + 1);
  if (end - (k + 1) > REGION_MAX_WORDS || toks[end]?.text !== ',') return -1;
  return DEFINITE.has(toks[end + 1]?.lower ?? '') ? end + 1 : -1;
}

/**
 * Splits a capitalised run into role and name (`Presiden China Xi Jinping` → role `Presiden
 * China`, name `Xi Jinping`), or recognises it as an organisation or a bare role.
 */
import { PREPOSITIONS, TIME_PREPOSITIONS } from '../../lexicon/prepositions';
import { MEMBER_NOUNS } from '../../lexicon/pronouns';
import { PERSON_NOUNS } from '../../lexicon/person-nouns';
import { NAMING_NOUNS } from '../../lexicon/cues';
import { initialsNamed } from './called-initials';
import { COMMUNITY_BODY_HEADS } from '../../lexicon/organisation-kinds';
import { AREA_HEAD_SET, SCHOOL_CLINIC_HEADS } from '../../lexicon/facilities';
import { shortFormOrganisation } from './short-form-organisation';
import {
  FAMILIAR_ADDRESS,
  HONORIFIC_SET,
  isDegree,
  isHonorificAt,
  LOWERCASE_TITLE_SET,
  MINANG_GELAR,
  SHORT_GIVEN_NAMES,
} from '../../lexicon/honorifics';
import { featureOn } from '../features';
import {
  GROUP_NOUN_SET,
  ORG_TAKING_SET,
  ORG_HEAD_SET,
  OFFICE_UNIT_SET,
  PLACE_TAKING_SET,
  INSTITUTION_SET,
  PLACE_SET,
  RANK_SET,
  ROLE_HEAD_SET,
  ROLE_OPENER_SET,
  ROLE_WORD_SET,
  EN_ROLE_HEAD_SET,
  SEATED_BODIES,
  SEAT_PREPOSITIONS,
} from '../../lexicon/roles';
import { FIELD_NAMED_BODY_SET } from '../../lexicon/office-heads';
import { isAcronym, isRoleWord, PARTICLES } from './name-run';
import { englishOrganisation, personAfterEnglishOrg } from './english-org';
import { isPortfolioWordAt } from './english-title';
import { branchOffice, seatedOffice } from './seated-office';
import { bodyAndSeat, seatAfterAcronym, seatAfterBracket } from './seat-after-bracket';
import { EN_ORG_HEAD_SET } from '../../lexicon/organisations-en';
import { isRoleWordAt } from './role-word-at';
import { isCommonWordShape, isPossessive, isRomanNumeral } from '../text/word-shape';
import {
  articleClub,
  hardNonName,
  isPlaceWord,
  nameStart,
  placeBeforeLoneName,
  type ArticleEvidence,
  isLoneInitial,
} from './name-model';
import { isGivenNameSpelling } from './name-spelling';
import { EN_COMPASS_WORDS } from '../../lexicon/places';
import { lowerWord } from '../text/kept-per-string';
import { openerSpellsWord, regionalOpenerAt } from './regional-opener';
import { balineseNameAt, isBirthOrderName, opensBalineseName } from '../../lexicon/balinese-names';
import {
  hasClubShape,
  isClubWord,
  isGivenName,
  isInnerName,
  isOrgWord,
} from '../../lexicon/name-words';
import type { Token } from '../text/text';
import { nicknameText, quotedNicknameLength } from '../text/quoted-nickname';
import {
  dropFinalDot,
  hasSpace,
  isAllLower,
  isDigits,
  isSpaceCp,
  runOf,
  isCapLowerWord,
  startsCapLower,
  startsLower,
  startsUpper,
} from '../text/chars';
import { SPACE_RUNS, collapseSpaces } from '../text/string-scans';
import { AMPERSAND, PLAIN_ANDS } from '../../lexicon/conjunctions';

/** Heads of firms and hospitals, whose names are arbitrary words (`PT Maju Jaya`, `RS X`). */
const COMPANY_HEADS = new Set('pt bank perusahaan cv grup rs rsud rsup rumah-sakit'.split(' '));
/** The firm head opening `words`: one word, or `rumah sakit` read as one. */
const firmHead = (words: readonly string[]) =>
  COMPANY_HEADS.has(words.slice(0, 2).join('-').toLowerCase()) ||
  COMPANY_HEADS.has(words[0]!.toLowerCase());

/** A bracketed word of a run (`(FA)`). */
const isBracket = (w: string): boolean => w.startsWith('(');

/** One person or organisation named by a run. */
export interface NamedRef {
  /** Canonical-ready name (no role, honorific or degree), or null when the run is a role only. */
  name: string | null;
  role: string | null;
  kind: 'person' | 'organization';
  /** An alias given in parentheses after the name (`Hendro Wiyono (Hewi)`). */
  alias: string | null;
  /**
   * How the article relates the person to someone else (`suami`, `ayah`, `kakak kandung Ramelan`:
   * cast/kin-before-name.ts): shown as the role when the person holds none, never read as an
   * office, so the discourse model still sees a relative as the person they were introduced by.
   */
  relation?: string | null;
  /**
   * The word by which the relation's owner points back (`nya` of `Istrinya, X`, `his` of `His
   * wife, X`): kin of a person named before, whom the cast finds (cast/kin-owner.ts).
   */
  ownerBack?: string;
  /** Set when the text introduces this name (`kata Andri, warga …`): match it exactly, never fuzzily. */
  exact?: boolean;
  /**
   * Set when a familiar form of address stands right before a one-word name (`Bu Nur`, `Pak Har`):
   * the name may be the short form a known person goes by (cast.addressedShortForm).
   */
  addressed?: boolean;
}

/**
 * Splits a run into role and name. The name starts after the last role word, or at a token the
 * article also uses alone as a speaker (`evidence`), which catches roles our lexicon lacks. The
 * stages, in order: what the whole run is (a people, a common noun, an English organisation), the
 * last role word (lastRoleWord), where the article's evidence puts the name's start
 * (evidenceStart), where the name model puts it (boundaryStart), then the words before it read as
 * a role or an organisation (splitAt).
 */
export function splitRun(
  toks: readonly Token[],
  text: string,
  evidence: ArticleEvidence,
): NamedRef {
  // `seorang sopir berinisial AS`: initials after a naming word are a person's name.
  const initials = initialsNamed(toks, text);
  if (initials) return initials;
  // `Darmo “Kendil” Wiyono`: a quoted nickname inside the name is its alias, not a name word.
  const nickname = quotedNickname(toks);
  if (nickname) {
    const ref = splitRun(nickname.rest, text, evidence);
    return ref.kind === 'person' && ref.name && !ref.alias ? { ...ref, alias: nickname.name } : ref;
  }
  const written = toks.filter(t => t.text !== '.');
  // `Andi Pratama SH MH`: post-nominal degrees close the run; they are neither name nor role.
  const words = written.slice(0, degreesStart(written, text)).map(t => t.text);
  // `Dokter Rina Kartika, Sp.PD, menilai`: a run that is one degree alone names nobody.
  if (!words.length) return { name: null, role: null, kind: 'person', alias: null };
  // `Masyarakat Minang`, `pengungsi Muslim Rohingya`: a people, never a person's name; `Farmers
  // said …`: a lone word the article also writes in lowercase is a common noun.
  if (namesGroup(words, evidence) || commonNoun(words, evidence))
    return { name: null, role: words.join(' '), kind: 'person', alias: null };
  // `Lars Bramantyo of Denmark`: the country after a person's name is where the person is from.
  const of = countryAfterName(words, evidence);
  if (of > 0) return splitRun(written.slice(0, of), text, evidence);
  // `Ministry of Foreign Affairs (MFA)`: an English organisation, named by the whole run.
  const org = englishOrganisation(words);
  if (org) {
    const [from, to] = org;
    // The short form closes the run (`… Affairs (MFA)`) or stands before the complement inside
    // the name (`Forest Agency (FA) of East Kalimantan`, names.englishOrgBracketComplement).
    const short = words[to]?.startsWith('(') ? words[to] : words.slice(from, to).find(isBracket);
    const bracket = short ? short.slice(1, -1) : null;
    const name = asWritten(words.slice(from, to), written, text);
    return { name, role: null, kind: 'organization', alias: bracket };
  }
  // `KBRI Canberra`, `Polsek Cibeunying`: an institution named with its seat is one organisation,
  // written as the text writes it (a bracketed short form inside stays, so the name is in the text).
  if (seatedOffice(words, evidence) || branchOffice(words, evidence)) {
    // A closing bracket is the organisation's short form (`Bawaslu Cibening (Bawaslu)`), an alias.
    const end = words[words.length - 1]!.startsWith('(') ? words.length - 1 : words.length;
    const bracket = words.find(w => w.startsWith('('))?.slice(1, -1) ?? null;
    const name = asWritten(words.slice(0, end), written, text);
    return { name, role: null, kind: 'organization', alias: bracket };
  }
  // `Forum Pemantau Anggaran (Forpa) Jawa Barat`: an organisation introduced by its short form.
  if (shortFormOrganisation(words, evidence)) {
    // The short form is the organisation's alias, not part of its name (as in seatedOffice).
    const b = words.findIndex(w => w.startsWith('('));
    const name = [...words.slice(0, b), ...words.slice(b + 1)].join(' ');
    return { name, role: null, kind: 'organization', alias: words[b]!.slice(1, -1) };
  }
  // `Ketua Himpunan Petani Garam Sari Makmur (HPGSM)`: an organisation spelled out by its acronym
  // closes the run, so no one's name is inside it; the words before it are an office in it.
  if (spelledOrganisation(words) > 0)
    return bodyOwnRun(words) ?? { name: null, role: words.join(' '), kind: 'person', alias: null };
  // `Persikura lewat rilis klub menyebut …`: a club the article writes alone speaks as one.
  if (loneClub(words, evidence))
    return { name: words[0]!, role: null, kind: 'organization', alias: null };
  // `Kelompok Tani Sido Makmur Sumber Rejeki kini …`: a community body's own name, no person.
  const community = communityBody(words, evidence);
  if (community) return community;
  const last = lastRoleWord(words);
  // `manajer tim tamu, Persikura Jonaedi Syafrizal,`: a club, place or organisation word opening the
  // run is still read as the model reads it.
  const appositive =
    last < 0 &&
    setOffName(toks, text) &&
    !seatWord(words[0]!, evidence) &&
    !hasClubShape(words[0]!);
  const whole = boundaryStart(
    words,
    evidenceStart(words, last, evidence, appositive, last < 0 && !afterPreposition(toks, text)),
    evidence,
    titledAfter(toks, text),
  );
  // `Ketua KAN X Hendri Yusman Datuak Rajo Sati`: a Minang customary title after the given name
  // and the words after it close the name; when the reading of the whole run starts the name
  // inside the title (its words may be places: `Datuk`, `Rajo`), the role and the given name are
  // read from the words before the title.
  const g = gelarAt(words, evidence);
  const gelar = g > 0 && whole >= g ? Math.min(whole, startBeforeGelar(words, g, evidence)) : whole;
  // `Bupati Anak Agung Putra Wiraguna`, `Teuku Harun Mirza`: a regional name opener before the
  // name words is the name's first word, not the role's last nor an honorific.
  const start = regionalOpenerStart(words, gelar, evidence);
  // `Ministry of Home Affairs Hendra Wijaya`: an English organisation's complement runs on to the
  // person's given name, past the one word after `of` that lastRoleWord gives the role.
  const ref = splitAt(
    words,
    written,
    Math.max(start, personAfterEnglishOrg(words)),
    text,
    evidence,
  );
  if (institutionWhole(ref, words)) return { ...ref, kind: 'organization' };
  return addressedName(ref, words) ? { ...ref, addressed: true } : ref;
}

/**
 * `SD Inpres Lubai`, `Puskesmas Inpres Cibening`: a reading that takes the whole run, opened by a
 * school's or clinic's head (lexicon/facilities.ts SCHOOL_CLINIC_HEADS), for a person's name names
 * the institution: no person's name opens with `SD` or `Puskesmas` (names.institutionRun). A
 * given name after the head (`RSUD Harapan Rina Kartika`) leaves the reading as it is.
 */
const institutionWhole = (ref: NamedRef, words: readonly string[]): boolean =>
  ref.kind === 'person' &&
  ref.name === words.join(' ') &&
  words.length > 1 &&
  SCHOOL_CLINIC_HEADS.has(words[0]!.toLowerCase()) &&
  !words.slice(1).some(isGivenName) &&
  featureOn('names.institutionRun');

/**
 * True when `words` is one word the article writes alone in a club's shape (`Persikura`, `Persimaju`;
 * names/name-model.ts articleClub) and never opens a person's name with: the club, an
 * organisation, not a person (names.loneClubOrganisation).
 */
function loneClub(words: readonly string[], evidence: ArticleEvidence): boolean {
  if (words.length !== 1 || !featureOn('names.loneClubOrganisation')) return false;
  return articleClub(words[0]!, evidence) && !evidence.opensName?.(words[0]!);
}

/**
 * `Koperasi Petani Kopi Lubai Tunas Jaya kini …`: a run opened by a community body's head
 * (lexicon/organisation-kinds.ts COMMUNITY_BODY_HEADS) with no office, no given name (listed or
 * spelled as one), no word the article uses alone for a speaker and no tail the article writes as a
 * run of its own after it names the body, whose name often ends in wish words (`Sumber Rejeki`,
 * `Tunas Jaya`), not a person after it (names.communityBodyName). Null otherwise.
 */
function communityBody(words: readonly string[], evidence: ArticleEvidence): NamedRef | null {
  if (words.length < 3 || !COMMUNITY_BODY_HEADS.has(words[0]!.toLowerCase())) return null;
  if (!featureOn('names.communityBodyName')) return null;
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    // `Koperasi Petani Kopi X`: a role head right after the body's head names its members.
    if (ROLE_HEAD_SET.has(w.toLowerCase()) && k > 1) return null;
    if (isGivenName(w) || isGivenNameSpelling(w) || evidence.has(w) || evidence.opensName?.(w))
      return null;
    if (HONORIFIC_SET.has(w.toLowerCase())) return null;
  }
  // `Kelompok Tani X Darmaji Kusuma menyebut …` … `ujar Darmaji Kusuma`: a tail the article
  // writes as a run of its own is a person's name after the body.
  for (const n of [2, 3])
    if (words.length - n > 1 && evidence.runAlone?.(words.slice(-n).join(' '))) return null;
  return bodyNamed(words);
}

/**
 * True when `ref` is a person's one-word name and the word before it in the run is a familiar
 * form of address (`Bu Nur`, `Mbah Darmo`).
 */
function addressedName(ref: NamedRef, words: readonly string[]): boolean {
  if (ref.kind !== 'person' || !ref.name || ref.name.includes(' ') || words.length < 2)
    return false;
  const k = words.lastIndexOf(ref.name);
  return k > 0 && FAMILIAR_ADDRESS.has(dropFinalDot(words[k - 1]!).toLowerCase());
}

/**
 * Where the name starts when a regional name opener (`Anak Agung`, `La Ode`, `Andi`, `Teuku`)
 * stands before `start` and only person's name words follow it: at the opener, so the role keeps
 * the words before it and nothing of the name. An opener that spells a common word (`Lalu`,
 * 'then'; `Lalu Lintas`, 'traffic') needs a word after it known as a person's name word. A start
 * at or before the opener stays.
 */
function regionalOpenerStart(
  words: readonly string[],
  start: number,
  evidence: ArticleEvidence,
): number {
  for (let o = 0; o < Math.min(start, words.length - 1); o++) {
    const n = regionalOpenerAt(words, o);
    if (!n) continue;
    const rest = nameCore(words, o + n);
    const named = words
      .slice(o + n)
      .every((w, i) => isBracket(w) || PARTICLES.has(w) || personWordAt(words, o + n + i));
    const next = rest[0] ?? '';
    const spells = openerSpellsWord(words[o]!.toLowerCase());
    if (!rest.length || !named || (spells && !personal(next, evidence) && !opensAName(next)))
      continue;
    return o;
  }
  return start;
}

/** True when `words[k]` may be a person's name word: capitalised, no role, cue or function word. */
const personWordAt = (words: readonly string[], k: number): boolean =>
  startsCapLower(words[k]!) && !isRoleWordAt(words, k) && !hardNonName(words[k]!);

/**
 * True when the run `toks` stands between a comma and a comma or a stop (`…, Jonaedi Syafrizal
 * Tumangger, menilai`, `… adalah pesilat asal X, Sukarmini Rahmi Dalimunthe.`): an apposition that
 * names someone, not the subject of a clause whose first word is capitalised for the sentence.
 */
function setOffName(toks: readonly Token[], text: string): boolean {
  if (!toks.length || !featureOn('names.model.appositionWhole')) return false;
  const before = text.slice(0, toks[0]!.start).trimEnd();
  const after = pastAgeNote(text.slice(toks[toks.length - 1]!.end).trimStart());
  return before.endsWith(',') && (after === '' || after[0] === ',' || after[0] === '.');
}

/**
 * True when the word right before the run `toks` is a preposition (`Di Pagaralam X`, `In Haiti X`,
 * `Selama Ramadhan X`): the run's first word may be the place or the time it governs.
 */
function afterPreposition(toks: readonly Token[], text: string): boolean {
  if (!toks.length) return false;
  const before = text.slice(Math.max(0, toks[0]!.start - PREPOSITION_REACH), toks[0]!.start);
  const word = before.trimEnd().split(SPACE_RUNS).pop()!.toLowerCase();
  return PREPOSITIONS.has(word) || TIME_PREPOSITIONS.has(word);
}

/** How far before a run its preposition is looked for (the longest, `menjelang`, and spaces). */
const PREPOSITION_REACH = 16;

/** Most characters of an age note in brackets after a name (`(56)`, `(17 tahun)`, `(45/L)`). */
const MAX_AGE_NOTE = 12;

/**
 * `…, Yohanes X Y (17), siswa …`: an age in brackets after a set-off name closes it as the
 * comma does, so the text after the note is what follows the name (names.model.appositionAged).
 * `after` with the note stepped over, or as it is.
 */
function pastAgeNote(after: string): string {
  if (after[0] !== '(' || !featureOn('names.model.appositionAged')) return after;
  const close = after.indexOf(')');
  const code = after.charCodeAt(1);
  if (close < 2 || close > MAX_AGE_NOTE || code < 0x30 || code > 0x39) return after;
  return after.slice(close + 1).trimStart();
}

/** A comma, a word (the title, maybe with its dot) and a capitalised word: `, dr. Rina`. */
const TITLED_AFTER = /^\s*,\s*(\p{L}+)\.?\s+\p{Lu}/u;
/** How many characters after a run TITLED_AFTER reads: a title and the name's first letter. */
const TITLED_AFTER_REACH = 24;

/**
 * True when a titled name is set off right after the run `toks` (`RSUD dr. X Garut, dr. Rina …`):
 * that person is the one the run's words describe, so a titled name inside the run is no one's.
 */
function titledAfter(toks: readonly Token[], text: string): boolean {
  if (!toks.length || !featureOn('names.model.namesakeAfterHead')) return false;
  const end = toks[toks.length - 1]!.end;
  const after = TITLED_AFTER.exec(text.slice(end, end + TITLED_AFTER_REACH));
  return !!after && HONORIFIC_SET.has(after[1]!.toLowerCase());
}

/**
 * `Lars Bramantyo of Denmark`, `Rina Sari of Indonesia`: English writes the country or place an
 * athlete or a delegate comes from after the name with `of`; the place closes the run and is no
 * part of the name. The words before `of` must read as a person's (a word of them a given or
 * inner name, or used alone by the article) and none a role or organisation word (`Governor of
 * Bali`, `Bank of Indonesia`). Returns the index of `of`, or -1 (names.englishPlaceOfPerson).
 */
function countryAfterName(words: readonly string[], evidence: ArticleEvidence): number {
  const of = words.lastIndexOf('of');
  if (of < 1 || of === words.length - 1 || !featureOn('names.englishPlaceOfPerson')) return -1;
  if (!words.slice(of + 1).every(w => isPlaceWord(w) || EN_COMPASS_WORDS.has(lowerWord(w))))
    return -1;
  const before = words.slice(0, of);
  if (before.some((w, k) => isRoleWordAt(before, k) || isOrgWord(w) || isAcronym(w))) return -1;
  return before.some(w => isGivenName(w) || isInnerName(w) || evidence.has(w)) ? of : -1;
}

/** Where the name starts when only the words before a Minang title at `g` are read. */
function startBeforeGelar(words: readonly string[], g: number, evidence: ArticleEvidence): number {
  const head = words.slice(0, g);
  return boundaryStart(head, evidenceStart(head, lastRoleWord(head), evidence), evidence);
}

/** The first quoted nickname inside a run (`“Kendil”`) and the run's tokens without it, or null. */
function quotedNickname(toks: readonly Token[]): { name: string; rest: Token[] } | null {
  for (let j = 1; j < toks.length; j++) {
    const n = quotedNicknameLength(toks, j);
    if (n)
      return { name: nicknameText(toks, j, n), rest: [...toks.slice(0, j), ...toks.slice(j + n)] };
  }
  return null;
}

/** What joins the fields of an organisation's name (`Badan Riset, Inovasi, dan Teknologi`). */
const FIELD_JOINS: ReadonlySet<string> = new Set([',', ...PLAIN_ANDS]);

/** What an acronym skips when it spells an organisation's name: joining words and list commas. */
const ACRONYM_SKIPS: ReadonlySet<string> = new Set([...FIELD_JOINS, 'of', 'for', 'the', AMPERSAND]);

/**
 * True when a comma or `dan` joins fields among tokens `[from, to)`: an organisation's name that,
 * read as a plain run, would split there or lose its first half.
 */
export const joinsFields = (toks: readonly Token[], from: number, to: number): boolean =>
  toks.slice(from, to).some(t => FIELD_JOINS.has(t.lower));

/**
 * `DP3A` → `DPPPA`: Indonesian acronyms write a letter that opens several words in a row once,
 * with the count after it (`Dinas Pemberdayaan Perempuan dan Perlindungan Anak`); a digit after a
 * letter repeats that letter. Other digits stay as written (and so spell nothing).
 */
function expandCounts(acronym: string): string {
  let out = '';
  for (let i = 0; i < acronym.length; i++) {
    const c = acronym[i]!;
    const n = c.charCodeAt(0) - 0x30;
    const prev = out[out.length - 1];
    out +=
      n >= 2 && n <= 9 && prev !== undefined && prev >= 'A' && prev <= 'Z' ? prev.repeat(n - 1) : c;
  }
  return out;
}

/**
 * Where the organisation that `acronym` spells starts, reading words back from index `last` with
 * `wordAt`, or -1: its letters are the initials of those words (each one `isWord`), and the first
 * of them is an organisation head, so a person's initials (`Susilo Bambang Yudhoyono (SBY)`) are
 * not taken for one.
 */
export function acronymStart(
  written: string,
  last: number,
  wordAt: (k: number) => string | undefined,
  isWord: (w: string) => boolean,
): number {
  const acronym = featureOn('names.acronymCounts') ? expandCounts(written) : written;
  let k = last;
  for (let a = acronym.length - 1; a >= 0; a--, k--) {
    while (k >= 0 && ACRONYM_SKIPS.has(wordAt(k)!.toLowerCase())) k--;
    const w = wordAt(k);
    if (w === undefined || !isWord(w) || w[0] !== acronym[a]) return -1;
  }
  return ORG_HEAD_SET.has(wordAt(k + 1)!.toLowerCase()) ? k + 1 : -1;
}

/** Any word can carry an initial inside a run. */
const anyWord = () => true;

/**
 * Where the organisation that a run's closing bracketed acronym spells starts (`Ketua Himpunan
 * Petani Garam Sari Makmur (HPGSM)` → the index of `Himpunan`), or -1.
 */
export function spelledOrganisation(words: readonly string[]): number {
  if (!featureOn('names.model.spelledOrg') || words.length < 3) return -1;
  const bracket = words[words.length - 1]!;
  if (!bracket.startsWith('(') || !bracket.endsWith(')')) return -1;
  const acronym = bracket.slice(1, -1);
  if (!isAcronym(acronym)) return -1;
  return acronymStart(acronym, words.length - 2, k => words[k], anyWord);
}

/** The run's words from `start` that make the name: its brackets (an alias, an age) left out. */
const nameCore = (words: readonly string[], start: number) =>
  words.slice(start).filter(w => !w.startsWith('('));

/** Most words from a Balinese name's opening to a noble's word in it (`I Gusti Ngurah Agung`). */
const BALINESE_NOBLE_REACH = 4;

/**
 * `I Gusti Ngurah Agung Wirya`, `Cokorda Gde Agung Wirya`: a word a few words after a Balinese
 * name's opening that spells a role word (`Agung`, as in `Jaksa Agung`) is a noble's name word,
 * not the end of a role (names.model.balineseNobleWord).
 */
function insideBalineseName(words: readonly string[], k: number): boolean {
  if (k < 2 || !featureOn('names.model.balineseNobleWord')) return false;
  for (let j = k - 2; j >= 0 && k - j <= BALINESE_NOBLE_REACH; j--)
    if (balineseNameAt(words, j)) return true;
  return false;
}

/** The index of the last word of `words` that belongs to the role, or -1. */
function lastRoleWord(words: readonly string[]): number {
  let last = -1;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    // `Minister of Trade X`, `Head of Communications X`: the word after `of` names the portfolio.
    if (w === 'of' && k + 1 < words.length - 1) last = k + 1;
    // `Head of Government Relations`, `Chief Customer Experience`: an English office's
    // portfolio, also its one word after `of` closing the run (`Head of Research`: a bare title).
    if (isPortfolioWordAt(words, k)) {
      last = k;
      continue;
    }
    if (PARTICLES.has(w) || w === 'of' || words[k - 1] === 'of') continue;
    // `Menteri Rahmat Hakim Saputra`: after a given name that opens the name, a role word
    // (`Hakim`, `Imam`) is the next name word, not a role.
    const named =
      k > 1 &&
      last < k - 1 &&
      last >= 0 &&
      (isGivenName(words[k - 1]!) ||
        isInnerName(words[k - 1]!) ||
        afterNameWords(words, last + 1, k));
    if (named && featureOn('names.model.titleGiven') && startsCapLower(w)) continue;
    // `Rizal Hakim mengatakan`: a person's head word (`Hakim`, `Imam`) closing a run that a given
    // name opens is the surname; an institution-taking head (`Wali Kota`) stays a role.
    if (surnameHead(words, k) && featureOn('names.model.titleGiven')) continue;
    // `Lukman Hakim Siregar`: inside the run too, between a given name and more name words.
    if (headInsideName(words, k)) continue;
    if (insideBalineseName(words, k)) continue;
    // `Ustaz Imam Fauzan`: after an honorific, which fills the title's place, a title word
    // that is also a given name (`Imam`, `Haji` is not one) opens the name.
    const honoured = k > 0 && isHonorificAt(words, k - 1) && !isHonorificAt(words, k);
    if (honoured && isGivenName(w) && featureOn('names.model.titleGiven')) continue;
    // `Indonesia's Bagas Pardede`, `Japan’s Kenta`: a possessor is the person's country or team.
    if (isPossessive(w)) {
      last = k;
      continue;
    }
    if (isRoleWordAt(words, k) && !(w.startsWith('(') && k > 0 && !isRoleWord(words[k - 1]!)))
      last = k;
    // `Kedatangan Rudi Hartawan`: a derived common noun before a name is not part of it; nor is
    // the noun presenting it (`Namanya Sukarti`: her name).
    else if (isCommonWordShape(w) || namingNoun(w)) last = k;
  }
  return last;
}

/**
 * Where the name starts after the role ending at `last`, moved by the article's evidence: a word
 * it uses alone as a speaker, an honorific before the name, a short mention inside a long run.
 */
function evidenceStart(
  words: readonly string[],
  last: number,
  evidence: ArticleEvidence,
  appositive = false,
  free = false,
): number {
  let start = last + 1;
  // A word the article uses alone as a speaker is a name even if it doubles as a role word
  // (`Menteri Sosial Arif Hakim Nugroho`, where `hakim` is also "judge").
  const e = words.findIndex((w, idx) => idx > 0 && idx < start && evidence.has(w));
  if (e > 0 && words.slice(e).every(w => startsCapLower(w) || PARTICLES.has(w))) {
    start = e;
    // `Moh Rizal Hakim` … `kata Rizal`: a given name right before that word opens the same name.
    // So does an initial (`R Hartanto Sukmajaya` … `kata Hartanto`), kept as written.
    while (
      start > 0 &&
      (opensAName(words[start - 1]!) || isLoneInitial(words[start - 1]!)) &&
      !isRoleWordAt(words, start - 1)
    )
      start--;
  }
  // `Kepala Dinas X dr Rudi Rizal Hakim`, `Ustazah Siti Mariam`: an honorific stands right before
  // the name it honours, so the name opens after it, and a later short mention by an inner name
  // word (`kata Rizal`) does not cut the name's first word off.
  const honoured = nameAfterHonorific(words, start);
  if (honoured >= 0) return honoured;
  // `Jaksa I Ketut Wiradana`: the Balinese article opens the name (`I` is no numeral
  // before a birth-order or caste word), whatever the office before it takes.
  if (balineseAt(words, start)) return start;
  // Evidence from short mentions anchors the name inside an over-long run.
  if (nameCore(words, start).length <= 2) return start;
  const k = words.findIndex((w, idx) => idx >= start && evidence.has(w));
  const before = last >= 0 ? words[last]! : '';
  // `Peneliti Indef Rudi Hartawan Saputra`: once a known institution, acronym or place has
  // filled the role's slot, the next unknown word starts the name, even when the article
  // calls the person by a later name word (`kata Hartawan`).
  const filled =
    isAcronym(before) ||
    INSTITUTION_SET.has(before.toLowerCase()) ||
    PLACE_SET.has(before.toLowerCase());
  // `Kepala Bulog Rina Anggraeni`, `Bupati Meranti Muhammad Adil`: a head that takes an
  // institution or region is followed by one (often an acronym written as a word), so the
  // first word goes to the role unless the article uses exactly that word alone as a name.
  // An organisation head (`Partai Maju`, `Yayasan Amanat`) is followed by its own name alike.
  const b = before.toLowerCase();
  // `Ketua Asosiasi Pengusaha Mebel Budi`: the members' noun is followed by the trade alike.
  const takes =
    !filled &&
    !commonNounHead(before) &&
    (ORG_TAKING_SET.has(b) || ORG_HEAD_SET.has(b) || namesMembers(words, last));
  if (takes && k !== start && !givenNameOpensRest(words, start, evidence)) {
    // `Ketua Partai Cahaya Bangsa Dimas Prakoso` … `ujar Dimas`: the organisation's own name may
    // run longer than one word; a word the article uses alone that opens the rest of the name (a
    // given name, or any word with more name after it: `kata Prakoso` is a surname), with no
    // given name between it and the head, is where the person starts.
    const longer =
      featureOn('names.model.orgNameRuns') &&
      k > start + 1 &&
      (opensAName(words[k]!) || k < words.length - 1) &&
      !words.slice(start, k).some(opensAName);
    return longer || articleStartInOrg(words, k, start) ? k : start + 1;
  }
  // `Wakil Presiden Terpilih Gibran …` with `kata Gibran`: an unknown word after a head that
  // may stand before a name is placed by the article's own short mention.
  // A known given name opening the rest is where the name starts (`Menteri Rahmat Hakim X`).
  // `pelatih Persikura FC, Jonaedi Syafrizal Tumangger, menilai` … `Syafrizal mengatakan`: a run
  // with no role word, set off by a comma before it and closed by a comma or a stop, names the
  // person whole, however the article shortens the name later (names.model.appositionWhole).
  if (!filled && !takes && k > start && !opensAName(words[start]!) && !appositive) {
    // `Di dalamnya, Bambang Hendra Wiyono (56) memotong …` … `kata Hendra`: a run with no role
    // word and no preposition before it (`free`), whose first word the corpora know mostly inside
    // people's names (`Bambang`: `Susilo Bambang …`), names the person from that word; after a
    // preposition (`Selama Ramadhan X`, `Di Pagaralam X`) it may be the time or the place
    // (names.model.innerNameOpensRun).
    if (
      last < 0 &&
      free &&
      isInnerName(words[start]!) &&
      featureOn('names.model.innerNameOpensRun')
    )
      return start;
    // The article's word is the surname (`kata Macron`): a two-word name, unless every word
    // before it reads as a name word, which a three-word name (`Ratna Dewi Lestari`) keeps.
    const surname = k === words.length - 1;
    if (!surname || words.slice(start, k - 1).some(w => !readsAsNameWord(w, evidence)))
      return surname ? k - 1 : givenBefore(words, k, start);
  }
  // `Ketua DPRD Cibening Andi Wijaya`: an unknown seat after the acronym, then the name. A rank
  // or a title written as an acronym (`AKBP`, `KH`) stands right before the name it belongs to.
  const office =
    last >= 0 && !RANK_SET.has(b) && !ROLE_HEAD_SET.has(b) && !isHonorificAt(words, last);
  if (isAcronym(before) && office) return seatAfterAcronym(words, start, evidence);
  return start;
}

/**
 * `Ketua Yayasan Budi Mulia Tan Kwee Hoa` … `kata Tan`: the word the article uses alone, opening two
 * name words or more after the organisation's words, starts the person's name though a given name
 * stands among the organisation's words (`Budi Mulia`, a foundation named like a person), when the
 * word right before it opens no name: the organisation's name ends there. A given name right
 * before it (`… Budi Santoso Wijaya` … `kata Santoso`) keeps the reading from the given name.
 */
function articleStartInOrg(words: readonly string[], k: number, start: number): boolean {
  if (!featureOn('names.model.articleStartInOrg') || k <= start + 1 || k >= words.length - 1)
    return false;
  const before = words[k - 1]!;
  return !opensAName(before) && !isInnerName(before) && !isRoleWordAt(words, k - 1);
}

/**
 * `Direktur Muhammad Rizal Fahmi Harahap`, `Kepala Dinas Ahmad Rizal Fahmi`: after a head that
 * takes an institution or region, a word the corpora know as a given name, followed by another
 * person's name word and at least one more, opens the person's name: a region or institution
 * written with a given name and then a second person's name word is far rarer than a long name
 * left without the region. A place, organisation or club word keeps its seat (`Bupati Meranti
 * Muhammad Adil`), and so does an institution that may bear a person's name (`Rektor Universitas
 * Ahmad Dahlan X`, `Ketua Yayasan Budi Mulia X`): only an office or a government body counts.
 */
function givenNameOpensRest(
  words: readonly string[],
  start: number,
  evidence: ArticleEvidence,
): boolean {
  if (!featureOn('names.model.givenAfterHead') || start < 1) return false;
  // An office that takes a seat (`Direktur`, `Bupati`), or a body never named after a person,
  // also with its field written after it (`Dinas Kesehatan`, `Kementerian Agama`).
  const head = words[start - 1]!.toLowerCase();
  if (!ORG_TAKING_SET.has(head) && !FIELD_NAMED_BODY_SET.has(head) && !fieldOfBody(words, start))
    return false;
  const rest = nameCore(words, start);
  if (rest.length < 3 || !rest.every(w => startsCapLower(w) || PARTICLES.has(w))) return false;
  const [first, second] = rest as [string, string];
  if (!opensAName(first) || isRoleWordAt(words, start) || seatWord(first, evidence)) return false;
  return (
    (isGivenName(second) || isInnerName(second) || evidence.has(second)) &&
    !seatWord(second, evidence)
  );
}

/** A word the gazetteer, the place list, the article or the corpora give to a seat or body. */
/** Most capitalised field words between a body's head and the name (`Dinas Pemuda dan Olahraga`). */
const MAX_FIELD_WORDS = 3;

/**
 * True when the words right before `start` are a body never named after a person and its field
 * (`Kepala Dinas Kesehatan X`, `Dirjen … Kementerian Kesehatan X`): the field, no institution's own
 * name, closes the role there, so a given name after it opens the person's name as after the body
 * itself (names.model.givenAfterField). Read as the members' noun of an organisation (`Asosiasi
 * Pengusaha X`), the field took a three-word name's given name into the role.
 */
function fieldOfBody(words: readonly string[], start: number): boolean {
  if (!featureOn('names.model.givenAfterField')) return false;
  for (let j = start - 2; j >= 0 && start - 1 - j <= MAX_FIELD_WORDS; j--)
    if (FIELD_NAMED_BODY_SET.has(words[j]!.toLowerCase())) return true;
  return false;
}

const seatWord = (w: string, evidence: ArticleEvidence): boolean =>
  isPlaceWord(w) || !!evidence.places?.has(w) || isOrgWord(w) || isClubWord(w);

/**
 * `Peneliti Center for Maritime Policy (CMP) Abdul Rahman Siregar` … `kata Rahman`: a given
 * name right before the article's short mention (and no role word) opens the same name, so a
 * short mention by an inner name does not cut the first name word off. Returns where the name starts: `k`, or
 * the index of that given name.
 */
function givenBefore(words: readonly string[], k: number, start: number): number {
  // `Pedagang R Hartanto Sukmajaya` … `kata Hartanto`: an initial before it is the name's too.
  if (k - 1 >= start && isLoneInitial(words[k - 1]!)) return k - 1;
  if (!featureOn('names.model.givenBeforeShort') || k - 1 <= start) return k;
  return opensAName(words[k - 1]!) && !isRoleWordAt(words, k - 1) ? k - 1 : k;
}

/**
 * Where the name starts, from the evidence's `start`: after a title form in brackets, where the
 * name model puts the boundary, past honorifics, never on a particle.
 */
function boundaryStart(
  words: readonly string[],
  from: number,
  evidence: ArticleEvidence,
  titledNext = false,
): number {
  // `(Mendes PDT) Yudha Kusnandar`: a title form in brackets closes the role, so the name starts
  // right after it, whatever the corpora know of its first word (`Yudha` names army units too).
  const titled = afterTitleForm(words);
  if (titled > 0 && bodyAndSeat(words, titled, evidence)) return words.length;
  // `I Dewa Gede X`: a Balinese name's article and caste word are not the team or place words
  // the name model would otherwise cut (`Dewa` names a club too).
  if (from >= titled && balineseAt(words, from)) return from;
  let start =
    titled > 0 && from <= titled
      ? honorificAfterSeat(words, seatAfterBracket(words, titled, evidence))
      : Math.max(nameStart(words, from, evidence, titledNext), titled);
  start = balineseArticleBefore(words, placeBeforeLoneName(words, start, evidence));
  while (start < words.length && isHonorificAt(words, start)) start++;
  // A name never starts with `bin`/`binti`/`van`: `Salim bin Hamid` is one name, so a start that
  // lands on a particle takes the given name before it, past every particle (`Pieter van der Berg`).
  while (start > 0 && start < words.length && PARTICLES.has(words[start]!)) start--;
  return particlesBefore(words, start);
}

/**
 * `Kepala Balai Pengelola Irigasi (BPI) Cimanuk Hilir Ir I Gusti Made Sudarsa`: after a title
 * form in brackets the office's seat may run to two words or more, and a written-out honorific
 * (`Ir`, `Dr`, `Prof`, not a one-letter `H`, which may be an initial) or a Balinese name's
 * article (`I Gusti`, `Ni Luh`) further on opens the person's name, so the words up to it are the
 * seat's (names.model.honorificAfterSeat). Returns the index of that word (boundaryStart steps
 * past an honorific), or `start`.
 */
function honorificAfterSeat(words: readonly string[], start: number): number {
  if (!featureOn('names.model.honorificAfterSeat')) return start;
  for (let k = start + 1; k < words.length - 2; k++) {
    const w = words[k]!;
    if (!startsUpper(w) || w.startsWith('(')) return start;
    if (w.replace(/\.$/u, '').length > 1 && isHonorificAt(words, k)) return k;
    // `(BBWS) Cimanuk Hilir I Gusti Made Sudarsa`: a Balinese name's article opens it as well.
    if (balineseAt(words, k)) return k;
  }
  return start;
}

/**
 * `Kepala Dinas X Dr I Gusti Kade Sudarsa` … `tegas Sudarsa`: a start that the article's short
 * mention or the model put inside a Balinese name (after its article and its caste or birth-order
 * words) goes back to the article: `I Gusti Kade` are the name's own words, never the role's
 * (names.model.balineseArticleBack). Returns the article's index, or `start`.
 */
function balineseArticleBefore(words: readonly string[], start: number): number {
  if (!featureOn('names.model.balineseArticleBack') || start >= words.length) return start;
  for (let b = start - 1; b >= Math.max(0, start - 3); b--) {
    if (!balineseAt(words, b)) continue;
    const between = words.slice(b + 1, start);
    const named = between.every(
      (w, i) => startsUpper(w) && !isHonorificAt(words, b + 1 + i) && !isRoleWord(w),
    );
    return named ? b : start;
  }
  return start;
}

/**
 * `Kurator Museum X Arjen van den Brink`: a start right after a surname's particles takes them
 * back, with the given name before them (names.model.particleSurname); `of` stays the role's.
 */
function particlesBefore(words: readonly string[], start: number): number {
  if (!featureOn('names.model.particleSurname') || start >= words.length) return start;
  let s = start;
  while (s > 1 && PARTICLES.has(words[s - 1]!) && words[s - 1] !== 'of') s--;
  return s < start && startsUpper(words[s - 1]!) ? s - 1 : start;
}

/**
 * The run split at `start`: the words before it are the person's role, or the run is an
 * organisation (alone, or the affiliation of the person named after it), or a role with no name.
 */
/**
 * `Lalemba village head`, `Rote Ndao Fisheries Agency head`: an English office written in
 * lowercase after the unit it heads closes the role, so the unit's name before it is the role's
 * too (names/role-prefix.ts reads the span), not words before the role.
 */
function headsNamedUnit(roleWords: readonly string[]): boolean {
  const last = roleWords[roleWords.length - 1] ?? '';
  return (
    featureOn('names.englishUnitRole') &&
    roleWords.length > 1 &&
    EN_ROLE_HEAD_SET.has(last) &&
    startsUpper(roleWords[0]!)
  );
}

/**
 * Where the last two name words of `nameWords` start, with the particles between them
 * (`Pieter van der Berg`); a surname's particles alone only with names.model.particleSurname.
 */
function lastTwoNames(nameWords: readonly string[]): number {
  let k = nameWords.length - 2;
  if (!featureOn('names.model.particleSurname')) return PARTICLES.has(nameWords[k]!) ? k - 1 : k;
  while (k > 0 && PARTICLES.has(nameWords[k]!)) k--;
  return k;
}

/**
 * Where the role before the name at `start` ends: before the honorifics that stand right before
 * the name (`Ketua MUI KH Budi`); one inside an institution's name stays the role's
 * (`Direktur Jenderal Penyelenggaraan Haji dan Umrah Budi`).
 */
function roleEnd(words: readonly string[], start: number): number {
  let end = Math.max(0, start);
  while (end > 0 && isHonorificAt(words, end - 1)) end--;
  return end;
}

/**
 * Where a name starting at `start` may start once a military unit's code is kept whole: its
 * number, the slash and the seat written after it with no space (`Korem 142/Tatag`, `Kodam
 * XIV/Hasanuddin`) are the role's, so a seat no lexicon knows as a place never opens the name
 * (`/Tatag` was a person's). Past the seat the name starts; a run that ends with the seat names
 * nobody. A slash between two names (`Rian/Fajar`, a pair) has no number before it.
 */
function pastUnitSeat(words: readonly string[], start: number): number {
  if (!featureOn('names.model.unitSeatInRole')) return start;
  const slash = words[start] === '/' ? start : words[start - 1] === '/' ? start - 1 : -1;
  if (slash < 1) return start;
  const code = words[slash - 1]!;
  return isDigits(code) || isRomanNumeral(code) ? slash + 2 : start;
}

function splitAt(
  words: readonly string[],
  written: readonly Token[],
  at: number,
  text: string,
  evidence: ArticleEvidence,
): NamedRef {
  let start = pastUnitSeat(words, at);
  let nameWords = nameCore(words, start);
  if (
    nameWords.filter(w => !PARTICLES.has(w)).length > 4 &&
    !longNameOpens(words, start, evidence)
  ) {
    const opening = openingInLongRun(words, start);
    if (opening > start) nameWords = nameCore(words, (start = opening));
    else nameWords = nameWords.slice(lastTwoNames(nameWords));
  }
  const alias =
    words
      .slice(start)
      .find(w => w.startsWith('('))
      ?.slice(1, -1) ?? null;
  const roleWords = words.slice(0, roleEnd(words, start));
  // `Ministry of Trade Budi …`: an English organisation head opens the role as a role word does.
  const roleStart = roleWords.findIndex(
    w =>
      ROLE_WORD_SET.has(w.toLowerCase()) ||
      isAcronym(w) ||
      startsLower(w) ||
      (startsUpper(w) && EN_ORG_HEAD_SET.has(w.toLowerCase())),
  );
  const whole = englishPortfolioBefore(roleWords, roleStart) || headsNamedUnit(roleWords);
  const from = whole ? 0 : roleStart;
  const role = from >= 0 ? roleWords.slice(from).join(' ') : null;
  // `juru bicara Gedung Putih`: after a role, an organisation head opens an institution, not a name.
  if (start > 0 && ORG_HEAD_SET.has(nameWords[0]?.toLowerCase() ?? '')) nameWords = [];
  if (!nameWords.length) return roleOrOrganisation(words);
  // `Asosiasi Pengusaha X`, `Ikatan Dokter X`: a role head right after the organisation head names
  // its members, so it is part of the organisation's name; an office (`Ketua`, `Kepala`) is not.
  const orgRun =
    (ORG_HEAD_SET.has(words[0]!.toLowerCase()) || firmHead(words)) &&
    !words.some((w, k) => ROLE_HEAD_SET.has(w.toLowerCase()) && !namesMembers(words, k));
  if (!orgRun)
    return { name: asWritten(nameWords, written, text), role: role || null, kind: 'person', alias };
  return splitOrgRun(words, written, start, text, evidence, nameWords, roleWords, alias);
}

/**
 * splitAt's words opening with an organisation's head: the organisation, or a person named after
 * it. A function of its own so that the first analysis of an article without such a run compiles
 * only the test (engine README: guards before bodies).
 */
function splitOrgRun(
  words: readonly string[],
  written: readonly Token[],
  start: number,
  text: string,
  evidence: ArticleEvidence,
  nameWords: readonly string[],
  roleWords: readonly string[],
  alias: string | null,
): NamedRef {
  const organisation = (): NamedRef => ({
    name: words.filter(w => !w.startsWith('(')).join(' '),
    role: null,
    kind: 'organization',
    alias,
  });
  if (!personAfterOrg(words, start, nameWords, evidence)) return organisation();
  // `Persatuan Guru Swasta Cibening`: a members' organisation's own words are no person's name;
  // a person named after it opens with a word a name lexicon or the article knows.
  if (namesMembers(words, 1)) {
    const p = words.findIndex((w, idx) => idx >= start && personal(w, evidence));
    if (p < 0) return organisation();
    return {
      name: asWritten(nameCore(words, p), written, text),
      role: words.slice(0, p).join(' '),
      kind: 'person',
      alias,
    };
  }
  return {
    name: asWritten(nameWords, written, text),
    role: roleWords.join(' '),
    kind: 'person',
    alias,
  };
}

/**
 * `Komisi Pemberantasan Korupsi Budi Hartono`, `KPK Budi Hartono`: an organisation named in full
 * (two words or more, or an acronym) and then a person's name is the person's affiliation.
 * Company heads are excluded: a firm's own name is arbitrary capitalised words (`PT Maju Jaya`).
 */
function personAfterOrg(
  words: readonly string[],
  start: number,
  nameWords: readonly string[],
  evidence: ArticleEvidence,
): boolean {
  const orgPart = words.slice(0, start);
  // `RSUD Sinar Kasih dr Rudi Hakim`: a firm's name is arbitrary words, but a lowercase medical
  // title closes it, since no hospital or firm is named with one; a person, not a place, follows.
  const titled =
    start > 0 &&
    isLowercaseTitle(words[start - 1]!) &&
    featureOn('names.model.lowercaseTitleOpens');
  return (
    nameWords.length >= 2 &&
    (!firmHead(words) || titled) &&
    (orgPart.length >= 2 ||
      isAcronym(orgPart[orgPart.length - 1] ?? '') ||
      INSTITUTION_SET.has(orgPart[orgPart.length - 1]?.toLowerCase() ?? '')) &&
    nameWords.every(w => startsUpper(w) || PARTICLES.has(w)) &&
    (titled || !namesPlace(nameWords, evidence))
  );
}

/**
 * `Religious Affairs Minister Hasan …`, `Foreign Minister …`: English writes an office's portfolio
 * before its head, so the capitalised words before an English role head opening the role are the
 * role's too (at most three, none a number, cue or function word), not words to leave out.
 */
function englishPortfolioBefore(roleWords: readonly string[], roleStart: number): boolean {
  if (!featureOn('names.englishPortfolioBefore') || roleStart < 1 || roleStart > 3) return false;
  const head = roleWords[roleStart]!;
  if (!startsUpper(head) || !EN_ROLE_HEAD_SET.has(head.toLowerCase())) return false;
  return roleWords.slice(0, roleStart).every(w => isCapLowerWord(w) && !hardNonName(w));
}

/**
 * `Malaysian Consulate in Perth`: a diplomatic body with the city it sits in (name-run.ts keeps
 * the `in`/`di` in the run) is an organisation whatever word opens it.
 */
function seatedBody(words: readonly string[]): boolean {
  const at = words.findIndex(w => SEATED_BODIES.has(w.toLowerCase()));
  const seat = words.findIndex(w => SEAT_PREPOSITIONS.has(w));
  return at >= 0 && seat > at && featureOn('names.model.seatedBody');
}

/**
 * A run with no name in it: an organisation (`DPP PKSN`, `Kementerian Kesehatan`), or a bare role.
 */
function roleOrOrganisation(words: readonly string[]): NamedRef {
  const first = words[0]!.toLowerCase();
  // `DPP PKSN`, `PBNU`: acronyms alone name an organisation (a role acronym is a head: `KSAD`).
  const isOrg =
    ORG_HEAD_SET.has(first) ||
    (words.length <= 3 && words.every(isAcronym)) ||
    (words.length <= 2 && words.every(w => PLACE_SET.has(w.toLowerCase()))) ||
    seatedBody(words) ||
    // `SMA Tunas Harapan menyatakan …`: a school or hospital by its own name (names.institutionRun).
    (words.length > 1 && SCHOOL_CLINIC_HEADS.has(first) && featureOn('names.institutionRun')) ||
    // `Bulog menyatakan …`: an institution written as a word (places.ts INSTITUTIONS) alone is the
    // organisation speaking as such, as an acronym alone is; with its seat after it seated-office.ts
    // reads it, and before a name it continues a role (`Kepala Bulog X`), which never reaches here.
    (words.length === 1 &&
      INSTITUTION_SET.has(first) &&
      featureOn('names.model.institutionSpeaks'));
  // `Kementerian Kesehatan (Kemenkes)`: the bracketed short form is an alias, not part of the name.
  if (isOrg && !ROLE_HEAD_SET.has(first))
    return {
      name: words.filter(w => !w.startsWith('(')).join(' '),
      role: null,
      kind: 'organization',
      alias: words.find(w => w.startsWith('('))?.slice(1, -1) ?? null,
    };
  return bodyOwnRun(words) ?? { name: null, role: words.join(' '), kind: 'person', alias: null };
}

/**
 * `Komite Etik Universitas X (UX) menyatakan`, `Kanwil Kemenag Jatim menilai`, `Perpustakaan
 * Daerah (Perpusda) menyebut`: a run that opens with a body's head or an office unit and holds no
 * office (`Ketua`, `Kepala`) is that body speaking as such (GUIDELINES), also when an acronym
 * closes it that spells only its last words; read as an office it named nobody
 * (names.bodyOwnRun). Null otherwise.
 */
function bodyOwnRun(words: readonly string[]): NamedRef | null {
  if (!featureOn('names.bodyOwnRun') || words.length < 2) return null;
  const first = words[0]!.toLowerCase();
  if (!ORG_HEAD_SET.has(first) && !OFFICE_UNIT_SET.has(first)) return null;
  // `Ikatan Dokter X`: a role head right after a body's head names its members, no office.
  if (words.some((w, k) => ROLE_HEAD_SET.has(w.toLowerCase()) && !namesMembers(words, k)))
    return null;
  return bodyNamed(words);
}

/**
 * The whole run `words` as a body's name: a closing bracket is the body's short form, an alias;
 * one inside stays, so the name is in the text as written.
 */
function bodyNamed(words: readonly string[]): NamedRef {
  const closing = words[words.length - 1]!;
  const bracket = isBracket(closing) ? closing.slice(1, -1) : null;
  const name = (bracket === null ? words : words.slice(0, -1)).join(' ');
  return { name, role: null, kind: 'organization', alias: bracket };
}

/**
 * Where the name opens after an honorific at or after `start` (`… Cibening dr Rudi Hakim` → the
 * index of `Rudi`), or -1. Words before the honorific must not be a given name, so an initial
 * that spells an honorific inside a name (`Rina H Kartika`) is left alone; two name words must
 * follow, so a title that ends the run (`Pak Budi`, `Ibu Rina`) keeps its own reading.
 */
function nameAfterHonorific(words: readonly string[], start: number): number {
  if (!featureOn('names.model.honorificOpens')) return -1;
  let h = start;
  while (h < words.length && !isHonorificAt(words, h)) h++;
  // `RSUD Sinar Kasih Sentosa dr Rudi Hakim`: a medical title written in lowercase is never an
  // initial inside a name, so the institution's words before it may be given names (`Sentosa`).
  const lowercaseTitle = h < words.length && isLowercaseTitle(words[h]!);
  const before = words.slice(start, h);
  if (!lowercaseTitle || !featureOn('names.model.lowercaseTitleOpens'))
    if (before.some(w => isGivenName(w) || !startsUpper(w))) return -1;
  while (h < words.length && isHonorificAt(words, h)) h++;
  const rest = words.slice(h).filter(w => !w.startsWith('('));
  const named = rest.length >= 2 && rest.every(w => startsCapLower(w) || PARTICLES.has(w));
  return h > start && named ? h : -1;
}

/**
 * True when `words[k]` is a role head naming an organisation's members, right after its head
 * (`Asosiasi Pengusaha`, `Persatuan Guru`), not an office that takes an institution (`Ketua`).
 */
function namesMembers(words: readonly string[], k: number): boolean {
  if (k < 1 || !ORG_HEAD_SET.has(words[k - 1]!.toLowerCase())) return false;
  // `TNI (Purn)`: a retired rank's note after the force, no members' noun.
  if (rankNote(words[k]!)) return false;
  const lw = words[k]!.toLowerCase();
  // `Koalisi Warga X`, `Forum Nelayan X`: a member noun names members even where it also takes a
  // place (`warga Cibening`).
  if (MEMBER_NOUNS.has(lw) && featureOn('names.model.memberNounOrgs')) return true;
  return featureOn('names.model.memberOrgs') && !ORG_TAKING_SET.has(lw);
}

/**
 * `jaksa penuntut umum Yohanes Bima`, `majelis hakim Robert Sinaga`: a head written in lowercase is
 * a common noun, not the opening of an institution's proper name (`Ketua Umum Partai X`,
 * `Asosiasi Pengusaha X` are capitalised), so it leaves no slot for an institution's word and the
 * capitalised run after it is the person's. Heads naming where someone lives take a place, written
 * either way (`warga Cibening`).
 */
function commonNounHead(w: string): boolean {
  return featureOn('names.model.lowercaseHead') && isAllLower(w) && !PLACE_TAKING_SET.has(w);
}

/**
 * True for a person's head word written as a name word is (`Hakim`, `Imam`): a role head that
 * takes no institution, capitalised then lowercase. surnameHead and headInsideName both ask it.
 */
function nameLikeHead(w: string): boolean {
  const lw = w.toLowerCase();
  return ROLE_HEAD_SET.has(lw) && !ORG_TAKING_SET.has(lw) && startsCapLower(w);
}

/**
 * True for a word written as a name word (`Rizal`), no role word: the given name before a head
 * that is a surname, and the last name word that degrees follow (postNominalStart).
 */
const plainNameWord = (w: string): boolean => startsCapLower(w) && !isRoleWord(w);

/**
 * True when `words[k]` is a person's head word closing a run a given name opens (`Rizal Hakim`).
 */
function surnameHead(words: readonly string[], k: number): boolean {
  if (k !== words.length - 1 || k < 1 || !nameLikeHead(words[k]!)) return false;
  if (!words.slice(0, k).every(plainNameWord)) return false;
  return opensAName(words[0]!) || unknownOpening(words, k);
}

/**
 * True when `words[k]` is a person's head word (`Hakim`, `Imam`) between a given name that opens
 * the run (after its honorifics) and more name words after it (`Rudi Imam Santoso`): Indonesian writes a title before the
 * name, never after a given name and before a surname, so it is a name word there.
 */
function headInsideName(words: readonly string[], k: number): boolean {
  if (!featureOn('names.model.headInsideName') || k < 1 || k >= words.length - 1) return false;
  if (!nameLikeHead(words[k]!)) return false;
  // `H. Lukman Hakim Siregar`: honorifics before the given name are no name words.
  let first = 0;
  while (first < k && isHonorificAt(words, first)) first++;
  return (
    first < k &&
    opensAName(words[first]!) &&
    words.slice(first, k).every(plainNameWord) &&
    words.slice(k + 1).every(plainNameWord)
  );
}

/**
 * `Zulfahmi Hakim menilai`: Indonesian writes a title before the name, so an Indonesian head
 * (`Hakim`, `Imam`) closing a run after words no lexicon knows as a place, an organisation or a
 * role is a surname too, though the corpora never saw the given name. English writes its office
 * after the portfolio (`Agriculture Minister`), so its heads stay roles.
 */
function unknownOpening(words: readonly string[], k: number): boolean {
  if (!featureOn('names.model.unknownGivenSurnameHead')) return false;
  if (EN_ROLE_HEAD_SET.has(words[k]!.toLowerCase())) return false;
  return words
    .slice(0, k)
    .every(w => !isAcronym(w) && !isPlaceWord(w) && !isOrgWord(w) && !isClubWord(w));
}

/** A word a name lexicon or the article knows as a person's (`Budi`, `Santoso`). */
const personal = (w: string, evidence: ArticleEvidence): boolean =>
  isGivenName(w) || isInnerName(w) || evidence.has(w);

/** `dr`, `drg.`: a medical title as Indonesian writes it before a name, in lowercase. */
const isLowercaseTitle = (w: string): boolean =>
  startsLower(w) && LOWERCASE_TITLE_SET.has(dropFinalDot(w));

/** True when `words[k]` is the article opening a Balinese name (`I Gusti …`, `Ni Made …`). */
const balineseAt = (words: readonly string[], k: number): boolean =>
  featureOn('names.model.balinese') &&
  k < words.length &&
  (featureOn('names.model.balineseNobleWord')
    ? balineseNameAt(words, k)
    : opensBalineseName(words[k - 1], words[k]!, words[k + 1]));

/**
 * `Wakil Dekan Urusan Kemahasiswaan Unsat Andi Nurul Ayu Pallawa`: in a run too long for one name, the
 * first word after `start` that opens a name (a known given name, a regional opener such as
 * `Andi` or `La Ode`, a Balinese article) with at most four name words from it (or more, as
 * longNameOpens allows), none an honorific
 * or a role word, is where the person starts; the words before it are the office's unit and
 * institution. Keeping only the last two words (`Ayu Pallawa`) cut a four-word name in half
 * (names.model.openerInLongRun). Returns that word's index, or -1.
 */
function openingInLongRun(words: readonly string[], start: number): number {
  if (!featureOn('names.model.openerInLongRun')) return -1;
  for (let j = start + 1; j < words.length - 1; j++) {
    const rest = nameCore(words, j);
    const opens = opensAName(words[j]!) || regionalOpenerAt(words, j) > 0 || balineseAt(words, j);
    if (!opens) continue;
    // A name opened by a given name or an opener may run past four words (longNameOpens).
    if (rest.filter(w => !PARTICLES.has(w)).length > 4 && !longNameOpens(words, j)) continue;
    const clean = words
      .slice(j)
      .every((w, i) => w.startsWith('(') || (!isHonorificAt(words, j + i) && !isRoleWord(w)));
    return clean && rest.every(w => startsUpper(w) || PARTICLES.has(w)) ? j : -1;
  }
  return -1;
}

/**
 * True when the name starting at `words[start]` may run past four words: it opens with a Balinese
 * article (`I Gusti Ngurah Putu Arsana`, `Ni Luh Putu …`) or a known given name (`Andi Muhammad
 * Rizal Daeng Pawero`), so its start is a name's own and every word after it is the person's. An
 * over-long run with no such opening keeps its last two words (a role or place read into it).
 */
function longNameOpens(
  words: readonly string[],
  start: number,
  evidence?: ArticleEvidence,
): boolean {
  if (gelarAt(words, evidence) > start) return true;
  if (!featureOn('names.model.longNames')) return false;
  if (
    !balineseAt(words, start) &&
    !opensAName(words[start] ?? '') &&
    !regionalOpenerAt(words, start)
  )
    return false;
  // `Pesantren Nurul Huda Ustaz Farid Mahmud`: an honorific or a role word inside the words
  // marks a place or an office read into them, so they are no one name.
  // A regional opener (`Teuku`, `Cut`) is the name's own word, though the honorifics hold it.
  const from = start + regionalOpenerAt(words, start);
  return words.every(
    (w, k) =>
      k < from || (!isHonorificAt(words, k) && (!isRoleWord(w) || insideBalineseName(words, k))),
  );
}

/**
 * `Hendri Yusman Datuak Rajo Sati`, `Syafri Sutan Pangeran`: where a Minang customary title
 * (gelar, MINANG_GELAR) opens inside a run after a person's name word, followed by one to three
 * capitalised words that close the run; -1 when there is none. The title is part of the name as
 * written, never an honorific opening it nor a place (`Datuk` is both elsewhere). The word before
 * it must be a name word, not a place or role (`Perdana Menteri Malaysia Datuk Seri X` is the
 * Malay honorific), and the Malay `Datuk Seri` pair is left to the honorifics.
 */
function gelarAt(words: readonly string[], evidence?: ArticleEvidence): number {
  if (!featureOn('names.model.minangGelar')) return -1;
  for (let g = 1; g < words.length - 1; g++) {
    if (!MINANG_GELAR.has(dropFinalDot(words[g]!.toLowerCase()))) continue;
    const before = words[g - 1]!;
    const rest = words.slice(g + 1);
    if (rest.length > 3 || !rest.every(startsCapLower)) return -1;
    if (isHonorificAt(words, g + 1) || !startsCapLower(before) || isRoleWordAt(words, g - 1))
      return -1;
    // `Menteri X Sarawak Datuk Rosli …`: the Malay spellings also open a Malaysian honorific
    // before a name, so they need a person's name word before them; `Datuak` is Minang alone.
    const minangOnly = words[g]!.toLowerCase() === 'datuak';
    // `Syafnir Datuk Sinaro Panjang` … `ujar Syafnir`: a given name no lexicon knows is one the
    // article itself uses alone for a speaker (names.model.gelarAfterArticleName).
    const articleName = featureOn('names.model.gelarAfterArticleName') && !!evidence?.has(before);
    if (!minangOnly && !articleName && !isGivenName(before) && !isInnerName(before)) return -1;
    return isPlaceWord(before) || isOrgWord(before) ? -1 : g;
  }
  return -1;
}

/**
 * `Menteri Arief Rachmat Hakim`: the words from `from` to `k` are name words, one of them a word
 * the name lists know (`Arief`), though the one right before the head word at `k` is a spelling
 * no list knows; so the head is the next name word too (names.model.headAfterNameWords).
 */
function afterNameWords(words: readonly string[], from: number, k: number): boolean {
  if (!featureOn('names.model.headAfterNameWords')) return false;
  // `Kepala Desa Sri Mulyo Imam Santoso`: after an area head the words are its place's name.
  if (AREA_HEAD_SET.has(words[from - 1]?.toLowerCase() ?? '')) return false;
  const between = words.slice(from, k);
  return (
    between.every(plainNameWord) &&
    between.some(w => isGivenName(w) || isInnerName(w) || opensAName(w))
  );
}

/** Given names written short (`Moh`, `Abd`), lowercase. */
const SHORT_GIVEN: ReadonlySet<string> = new Set(SHORT_GIVEN_NAMES);

/** A word that opens a person's name: a known given name, or one written short (`Moh Rizal`). */
const opensAName = (w: string): boolean =>
  isGivenNameSpelling(w) ||
  SHORT_GIVEN.has(dropFinalDot(w.toLowerCase())) ||
  (isBirthOrderName(w) && featureOn('names.model.balinese'));

/**
 * True when `w`, inside a capitalised run, reads as a person's name word: capitalised then lowercase,
 * no role or common-noun shape, and never written in lowercase by the article (`Terpilih` is,
 * as `terpilih`).
 */
function readsAsNameWord(w: string, evidence: ArticleEvidence): boolean {
  if (!isCapLowerWord(w) || isRoleWord(w) || isCommonWordShape(w)) return false;
  return !evidence.writesLowercase?.(w.toLowerCase());
}

/**
 * `Polda Metro Jaya`, `Pemkab Kutai Barat`: words after an organisation head that hold a place
 * word and no word a name lexicon or the article knows as a person's name the organisation's
 * seat, not a person.
 */
function namesPlace(nameWords: readonly string[], evidence: ArticleEvidence): boolean {
  const personal = (w: string) => isGivenName(w) || isInnerName(w) || evidence.has(w);
  return nameWords.some(isPlaceWord) && !nameWords.some(personal);
}

/**
 * `Farmers said …`, `Warga …`: a run of one word that opens a sentence, no name lexicon knows and
 * the article also writes in lowercase (`… hurt farmers`) is a common noun, not a person's name.
 * Organisation heads, acronyms and places keep their own readings.
 */
function commonNoun(words: readonly string[], evidence: ArticleEvidence): boolean {
  if (words.length !== 1 || !featureOn('names.model.commonNoun')) return false;
  const w = words[0]!;
  const lw = w.toLowerCase();
  if (!isCapLowerWord(w) || isGivenName(w) || isInnerName(w)) return false;
  if (ORG_HEAD_SET.has(lw) || PLACE_SET.has(lw) || INSTITUTION_SET.has(lw)) return false;
  // `penata tari Indah K …` … `gerakan mereka indah` … `kata Indah`: the article opens a
  // person's full name with the word, so alone it is that given name (names.model.givenHere).
  if (featureOn('names.model.givenHere') && evidence.opensName?.(w)) return false;
  return !!evidence.writesLowercase?.(lw);
}

/**
 * `Masyarakat Minang`, `Suku Baduy`, `pengungsi Muslim Rohingya`, `warga Dayak Kenyah`: one or two
 * capitalised words that neither a name lexicon nor the article knows as a person's, right after
 * a group noun, name a people (an ethnicity, a faith, a place), not a person. A person's name
 * after a place keeps the run a person's (`warga Sleman Budi Santoso`, `warga Homs Abu Karim`).
 */
function namesGroup(words: readonly string[], evidence: ArticleEvidence): boolean {
  if (!featureOn('names.model.groups')) return false;
  const personal = (w: string) => isGivenName(w) || isInnerName(w) || evidence.has(w);
  let k = words.length;
  while (
    k > 0 &&
    words.length - k < 2 &&
    startsCapLower(words[k - 1]!) &&
    !GROUP_NOUN_SET.has(words[k - 1]!.toLowerCase()) &&
    !personal(words[k - 1]!)
  )
    k--;
  if (k === words.length || k === 0 || !GROUP_NOUN_SET.has(words[k - 1]!.toLowerCase()))
    return false;
  // `tokoh masyarakat Baduy X`, `Ketua Komunitas X`: a head before the group noun names one of
  // its members; only determiners (`seorang`, `para`) and other group nouns may come first, or
  // a person noun (`pria keturunan Tionghoa`: a man of that people, names.model.personOfGroup).
  const lead = (w: string, j: number) =>
    GROUP_NOUN_SET.has(w.toLowerCase()) ||
    DETERMINERS.has(w.toLowerCase()) ||
    (j === 0 && PERSON_NOUNS.has(w.toLowerCase()) && featureOn('names.model.personOfGroup'));
  return words.slice(0, k).every(lead);
}

/** Words that count or pick out members of a group (`seorang pengungsi`, `para warga`). */
const DETERMINERS: ReadonlySet<string> = new Set(
  'seorang salah satu para sejumlah beberapa banyak ribuan ratusan puluhan a an one some many'.split(
    ' ',
  ),
);

/**
 * `Kepala Biro Humas Koperasi Tani Makmur, Rudi Hartawan mengatakan`: a run that opens with a role
 * head and holds no word a name lexicon or the article knows as a person's is a role written
 * before the name it describes, however unknown the institution's own words (`Tani Makmur`).
 * Returns the role as written, or null. The caller checks the run opens its sentence, so `Selain
 * Ketua X, Rudi …` gives Rudi no role.
 */
export function roleBeforeName(
  toks: readonly Token[],
  text: string,
  evidence: ArticleEvidence,
): string | null {
  if (!featureOn('names.model.roleBeforeComma') || !toks.length) return null;
  if (!ROLE_OPENER_SET.has(toks[0]!.lower)) return null;
  const ref = splitRun(toks, text, evidence);
  const personal = (w: string) => isGivenName(w) || isInnerName(w) || evidence.has(w);
  if (ref.kind !== 'person' || ref.name?.split(SPACE_RUNS).some(personal)) return null;
  return text.slice(toks[0]!.start, toks[toks.length - 1]!.end);
}

/**
 * Where the post-nominal degrees closing a run start, reading each degree as the text writes it,
 * dots inside (`Dedi Saputra M.Si`, `Andi Wijaya Sp.PD`, `S.Pd.I`): the tokenizer splits a dotted
 * degree at its dots, so the words alone (`M`, `Si`) are no degree. `written` holds the run's
 * tokens without the dots. 0 when the whole run is degrees (`Sp.PD` set off by commas).
 */
function degreesStart(written: readonly Token[], text: string): number {
  const plain = postNominalStart(written.map(t => t.text));
  if (plain < written.length || !featureOn('names.dottedDegreeInRun')) return plain;
  let k = written.length;
  for (let n = dottedDegreeAt(written, k, text); n > 0; n = dottedDegreeAt(written, k, text))
    k -= n;
  if (k === 0) return 0;
  return k < written.length && plainNameWord(written[k - 1]!.text) ? k : written.length;
}

/**
 * How many tokens before `k` spell one degree written with dots and no space inside (`M.Si` is
 * `M`, `Si`), or 0. At most four tokens (`S.I.Kom`).
 */
function dottedDegreeAt(written: readonly Token[], k: number, text: string): number {
  for (let n = 2; n <= 4 && k - n >= 0; n++) {
    const span = text.slice(written[k - n]!.start, written[k - 1]!.end);
    if (hasSpace(span)) return 0;
    if (isDegree(span)) return n;
  }
  return 0;
}

/**
 * Where trailing post-nominal degrees start in a run's words (`Rina Kartika SH MH` → 2), or the
 * words' length when there are none. Degrees follow a name word, so a run of capitals alone stays.
 */
export function postNominalStart(words: readonly string[]): number {
  let k = words.length;
  if (!featureOn('names.degreeSuffix')) return k;
  while (k > 1 && isDegree(words[k - 1]!)) k--;
  return k > 0 && (plainNameWord(words[k - 1]!) || headSurnameAt(words, k - 1)) ? k : words.length;
}

/**
 * `Yusril Hakim SH MH`: a person's head word (`Hakim`, `Imam`) right after a name word closes a
 * name as its surname, so degrees may follow it; an office before a degree-like acronym (`Ketua
 * MA`, the Supreme Court) has no name word before it and keeps the acronym.
 */
function headSurnameAt(words: readonly string[], k: number): boolean {
  if (k < 1 || !nameLikeHead(words[k]!) || !featureOn('names.degreeAfterHeadSurname')) return false;
  const before = words[k - 1]!;
  return plainNameWord(before) && (isGivenName(before) || isInnerName(before));
}

/** `[\s.]`: white space or a dot (a gap in a name as written: `M. Nur`). */
const isSpaceOrDot = (cp: number): boolean => cp === 0x2e || isSpaceCp(cp);

/**
 * The name as the text writes it (`M. Yusuf`, not `M Yusuf`), so every name is a substring of the
 * text: the span from its first to its last word when they are adjacent tokens, else the words.
 */
function asWritten(nameWords: readonly string[], written: readonly Token[], text: string): string {
  const n = nameWords.length;
  for (let i = 0; i + n <= written.length; i++) {
    if (!nameWords.every((w, j) => written[i + j]!.text === w)) continue;
    const span = text.slice(written[i]!.start, written[i + n - 1]!.end);
    // Words the run's reading left out between them (a quoted nickname) are not the name's.
    const gapless = written
      .slice(i + 1, i + n)
      .every((t, k) => runOf(text.slice(written[i + k]!.end, t.start), isSpaceOrDot) >= 0);
    return gapless && !span.includes('\n') && span.length < 3 * nameWords.join(' ').length
      ? collapseSpaces(span)
      : nameWords.join(' ');
  }
  return nameWords.join(' ');
}

/**
 * `Direktur Jenderal Pajak (Dirjen Pajak) Suryo Hartanto`: a bracketed short form followed by more
 * capitalised words is the title form of the role before it, so the name starts after it (the
 * bracket stays in the role, where `kata Dirjen Pajak` later finds it). 0 when there is none;
 * a bracket that ends the run (`Hendro Wiyono (Hewi)`) is the name's alias.
 */
function afterTitleForm(words: readonly string[]): number {
  let close = -1;
  for (let k = 0; k < words.length - 1; k++) if (words[k]!.endsWith(')')) close = k;
  if (close < 1) return 0;
  const rest = words.slice(close + 1);
  return rest.every(w => startsUpper(w) || PARTICLES.has(w)) ? close + 1 : 0;
}

/**
 * `Laksdya TNI (Purn) X`: a bracket holding a rank word says the rank is retired; it names no
 * members of the force before it, so the name after it is read as after any rank
 * (names.rankInBrackets).
 */
function rankNote(word: string): boolean {
  if (!featureOn('names.rankInBrackets') || !word.startsWith('(')) return false;
  return RANK_SET.has(word.slice(1, -1).toLowerCase());
}

/** `Namanya`, `Panggilannya`: a noun presenting the name after it (lexicon/cues.ts NAMING_NOUNS). */
const namingNoun = (w: string): boolean =>
  featureOn('names.possessedNounOpens') && NAMING_NOUNS.has(w.toLowerCase());

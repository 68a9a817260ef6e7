/**
 * The name model: where a person's name starts inside a capitalised run, decided from evidence
 * about each word rather than from one more special case. name-split.ts first places the start
 * after the last role word; this model then moves it right past words that cannot open a
 * person's name, and keeps it where the evidence says a name is.
 *
 * Evidence per word, strongest first:
 * - the article itself: a word it uses alone next to a cue (`kata Rina`) is a name and is never
 *   cut; a word it uses alone after `di`/`ke`/`dari`/`warga` (`di Cibinong`) is a place;
 * - shape: a number (`2020`, `U-23`), a cue or passive cue (`Dikatakan`), a function word that
 *   opens a sentence (`Namun`, `When`, `However`) can never open a name;
 * - word knowledge from real data (core/lexicon/generated, `npm run lexicon`): places from the
 *   national gazetteer, organisation and team words and given names from the NER corpora;
 * - position: a place, organisation or team word (and the run before it) only leaves the name
 *   when two name words still follow it, so a given name that is also a district (`Sakti
 *   Wibowo`) is kept; one name word is enough when the article itself uses the word as a place.
 */
import { featureOn } from '../features';
import { PASSIVE_CUES, POST_CUES, PRE_CUES } from '../../lexicon/cues';
import {
  AREA_HEAD_SET,
  NAMESAKE_HEAD_SET,
  NAMING_HEAD_SET,
  VENUE_HEAD_SET,
} from '../../lexicon/facilities';
import { DEGREE_HOLDER_TITLES, HONORIFIC_SET, isHonorificAt } from '../../lexicon/honorifics';
import {
  hasClubShape,
  isAreaPhrase,
  isClubWord,
  isGazetteerPlace,
  isGivenName,
  isInnerName,
  isOrgWord,
} from '../../lexicon/name-words';
import {
  GROUP_NOUN_SET,
  ORG_TAKING_SET,
  PLACE_SET,
  RANK_SET,
  ROLE_HEAD_SET,
  ROLE_WORD_SET,
  SEATED_BODIES,
  SEAT_PREPOSITIONS,
} from '../../lexicon/roles';
import { COMPASS_WORDS } from '../../lexicon/places';
import { COMPANY_TYPE_WORDS } from '../../lexicon/company-types';
import { hasNumber, isAllLower, startsLower, startsUpper } from '../text/chars';
import { isArticleName } from './name-run';
import { isDiKanShape } from '../text/affix-shapes';
import { keptPerString, lowerWord, WORDS_KEPT } from '../text/kept-per-string';
import { OPENING_PREPOSITIONS } from '../../lexicon/prepositions';
import { EMPHATIC_PRESENTERS, KIN_NOUNS, SEEN_PRESENTERS } from '../../lexicon/pronouns';
import { LEGAL_DOCUMENT_WORDS } from '../../lexicon/terms';
import { isBrandWord } from './brand-word';
import { isGivenNameSpelling } from './name-spelling';

/** Evidence the article gives about its own words (prepass.ts collects it once per article). */
export interface ArticleEvidence extends ReadonlySet<string> {
  /** Words used alone as a place (`di Cibinong`, `warga Sorong`). */
  readonly places?: ReadonlySet<string>;
  /** True when the article writes the lowercase word `lw` in lowercase somewhere (a common word). */
  readonly writesLowercase?: (lw: string) => boolean;
  /**
   * True when the article writes `phrase` (words joined by a space) as a whole capitalised run
   * somewhere, with nothing capitalised around it (`Kelompok Tani Sri Rejeki berdiri …`).
   */
  readonly runAlone?: (phrase: string) => boolean;
  /**
   * True when the article writes `phrase` (two words or more) as the end of a capitalised run
   * somewhere (`Lambang Rai` in `Pelabuhan Cokorda Lambang Rai`).
   */
  readonly endsRun?: (phrase: string) => boolean;
  /**
   * True when a person's name of two words or more read so far in the article opens with `w`
   * (`Ustaz Imam Fauzan` … `kata Imam`): the article uses the word as a given name.
   */
  readonly opensName?: (w: string) => boolean;
  /** Where the article first writes the word `lw` (lowercase), in any case; -1 when never. */
  readonly firstWritten?: (lw: string) => number;
  /** How many times the article writes the word `lw` (lowercase), in any case. */
  readonly timesWritten?: (lw: string) => number;
}

/**
 * Capitalised words that open sentences or clauses and never a name, in Indonesian and in the
 * English of en.republika.co.id. Lowercase.
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'namun tetapi sementara selain sedangkan adapun bahkan meski meskipun walaupun kemudian lalu ' +
    'setelah sebelum saat ketika jika kalau karena agar supaya maka oleh dari di ke pada untuk ' +
    'dengan bagi dalam atas hingga sejak selama usai seusai kini dan atau yang ini itu tersebut ' +
    'when however while after before but if although though since because meanwhile yet so for ' +
    'with from by of to there these those his her their our its what who which where why how also ' +
    'then now later earlier today yesterday during despite under over about between among until ' +
    'unless whether not no all some many most several both each every as and or the a an in on at ' +
    'this that he she they we it speaking asked adding'
  ).split(' '),
);

/**
 * Indonesian cue words, which open a sentence (`Dikatakan X, …`, `Kata X`) but never a name.
 * English cues are left out: `Said` is also a given name.
 */
const CUE_WORDS: ReadonlySet<string> = new Set([...POST_CUES, ...PRE_CUES, ...PASSIVE_CUES]);

/** Heads of a company's name (`PT X Y`, `CV X`), which may run to several words before a person. */
const COMPANY_HEADS: ReadonlySet<string> = new Set(['pt', 'cv']);

/**
 * Why `w` can never open a person's name, whatever surrounds it; null when it may. Kept per word:
 * the run readers ask it of every capitalised token, several times each. A preposition opening a
 * sentence (`Bersama Rina, …`) is asked apart, so an evaluation run can switch it off.
 */
export function hardNonName(w: string): 'number' | 'cue' | 'function' | null {
  const why = whyNoNameKept(w);
  if (why) return why;
  const lw = lowerWord(w);
  if (featureOn('names.openingPreposition') && OPENING_PREPOSITIONS.has(lw)) return 'function';
  // `Undang-Undang Nomor 32 …`: a law's title is no one's name (names.legalDocumentWords).
  if (LEGAL_DOCUMENT_WORDS.has(lw) && featureOn('names.legalDocumentWords')) return 'function';
  // `Tampak X, kuasa hukum terdakwa, berbincang …`: the verb of being seen opens the clause.
  if (SEEN_PRESENTERS.has(lw) && featureOn('discourse.seenPresented')) return 'function';
  // `Dialah Sunarti, 41 tahun, …`: the emphatic pronoun presents the name after it.
  if (EMPHATIC_PRESENTERS.has(lw) && featureOn('names.emphaticPresenter')) return 'function';
  return possessedRelation(lw) ? 'function' : null;
}

/**
 * `Adiknya, …`, `Rekannya, …`: a kin or relation noun owned by `-nya` points to someone through
 * another person, as a pronoun does; capitalised to open a sentence, it is still no one's name.
 */
function possessedRelation(lw: string): boolean {
  return (
    lw.endsWith('nya') && KIN_NOUNS.has(lw.slice(0, -3)) && featureOn('names.possessedRelation')
  );
}

const whyNoNameKept = keptPerString(whyNoName, WORDS_KEPT);

function whyNoName(w: string): 'number' | 'cue' | 'function' | null {
  if (hasNumber(w)) return 'number';
  const lw = w.toLowerCase();
  if (FUNCTION_WORDS.has(lw)) return 'function';
  if (CUE_WORDS.has(lw)) return 'cue';
  // `Dikatakan`, `Ditambahkan`: a passive verb with `-kan`; given names do not take this shape.
  if (isAllLower(lw) && isDiKanShape(lw)) return 'cue';
  return null;
}

/** True for one capital letter (`A`, `O`): an initial's shape, whatever word it also spells. */
export const isOneCapital = (w: string): boolean => w.length === 1 && w !== w.toLowerCase();

/**
 * One capital letter, an initial of the name after it, even one spelling a function word (`A`)
 * (names.initialsKept).
 */
export const isLoneInitial = (w: string): boolean =>
  isOneCapital(w) && featureOn('names.initialsKept');

/**
 * True when the lone word `lw` (lowercase) may be a misspelling of another person's name word
 * (`Hendri` for `Hendra`): the article uses it alone for a speaker (`kata Hendri`), no lexicon
 * knows it (a given name is a different person; a role, place, organisation, cue or function word
 * is no name), and the article never writes it in lowercase, as a common word (`Harga …` opening a
 * sentence is the noun `harga`).
 */
export function mayBeMisspeltName(lw: string, evidence: ArticleEvidence): boolean {
  if (!lowercased(evidence).has(lw)) return false;
  if (hardNonName(lw) || isGivenName(lw) || isInnerName(lw) || isOrgWord(lw)) return false;
  if (isGazetteerPlace(lw) || PLACE_SET.has(lw) || ROLE_WORD_SET.has(lw) || HONORIFIC_SET.has(lw))
    return false;
  return !evidence.writesLowercase?.(lw);
}

/**
 * The evidence's words in lowercase, made once per evidence set (a scan of the set per question
 * grew with the article's names times its lone-name mentions); made again if the set's size changed.
 */
const LOWERCASED = new WeakMap<ArticleEvidence, { size: number; words: Set<string> }>();
function lowercased(evidence: ArticleEvidence): ReadonlySet<string> {
  let known = LOWERCASED.get(evidence);
  if (!known || known.size !== evidence.size) {
    known = { size: evidence.size, words: new Set([...evidence].map(w => w.toLowerCase())) };
    LOWERCASED.set(evidence, known);
  }
  return known.words;
}

/** True when the corpora or the article make `w` a person's name word. */
export function personEvidence(w: string, evidence: ArticleEvidence): boolean {
  return evidence.has(w) || isGivenName(w) || isInnerName(w);
}

/**
 * True when `name` (the name part of a run) surely names a person: two words or more, or a word
 * the corpora or the article know as a person's name word. One unknown word may be an
 * institution's or a place's (`Ketua Partai Maju`, `Di Cibening`).
 */
export function namesPerson(name: string, evidence: ArticleEvidence): boolean {
  const words = name.split(' ');
  return words.length > 1 || personEvidence(words[0]!, evidence);
}

/** True when `w` is a place, organisation or team word, and nothing says it is a name. */
function contextNonName(w: string, evidence: ArticleEvidence): boolean {
  // `CEO BayarCepat Rudi Hartono`: a camel-case brand is a company's name, even one the article
  // lets speak alone (`kata BayarCepat`); no person's name word is written that way.
  if (brandBeforeName(w)) return true;
  // `AKBP R Budi Santoso`: one letter is an initial; a corpus tagging it in organisations says
  // nothing about this one.
  if (evidence.has(w) || w.length === 1) return false;
  const lw = w.toLowerCase();
  if (featureOn('names.model.articleWords') && evidence.places?.has(w)) return true;
  if (articleClub(w, evidence)) return true;
  if (isGivenName(w) || isInnerName(w)) return false;
  if (featureOn('names.model.gazetteer') && (isGazetteerPlace(lw) || PLACE_SET.has(lw)))
    return true;
  return featureOn('names.model.orgWords') && (isOrgWord(lw) || isClubWord(w));
}

/**
 * `pelatih Persikoba Rudi Hartono` … `gol tunggal Persikoba`: a word of a club's shape that the
 * article also writes as a whole run of its own is the team, though no corpus knew the club.
 */
export const articleClub = (w: string, evidence: ArticleEvidence): boolean =>
  featureOn('names.model.articleClub') && hasClubShape(w) && !!evidence.runAlone?.(w);

/** True when `w` is a camel-case brand (brand-word.ts) and the feature is on. */
const brandBeforeName = (w: string): boolean =>
  featureOn('names.model.brandWord') && isBrandWord(w);

/**
 * For each index k, the name words from k on (bracketed aliases and lowercase particles are not
 * counted); one pass, so a long run stays linear.
 */
function nameWordsLeft(words: readonly string[]): number[] {
  const left = new Array<number>(words.length + 1).fill(0);
  for (let k = words.length - 1; k >= 0; k--)
    left[k] = left[k + 1]! + (startsUpper(words[k]!) || isArticleName(words[k]!) ? 1 : 0);
  return left;
}

/**
 * `Kepala SMA Negeri 2 Cibening Rina Kartika`: the word after a unit's one digit is the unit's
 * seat (name-run.ts unitDigitAt), not the first name word, when two name words still follow it.
 */
function unitSeatAfter(words: readonly string[], k: number, left: readonly number[]): boolean {
  const w = words[k]!;
  if (w.length !== 1 || !hasNumber(w) || k === 0 || !startsUpper(words[k - 1]!)) return false;
  return (left[k + 2] ?? 0) >= 2 && featureOn('names.unitDigit');
}

/** True when `words[s]`, the run's last word, is a known place after a number (`SMP Negeri 3 Sintang`). */
function numberedSeat(words: readonly string[], s: number, evidence: ArticleEvidence): boolean {
  const w = words[s]!;
  return (
    hardNonName(words[s - 1]!) === 'number' &&
    knownPlace(w, evidence) &&
    // The corpora, not the article's own word list: this very run put the word there.
    !isGivenName(w) &&
    !isInnerName(w) &&
    featureOn('names.model.numberedSeat')
  );
}

/**
 * `Dr Ratna Sari Dewi Lubis`, `Kepala Balai X Ir Intan Permata Sari`: an honorific right before
 * the start opens a person's name, so a word after it that a gazetteer or the corpora know as a
 * place or an organisation's (`Sari`, `Intan` name districts too) is a name word, not the end of
 * an institution. Not after a head that names an institution or an area (`RSUD Dr Wahidin
 * Cibening`, `Jalan KH Ahmad Dahlan`): hospitals, campuses and streets bear titled names.
 */
function afterPersonalHonorific(words: readonly string[], s: number): boolean {
  if (s < 1 || !isHonorificAt(words, s - 1) || !featureOn('names.model.honorificOpensName'))
    return false;
  let h = s - 1;
  while (h > 0 && isHonorificAt(words, h - 1)) h--;
  const head = h > 0 ? words[h - 1]!.toLowerCase() : '';
  return !NAMING_HEAD_SET.has(head) && !AREA_HEAD_SET.has(head);
}

/**
 * `RSUD dr. Sukamto Ende, dr. Rina Sari, …`: a titled name right after the one-word head of an
 * institution often named after an honoured person (facilities.ts NAMING_HEADS that are
 * NAMESAKE_HEADS too: hospitals, campuses, mosques, pesantren, stadiums; not a `Puskesmas` a
 * doctor heads) is the institution's own name, no member's, when another titled name is set off
 * right after the run (`titledNext`: nobody in the run is named) or a later degree holder's title
 * in the run starts the person (`RSUD dr Sukamto dr Rina Sari`). Else the titled name may be the
 * person's own (`Direktur RSUD dr. Rina Samosir mengatakan`), and so is a name the article uses
 * alone (names.model.namesakeAfterHead). Returns where the name starts.
 */
function pastNamesake(
  words: readonly string[],
  s: number,
  evidence: ArticleEvidence,
  titledNext: boolean,
): number {
  if (s < 2 || s >= words.length || !isHonorificAt(words, s - 1)) return s;
  let h = s - 1;
  while (h > 0 && isHonorificAt(words, h - 1)) h--;
  const head = h > 0 ? words[h - 1]!.toLowerCase() : '';
  if (!NAMING_HEAD_SET.has(head) || !NAMESAKE_HEAD_SET.has(head)) return s;
  if (evidence.has(words[s]!) || !featureOn('names.model.namesakeAfterHead')) return s;
  if (titledNext) return words.length;
  for (let k = s + 1; k < words.length - 1; k++)
    if (DEGREE_HOLDER_TITLES.has(lowerWord(words[k]!))) return k + 1;
  return s;
}

/**
 * `adalah Siti X Daeng Y`: a run that opens with known given names, nothing before them
 * (no role, no honorific: the run starts the reading), reads the place-like word after them
 * (a given name may name a village too) as a name word: a role of given names alone is nobody's
 * (names.model.givenNamesOpen).
 */
function givenNamesBefore(words: readonly string[], start: number, k: number): boolean {
  if (start !== 0 || k === 0 || !featureOn('names.model.givenNamesOpen')) return false;
  for (let j = 0; j < k; j++) if (!isGivenNameSpelling(words[j]!)) return false;
  return true;
}

/**
 * Where the person's name starts in `words` (a capitalised run, dots removed), given the start
 * the role split chose. Returns an index in [start, words.length], the length when the run names
 * no person (`Kecamatan Cibening`); never moves left except to take back a given name that is
 * also a title (`Imam Santoso`).
 */
export function nameStart(
  words: readonly string[],
  start: number,
  evidence: ArticleEvidence,
  titledNext = false,
): number {
  let s = start;
  // `Peraturan Presiden Nomor 12`: a run closed by a law's numbering word is the law's title.
  const lastWord = words[words.length - 1]!.toLowerCase();
  if (LEGAL_DOCUMENT_WORDS.has(lastWord) && featureOn('names.legalDocumentWords'))
    return words.length;
  const left = nameWordsLeft(words);
  // `Imam Santoso`, `kata Imam`: a title word that is also a common given name, opening the run
  // with one name word after it (or used alone by the article), is the given name. Alone, it is
  // the name only when the article opens a person's name with it (`Ustaz Imam Fauzan … kata
  // Imam`); else it is the title of someone (`Imam Masjid X, Hasan, …` … `kata Imam`).
  if (featureOn('names.model.titleGiven') && s === 1) {
    const w = words[0]!;
    const both =
      isGivenName(w) && (ROLE_HEAD_SET.has(w.toLowerCase()) || HONORIFIC_SET.has(w.toLowerCase()));
    const given = words.length > 1 ? evidence.has(w) || left[1] === 1 : !!evidence.opensName?.(w);
    if (both && given) s = 0;
  }
  // Numbers, cues and function words never open a name, whatever follows.
  if (featureOn('names.model.hardWords')) {
    // `A. Dahlan Iskandar`: one capital letter in a run is an initial, whatever word it spells
    // (the run takes `A` only with its dot: name-run.ts initialSpellingWordAt).
    while (s < words.length - 1 && hardNonName(words[s]!) && !isLoneInitial(words[s]!)) s++;
    if (s > start && unitSeatAfter(words, s - 1, left)) s++;
  }
  s = commonWordBeforeName(words, s, evidence);
  s = pastNamesake(words, s, evidence, titledNext);
  if (areaNameToEnd(words, s, evidence)) return words.length;
  // `…, Tanah Datar, mengaku`: the rest is a regency's whole name (lexicon AREA_PHRASES), though
  // no word of it alone is a place: no person's name.
  if (words.length - s >= 2 && placePhraseFrom(words, s)) return words.length;
  // A place, team or organisation word (and anything before it in the run) belongs to the role
  // or the institution, not to the name that follows it.
  let cut = -1;
  const titled = afterPersonalHonorific(words, s);
  for (let k = s; k < words.length - 1; k++) {
    const w = words[k]!;
    // `Satgas Banjir 2020 Andi Pratama`: a number names the unit before it.
    if (featureOn('names.model.hardWords') && hardNonName(w) === 'number' && left[k + 1]! >= 1) {
      cut = unitSeatAfter(words, k, left) ? k + 1 : k;
      continue;
    }
    if (titled || !startsUpper(w) || !contextNonName(w, evidence)) continue;
    if (k === 0 && opensWholeName(words, w, evidence)) continue;
    // `Kapolsek X Kompol Yudha Kusnandar`: a rank stands right before the name it belongs to, so the
    // word after it opens the name, though the corpora know it from units' names (`Yudha`, `Mitra`),
    // unless it is a club's (`Kapten Persiraja X`: a team's captain) (names.model.rankOpensName).
    if (k > 0 && RANK_SET.has(words[k - 1]!.toLowerCase()) && !hasClubShape(w))
      if (featureOn('names.model.rankOpensName')) continue;
    if (givenNamesBefore(words, start, k)) continue;
    // Two name words must follow, unless the article itself uses the word as a place: a given
    // name may be a district too (`Menteri X Sakti Wibowo`).
    const after = left[k + 1]!;
    // A club's name (`Kapten Persebaya Rudi`) is never a given name either.
    const neverGiven =
      !!evidence.places?.has(w) ||
      (isClubWord(w) && featureOn('names.model.orgWords')) ||
      articleClub(w, evidence) ||
      brandBeforeName(w);
    if (after >= 2 || (after === 1 && k > 0 && neverGiven)) cut = k;
  }
  if (cut >= 0) s = cut + 1;
  // `Pelatih Persikoba, Agus Wiratmaja, …`: a club's name alone after a role names the team, no one;
  // so does a team or organisation word after a place (`Bali United`), unless a name.
  if (s > 0 && s === words.length - 1 && featureOn('names.model.orgWords')) {
    const w = words[s]!;
    if (isClubWord(w) || (knownPlace(words[s - 1]!, evidence) && contextNonName(w, evidence)))
      return words.length;
    // `Kepala SMP Negeri 3 Sintang`: a known place alone after a unit's number is the unit's
    // seat, no person, unless the corpora know it as a name word (names.model.numberedSeat).
    if (numberedSeat(words, s, evidence)) return words.length;
    // `kata Perbekel Ungasan itu` after `Desa Ungasan`: the office's seat, which the article
    // writes as a place, alone after the office (names.model.areaHeadPlace).
    if (
      ROLE_HEAD_SET.has(words[s - 1]!.toLowerCase()) &&
      evidence.places?.has(w) &&
      featureOn('names.model.areaHeadPlace')
    )
      return words.length;
  }
  // `Ketua RT 03 Kampung Sukamaju`, `…, Dusun 2, Desa …`: an area head opens a place's name, never
  // a person's, so it goes to the role and afterInstitutionHead weighs the words after it.
  if (featureOn('names.model.namingHead'))
    while (
      s < words.length &&
      AREA_HEAD_SET.has(words[s]!.toLowerCase()) &&
      !evidence.has(words[s]!)
    )
      s++;
  s = afterRecurringPhrase(words, s, evidence);
  if (seatAfterJurisdictionHead(words, s, evidence) || seatOfBody(words, s, evidence))
    return words.length;
  const named = featureOn('names.model.namingHead')
    ? afterInstitutionHead(words, s, left, evidence)
    : s;
  return companyWordsAfterHead(words, named);
}

/**
 * `Kepala Ekonom PT Bank Sentosa Sekuritas Rudi Hartawan`: the role split may end the role inside
 * a company's name that runs on past its first words (`Bank Sentosa`), so the name would open with
 * the line of business. When `PT`/`CV` stands earlier in the role with no office head after it,
 * the company's name still runs, and its last line-of-business word closes it as right after the
 * head (companyTypeEnd). Returns where the name starts (`s` when nothing applies).
 */
function companyWordsAfterHead(words: readonly string[], s: number): number {
  if (s < 2 || s >= words.length || !featureOn('names.model.companyTypeInRun')) return s;
  for (let k = s - 2; k >= 0; k--) {
    const lw = words[k]!.toLowerCase();
    if (COMPANY_HEADS.has(lw)) return companyTypeEnd(words, s, lw);
    if (ROLE_HEAD_SET.has(lw)) return s;
  }
  return s;
}

/**
 * `…, juru bicara Badan Pangan Dunia di Makassar, Mitra Anjani Lestari, …`: a run of three name-shaped words with
 * nothing before it, whose first word the corpora know only from organisations' names (`Mitra`,
 * `Bina`, `Cipta` are given names too) and no place, club, brand or article evidence marks, is one
 * person's name: an organisation written alone before a person's name would leave the person's
 * role unsaid. Returns true when the word stays in the name.
 */
function opensWholeName(words: readonly string[], w: string, evidence: ArticleEvidence): boolean {
  if (!featureOn('names.model.orgWordOpensName') || words.length !== 3) return false;
  if (!words.every(startsUpper) || !isOrgWord(w.toLowerCase())) return false;
  const lw = w.toLowerCase();
  return !(
    isClubWord(w) ||
    brandBeforeName(w) ||
    articleClub(w, evidence) ||
    !!evidence.places?.has(w) ||
    isGazetteerPlace(lw) ||
    PLACE_SET.has(lw) ||
    ROLE_WORD_SET.has(lw)
  );
}

/**
 * `Kapolsek Tanjung Karang`, `Camat Sukajadi`, `Kapolres Bantaeng`: a head that always takes its
 * jurisdiction (ORG_TAKING), followed only by one or two place words, is an office named by its
 * seat, with nobody named in it. Each word must be a place the gazetteer, the place list or the
 * article knows, and no word a name lexicon or the article knows as a person's, so a district
 * that is also a given name (`Bupati Sakti`) stays a name.
 */
function seatAfterJurisdictionHead(
  words: readonly string[],
  s: number,
  evidence: ArticleEvidence,
): boolean {
  if (!featureOn('names.model.seatAfterHead') || s < 1) return false;
  if (!ORG_TAKING_SET.has(words[s - 1]!.toLowerCase())) return false;
  const rest = words.slice(s).filter(w => !w.startsWith('('));
  if (rest.length < 1 || rest.length > 2) return false;
  return rest.every(w => startsUpper(w) && !personEvidence(w, evidence) && knownPlace(w, evidence));
}

/**
 * `Konsulat RI di Tawangmas`: after a diplomatic body's `di`/`in` (name-run.ts holds it in the run),
 * one or two words no name lexicon or the article knows as a person's are the body's seat, with
 * nobody named in it.
 */
function seatOfBody(words: readonly string[], s: number, evidence: ArticleEvidence): boolean {
  const at = words[s - 1];
  if (!SEAT_PREPOSITIONS.has(at ?? '') || !featureOn('names.model.seatedBody')) return false;
  if (!words.slice(0, s - 1).some(w => SEATED_BODIES.has(w.toLowerCase()))) return false;
  const rest = words.slice(s);
  return rest.length <= 2 && rest.every(w => startsUpper(w) && !personEvidence(w, evidence));
}

/** True when `words` from `s` to the end are a regency's or city's whole name (names.areaPhrase). */
const placePhraseFrom = (words: readonly string[], s: number): boolean =>
  isAreaPhrase(words.slice(s)) && featureOn('names.areaPhrase');

/** True when the gazetteer, the place list or the article (`evidence.places`) knows `w` as a place. */
export function knownPlace(w: string, evidence: ArticleEvidence): boolean {
  return isPlaceWord(w) || !!evidence.places?.has(w);
}

/** True when the gazetteer or the place list knows `w` as a place (a province, city or country, or a word of one). */
export const isPlaceWord = (w: string): boolean =>
  isGazetteerPlace(w) || PLACE_SET.has(w.toLowerCase());

/**
 * `Kasi Intel Kejari (Kasi Intel) Klaten Suparno` … `Suparno menambahkan`: a place word right
 * before the one last word of a run, which the article uses alone for a speaker, belongs to the
 * role. The article's short mention confirms where the name starts, where the corpora alone would
 * keep the word as a given name that may also be a district. Returns `s + 1` then, else `s`.
 */
export function placeBeforeLoneName(
  words: readonly string[],
  s: number,
  evidence: ArticleEvidence,
): number {
  if (!featureOn('names.model.loneNameAfterPlace') || s < 1 || words.length - s !== 2) return s;
  const lone = words[s + 1]!;
  // `Ketua KONI Bantul Sakti Wibowo` … `kata Wibowo`: once a place has filled the role's region,
  // a second place word is rather a given name that is also a district; a compass word goes on
  // naming the region (`BPBD Konawe Utara Darmono`).
  const prev = words[s - 1]!.toLowerCase();
  const compass =
    featureOn('names.model.regionOfTwoWords') && COMPASS_WORDS.has(words[s]!.toLowerCase());
  if ((isGazetteerPlace(prev) || PLACE_SET.has(prev)) && !compass) return s;
  return startsUpper(lone) && evidence.has(lone) && contextNonName(words[s]!, evidence) ? s + 1 : s;
}

/**
 * `Kisah Darsono juga dikenal …` … `kata Darsono`: a capitalised word at the name's start that the
 * article also writes in lowercase (`kisah itu`), or writes only after giving the name in full
 * (namedBeforeWord), and that no name lexicon or the article knows as a person's, before a name
 * the article uses alone for a speaker and writes alone as a whole run,
 * is a common noun opening the sentence (whose story, whose hands), not the person's first name;
 * so is a doubled word before a name written without it elsewhere. Returns `s + 1` then, else `s`.
 */
function commonWordBeforeName(
  words: readonly string[],
  s: number,
  evidence: ArticleEvidence,
): number {
  if (s >= words.length - 1) return s;
  const w = words[s]!;
  const rest = words.slice(s + 1);
  // `Jari-jari X bergerak …` … `kata X`: a word doubled with a hyphen before a name the article
  // writes without it elsewhere (a one-word name as a speaker's, `Malam itu, …` is no such use)
  // is a plural or a derived common noun (whose fingers); `Kupu-Kupu Malam` keeps it
  // (names.model.reduplicatedNoun).
  if (isReduplicated(w) && featureOn('names.model.reduplicatedNoun')) {
    const elsewhere =
      (rest.length > 1 || evidence.has(rest[0]!)) && evidence.runAlone?.(rest.join(' '));
    return elsewhere ? s + 1 : s;
  }
  if (!featureOn('names.model.commonNounOpensSentence')) return s;
  if (!startsUpper(w) || w.length < 3 || personEvidence(w, evidence)) return s;
  if (!evidence.writesLowercase?.(w.toLowerCase()) && !namedBeforeWord(w, words[s + 1]!, evidence))
    return s;
  // The rest must be a name the article writes alone elsewhere, so a given name no lexicon knows
  // (`Bunga Citra Lestari` … `kata Citra`) keeps its first word.
  return evidence.has(rest[0]!) && evidence.runAlone?.(rest.join(' ')) ? s + 1 : s;
}

/** True when `w` is one word doubled with a hyphen (`Jari-jari`, `Anak-anak`), whatever the case. */
function isReduplicated(w: string): boolean {
  const dash = w.indexOf('-');
  if (dash < 2 || w.length !== dash * 2 + 1) return false;
  return w.slice(0, dash).toLowerCase() === w.slice(dash + 1).toLowerCase();
}

/**
 * `Semangat Jonaedi tak pernah padam …` after `Jonaedi Tumangger, penjual kopi keliling, …`: the
 * article wrote the name (`Jonaedi`, opening a name given in full) before it ever wrote the word
 * before it (`Semangat`), so that word is no name word the person was introduced by but a noun of
 * the sentence (whose spirit): a writer names a person in full first
 * (names.model.nounBeforeKnownName).
 */
function namedBeforeWord(w: string, name: string, evidence: ArticleEvidence): boolean {
  // Only a word that opens a name given in full: a family name used alone (`kata Tumangger`) may
  // follow another person's given name (`Rinaldo Tumangger`, `Bintang Tumangger`).
  if (!evidence.opensName?.(name)) return false;
  const named = evidence.firstWritten?.(name.toLowerCase()) ?? -1;
  if (named < 0 || named >= (evidence.firstWritten?.(w.toLowerCase()) ?? -1)) return false;
  return featureOn('names.model.nounBeforeKnownName');
}

/** An area's or a venue's head (`Kelurahan`, `GOR`, `Stadion`): what follows names a place. */
const isPlaceHead = (w: string): boolean => AREA_HEAD_SET.has(w) || VENUE_HEAD_SET.has(w);

/** Most words of an area's name after its head (`Kelurahan Kapuas Kanan Hulu`). */
const AREA_NAME_WORDS = 4;

/**
 * `warga Kelurahan Kapuas Kanan Hulu`, `Desa Sumber Rejo Kidul`, `GOR Apang Semangai`: an area's
 * or a venue's head (lexicon/facilities.ts) before the start `s`
 * with no office before it (`Kepala Desa X` may be a head's title alone) opens a place's name that
 * runs to the end of the run, when the up to four words after it are capitalised and none opens a
 * person's name (a given name, or a word the article uses alone for a speaker). A place word among
 * them (`Kapuas`) is part of the area's name, not the end of a role (names.model.longAreaName).
 */
function areaNameToEnd(words: readonly string[], s: number, evidence: ArticleEvidence): boolean {
  if (!featureOn('names.model.longAreaName')) return false;
  let a = s - 1;
  while (a >= 0 && !isPlaceHead(words[a]!.toLowerCase())) a--;
  if (a < 0 || words.length - a - 1 > AREA_NAME_WORDS) return false;
  // The head opens the run or follows a lowercase word (`warga Kelurahan …`); after a name of its
  // own (`Dinas X (SDABK) Provinsi Y Nama`) it is the seat of an office, and a name may follow.
  if (a > 0 && !startsLower(words[a - 1]!)) return false;
  const office = (w: string) => ROLE_HEAD_SET.has(w) && !GROUP_NOUN_SET.has(w);
  if (words.slice(0, a).some(w => office(w.toLowerCase()))) return false;
  return words.slice(a + 1).every(w => startsUpper(w) && !isGivenName(w) && !evidence.has(w));
}

/**
 * `Direktur RSUD Harapan Rina Kartika`, `Jamaah Masjid Raya Cibening`, `Kecamatan Cibening`:
 * after a head that names an institution or an area, one or two words none of which a name
 * lexicon or the article knows as a given name name the place alone, not a person (returns
 * `words.length`). After
 * a role head (`Wali Kota X`, `Kepala Desa X`) the head is part of the title and the place may be
 * left out, so the words name a place only when each is known as a place or an organisation's.
 * A longer rest gives its first word to the institution when two name words still follow.
 */
function afterInstitutionHead(
  words: readonly string[],
  s: number,
  left: readonly number[],
  evidence: ArticleEvidence,
): number {
  const h = s - 1;
  const head = words[h]?.toLowerCase() ?? '';
  if (!NAMING_HEAD_SET.has(head) && !AREA_HEAD_SET.has(head)) return s;
  const rest = words.slice(s);
  // A surname the corpora know (`Gurung`) may name a village too: only a word that opens names
  // (a given name, or one the article uses alone for a speaker) makes the words a person's.
  const opensName = (w: string) => isGivenName(w) || evidence.has(w);
  if (rest.length <= 2 && rest.every(w => startsUpper(w) && !opensName(w))) {
    // `warga Desa X` names where a resident lives; `Kepala Desa X` may be a head's title alone.
    const before = h > 0 ? words[h - 1]!.toLowerCase() : '';
    const title = ROLE_HEAD_SET.has(before) && !GROUP_NOUN_SET.has(before);
    if (!title || rest.every(w => contextNonName(w, evidence))) return words.length;
  }
  let at = (left[s + 1] ?? 0) >= 2 && !personEvidence(words[s]!, evidence) ? s + 1 : s;
  // `Kepala Riset PT Cakra Sekuritas Rudi Hartawan`: a company's name runs on over words no name
  // lexicon or the article knows as a person's, as long as a given name and one more word follow.
  if (at > s && COMPANY_HEADS.has(head) && featureOn('names.model.companyName'))
    while (
      (left[at + 2] ?? 0) >= 1 &&
      !personEvidence(words[at]!, evidence) &&
      isGivenName(words[at + 1]!)
    )
      at++;
  return companyTypeEnd(words, at, head);
}

/**
 * `Analis PT Bahtera Sekuritas Yosef Tanamal`: after `PT`/`CV`, a word naming the line of
 * business or the legal form (COMPANY_TYPE_WORDS) closes the company's name, so the person starts
 * after the last such word that still has a word after it, even when no lexicon knows that word
 * as a given name. Returns where the name starts (`at` unchanged when none applies).
 */
function companyTypeEnd(words: readonly string[], at: number, head: string): number {
  if (!COMPANY_HEADS.has(head) || !featureOn('names.model.companyTypeWord')) return at;
  // A run that ends in such a word is the company alone (`PT Nusa Energi Tbk`).
  if (COMPANY_TYPE_WORDS.has(words[words.length - 1]!.toLowerCase())) return at;
  for (let k = words.length - 2; k >= at; k--)
    if (COMPANY_TYPE_WORDS.has(words[k]!.toLowerCase())) return k + 1;
  return at;
}

/**
 * `Pengurus Kelompok Tani Sri Rejeki Andi Wirawan` in an article that also writes `Kelompok Tani
 * Sri Rejeki` alone (or as the end of another run, endsOtherRun): the words the article uses as a
 * whole run with the role's last word belong to
 * that institution, even when a lexicon knows them as given names (`Sri`). The recurring phrase
 * holds no office head (`menteri Agama Rahmat Wibisono` is a person's shorter name, not an
 * institution), no word moved out of the name is one the article uses alone for a speaker, and
 * what is left is two name words, or one the article uses alone.
 */
function afterRecurringPhrase(
  words: readonly string[],
  s: number,
  evidence: ArticleEvidence,
): number {
  if (!featureOn('names.model.articleWords') || !evidence.runAlone || s < 1) return s;
  let from = 0;
  for (let k = 0; k < s; k++) if (ROLE_HEAD_SET.has(words[k]!.toLowerCase())) from = k + 1;
  for (let c = words.length - 1; c > s; c--) {
    const rest = words.slice(c);
    const moved = words.slice(s, c);
    if (moved.some(w => evidence.has(w)) || !rest.every(startsUpper)) continue;
    if (rest.length < 2 && !evidence.has(rest[0]!)) continue;
    for (let j = from; j < s; j++) {
      // `Syekh Mahmoud` written alone at a cue is the person's short form, honorific and given
      // name, never an institution's name (names.model.honorificPhraseNamed).
      if (isHonorificAt(words, j) && featureOn('names.model.honorificPhraseNamed')) continue;
      const phrase = words.slice(j, c).join(' ');
      if (evidence.runAlone(phrase) || endsOtherRun(phrase, c - j, evidence)) return c;
    }
  }
  return s;
}

/**
 * `Kepala Kantor SAR Lambang Rai Ida Bagus Putu Arsana` in an article that also writes
 * `Pelabuhan Cokorda Lambang Rai`: a phrase of two words or more that ends another run is the name
 * of a place or institution (here a port's), so the words up to it are the office's too.
 */
const endsOtherRun = (phrase: string, length: number, evidence: ArticleEvidence): boolean =>
  length >= 2 && featureOn('names.model.runEnding') && !!evidence.endsRun?.(phrase);

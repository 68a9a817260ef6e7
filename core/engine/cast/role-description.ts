/**
 * A role written as a description set off by one comma before a person's name: `kuasa hukum
 * terdakwa, Rudi Santoso`, `anggota DPRD Fraksi X, Budi`, `pakar hukum Universitas Y (UY), Rina
 * Sari`, `Salah satunya warga Kota Z, Andi (60)`. The description opens with a role head
 * (lowercase, or capitalised at its start) and runs to the comma over role and organisation words;
 * it is the person's role, as a capitalised role run there is (read-mentions.ts `withRoleBefore`).
 * The name must close the apposition (a comma, a full stop, a bracket, `yang` after it): in
 * `Usai bertemu warga, Rina Kartika mengatakan …` the comma ends an adverbial and the name opens
 * the main clause, so `warga` is not her role.
 */
import { nicknameAsideEnd } from '../names/closed-apposition';
import { isPlaceWord } from '../names/name-model';
import {
  DESCRIPTION_JOINTS,
  EN_PORTFOLIO_JOINERS,
  NAME_GOES_ON,
  OFFICE_STANDINGS,
  OTHER_OF_KIND,
  ROLE_HEAD_SET,
  ROLE_LINKS,
  ROLE_SUPERLATIVES,
  ROLE_WORD_SET,
  THING_ARTICLES,
} from '../../lexicon/roles';
import { LOCATIVE_NOUNS, PREPOSITIONS } from '../../lexicon/prepositions';
import {
  DEFINITE,
  LISTED_COUNTS,
  MEMBER_DETERMINERS,
  ONE_OF_COUNTS,
  ONE_OF_OPENERS,
  SINGULAR,
  PLURAL,
} from '../../lexicon/pronouns';
import { featureOn } from '../features';
import { POST_CUE_SET, PRE_CUE_SET } from '../../lexicon/cues';
import { isVerbShape } from '../text/affix-shapes';
import { isCapitalised, isLowerWord, type Token } from '../text/text';
import { isDigits, startsLetter } from '../text/chars';
import { opensSentence } from '../text/sentence-start';
import { isInBrackets } from '../text/bracketed';

/** The most tokens a description before the comma spans. */
const MAX_DESCRIPTION = 10;

/**
 * True when the token at `k` may stand inside a role description; `dan` only between capitalised
 * words (`Kepala Dinas Pemuda dan Olahraga`), where it joins a role's own words, and so do the
 * English joiners of an institution's name (`pakar hukum dari Center for Policy Studies (CPS), X`:
 * cast.joinerInDescription).
 */
function inDescription(toks: readonly Token[], k: number): boolean {
  const w = toks[k]!.text;
  if (w === 'dan' || (EN_PORTFOLIO_JOINERS.has(w) && featureOn('cast.joinerInDescription')))
    return isCapitalised(toks[k - 1]?.text ?? '') && isCapitalised(toks[k + 1]?.text ?? '');
  if (isCapitalised(w)) return true;
  // `(UB)` after an institution, `4` of `SMP Negeri 4`.
  if (isInBrackets(w) || isDigits(w)) return true;
  if (!isLowerWord(w)) return false;
  if (ROLE_WORD_SET.has(w) && !PREPOSITIONS.has(w)) return true;
  // `pengungsi tertua`: a superlative after the role's noun is no verb ending the description.
  if (ROLE_SUPERLATIVES.has(w) && featureOn('cast.superlativeInDescription'))
    return ROLE_WORD_SET.has(toks[k - 1]?.text.toLowerCase() ?? '') || officeStanding(toks, k);
  // `anggota Komisi II dari Fraksi X`, `pedagang di Pasar Y`, `Duta Besar RI untuk Z`: a
  // preposition before an institution or a place belongs to the role.
  if (ROLE_LINKS.has(w))
    return isCapitalised(toks[k + 1]?.text ?? '') || locativeNext(toks, k) || roleWordNext(toks, k);
  return !(
    DESCRIPTION_JOINTS.has(w) ||
    PREPOSITIONS.has(w) ||
    DEFINITE.has(w) ||
    SINGULAR.has(w) ||
    PLURAL.has(w) ||
    PRE_CUE_SET.has(w) ||
    POST_CUE_SET.has(w) ||
    isVerbShape(w)
  );
}

/**
 * `Ketua Umum Partai X terpilih, Y`, `Bupati Z terdahulu, Y`: which holder of an office a standing
 * says (OFFICE_STANDINGS) may follow the office's organisation or seat, a capitalised word, not
 * only a role word (cast.standingAfterOffice); the description then runs on to the comma.
 */
function officeStanding(toks: readonly Token[], k: number): boolean {
  return (
    featureOn('cast.standingAfterOffice') &&
    OFFICE_STANDINGS.has(toks[k]!.lower) &&
    isCapitalised(toks[k - 1]?.text ?? '')
  );
}

/**
 * The role description of the person named in tokens [i, end) after the comma at `i - 1`, or null:
 * the text from the description's first role head to the comma. The scan back stops at a clause's
 * joint, punctuation or a verb. The name must close the apposition or go on describing its person,
 * unless the description opens the sentence (`Kuasa hukum terdakwa, Rudi Santoso menilai …`).
 */
export function descriptionBeforeName(
  toks: readonly Token[],
  i: number,
  end: number,
  text: string,
): string | null {
  const found = oneOfDescription(toks, i - 1) ?? describedBefore(toks, i - 1);
  if (!found || !(closesAfterName(toks, end) || opensDescribedSentence(toks, found.head)))
    return null;
  return text.slice(toks[oneOfStart(toks, found.head)]!.start, toks[found.last]!.end);
}

/**
 * `Salah satu perumus fatwa, X`, `Salah seorang orang tua murid, Y`, `Salah satu anak asuhnya, Z`:
 * the words saying a person is one of several open a description of what they are, whatever noun
 * heads it, so no role head (ROLE_HEADS) need be in it; one that is (`orang tua murid`) is not cut
 * to that head. The description runs from the word after them to the comma at `comma`, over the
 * words a description holds, its last word possessed (`-nya`) or not (cast.oneOfDescription).
 * Null when no such words open it, or the scan back meets a clause's joint or a verb first.
 */
function oneOfDescription(
  toks: readonly Token[],
  comma: number,
): { head: number; last: number } | null {
  if (!featureOn('cast.oneOfDescription')) return null;
  const last = comma - 1;
  for (let k = last; k >= 2 && comma - k <= MAX_DESCRIPTION; k--) {
    const possessed = k === last && isLowerWord(toks[k]!.text) && toks[k]!.lower.endsWith('nya');
    if (!possessed && !inDescription(toks, k)) return null;
    if (!ONE_OF_OPENERS.has(toks[k - 2]!.lower) || !ONE_OF_COUNTS.has(toks[k - 1]!.lower)) continue;
    // `Juru bicara tim salah satu pasangan calon, X`: words inside a longer description say whose
    // team it is, not what X is; that description is describedBefore's.
    const inside = k > 2 && inDescription(toks, k - 3);
    return isLowerWord(toks[k]!.text) && !inside ? { head: k, last } : null;
  }
  return null;
}

/**
 * `Salah satu korban, X`, `salah seorang anggota, Y`: the words saying X is one of several stay in
 * the role as written (GUIDELINES: the role as introduced), so the panel shows `Salah satu korban`,
 * not `korban`, which reads as if X were the only one (cast.oneOfInRole). Where the role starts:
 * at those words when they stand right before its head `head`, else at the head.
 */
function oneOfStart(toks: readonly Token[], head: number): number {
  if (!featureOn('cast.oneOfInRole') || head < 2) return head;
  const [a, b] = [toks[head - 2]!.lower, toks[head - 1]!.lower];
  return ONE_OF_OPENERS.has(a) && ONE_OF_COUNTS.has(b) ? head - 2 : head;
}

/**
 * `… adalah Ketua RT 05 di kampung itu`: the role description opening at the head `head`, read
 * forward over the words a description before a name's comma may hold (inDescription), to the
 * first that ends it; a link word it ends on (`di`) is left out. Used for a role predicated in a
 * clause of its own (predicate-role.ts).
 */
export function roleDescriptionFrom(toks: readonly Token[], head: number, text: string): string {
  let last = head;
  for (let k = head + 1; k < toks.length && k - head < MAX_DESCRIPTION; k++) {
    if (toks[k]!.text === 'yang' || !inDescription(toks, k)) break;
    last = k;
  }
  while (last > head && ROLE_LINKS.has(toks[last]!.lower)) last--;
  return text.slice(toks[head]!.start, toks[last]!.end);
}

/**
 * `Dua perawat, Rina Wonda dan Sela Kogoya, …`: the description before the comma at `first - 1`,
 * when a small count opens it, is the role of every name the list joins, not only the first's;
 * null otherwise.
 */
export function listedDescription(
  toks: readonly Token[],
  first: number,
  text: string,
  closed = false,
): string | null {
  if (toks[first - 1]?.text !== ',') return null;
  const found = describedBefore(toks, first - 1);
  if (!found) return null;
  // A counted description and a shared one are two readings, each with its own switch.
  const counted =
    featureOn('cast.countedListRole') && LISTED_COUNTS.has(toks[found.head - 1]?.lower ?? '');
  if (!counted && !(closed && sharedDescription(toks, found))) return null;
  return text.slice(toks[found.head]!.start, toks[found.last]!.end);
}

/**
 * `Kuasa hukum terdakwa, A dan B, menilai …`: a description of common nouns only (no capitalised
 * word after its head) tells what a kind of person is, which two can be; an office with its
 * organisation's name (`Kepala Dinas Pendidikan X, A dan B`) is held by one. The caller has checked
 * that a comma closes the pair, so the pair is the description's apposition.
 */
function sharedDescription(
  toks: readonly Token[],
  { head, last }: { head: number; last: number },
): boolean {
  if (!featureOn('cast.sharedDescriptionRole')) return false;
  for (let k = head + 1; k <= last; k++) if (!isLowerWord(toks[k]!.text)) return false;
  return true;
}

/** Where the description before the comma at `comma` starts (its head) and ends; null if none. */
/**
 * `Peneliti pangan dari sebuah pusat studi di Bogor, Budi`, `Guru honorer di sebuah SD negeri
 * di pinggir kota, Rina`: a long description that goes on into an unnamed place or institution
 * (`sebuah`, `suatu`) is the person's role up to the link word before it; the rest says where the
 * unnamed place is (cast.roleBeforeIndefinite). As for a relative clause, only a description that
 * opens its sentence or is counted: after a verb the noun is the verb's.
 */
function beforeIndefinite(
  toks: readonly Token[],
  comma: number,
): { head: number; last: number } | null {
  if (!featureOn('cast.roleBeforeIndefinite')) return null;
  let a = comma - 1;
  while (a > 0 && comma - a <= MAX_DESCRIPTION + 2 && !THING_ARTICLES.has(toks[a]!.lower)) {
    if (!startsLetter(toks[a]!.text) && !isInBrackets(toks[a]!.text)) return null;
    a--;
  }
  if (!THING_ARTICLES.has(toks[a]?.lower ?? '') || !ROLE_LINKS.has(toks[a - 1]?.lower ?? ''))
    return null;
  const head = headBefore(toks, a - 1);
  if (head < 0) return null;
  const opener = toks[head - 1]?.lower ?? '';
  const counted = LISTED_COUNTS.has(opener) || MEMBER_DETERMINERS.has(opener);
  return counted || opensDescribedSentence(toks, head) ? { head, last: a - 2 } : null;
}

function describedBefore(
  toks: readonly Token[],
  comma: number,
): { head: number; last: number } | null {
  const placed = placeSetOffBefore(toks, comma);
  if (placed > 0) {
    // A role run of capitalised words alone before the place is read by cast.roleBeforeRegion.
    const found = describedBefore(toks, placed);
    if (found && toks.slice(found.head, placed).some(t => isLowerWord(t.text)))
      return { head: found.head, last: comma - 1 };
  }
  const relative = beforeRelative(toks, comma);
  if (relative) return relative;
  const end = otherOfKind(toks, comma) || pointedBack(toks, comma) ? comma - 1 : comma;
  const head = headBefore(toks, end);
  // A demonstrative closing the description is its own (`Direktur pemasaran perusahaan tersebut`).
  if (head >= 0) return { head, last: pointedBack(toks, comma) ? comma - 1 : end - 1 };
  return beforeIndefinite(toks, comma);
}

/**
 * True when the description before the comma at `comma` ends in a demonstrative after a lowercase
 * noun (`Direktur pemasaran perusahaan tersebut, X`, `Pengajar kelas itu, X`): the noun is one the
 * article named before, and the demonstrative closes the description instead of ending the scan
 * back, so it stays in the role (cast.demonstrativeInDescription).
 */
function pointedBack(toks: readonly Token[], comma: number): boolean {
  if (!featureOn('cast.demonstrativeInDescription')) return false;
  const last = toks[comma - 1];
  const noun = toks[comma - 2];
  return (
    !!last &&
    !!noun &&
    DEFINITE.has(last.lower) &&
    isLowerWord(noun.text) &&
    !PREPOSITIONS.has(noun.lower)
  );
}

/**
 * `anggota DPR dari fraksi kecil, X`, `anggota DPRD dari daerah pemilihan Y, X`: a preposition
 * before a lowercase role word (a faction, a constituency, an office) belongs to the role as one
 * before an institution's capitalised name does (cast.roleWordAfterLink).
 */
function roleWordNext(toks: readonly Token[], k: number): boolean {
  if (!featureOn('cast.roleWordAfterLink')) return false;
  const next = toks[k + 1];
  return (
    !!next && isLowerWord(next.text) && ROLE_WORD_SET.has(next.text) && !PREPOSITIONS.has(next.text)
  );
}

/** The most words of a place set off by commas after a description (`Jawa Barat`). */
const MAX_PLACE = 3;

/**
 * `Pengasuh sebuah pesantren di X, Y, Rudi …`: a place the gazetteer knows, set off
 * by commas right before the name's comma, says where the place ending the description lies; it
 * belongs to the description, which is read before the earlier comma. Returns that comma's index,
 * or -1 (cast.placeAfterDescription).
 */
function placeSetOffBefore(toks: readonly Token[], comma: number): number {
  if (!featureOn('cast.placeAfterDescription')) return -1;
  let k = comma - 1;
  while (
    k >= 0 &&
    comma - k <= MAX_PLACE &&
    isCapitalised(toks[k]!.text) &&
    isPlaceWord(toks[k]!.text)
  )
    k--;
  return k < comma - 1 && toks[k]?.text === ',' ? k : -1;
}

/**
 * True when the description before the comma at `comma` ends in `lain`/`lainnya` ("another"):
 * `Petani lain, Budi` describes Budi as a farmer, so the role stops before that word. Not after
 * `antara` (`antara lain`, "among others", opens a list).
 */
function otherOfKind(toks: readonly Token[], comma: number): boolean {
  const last = toks[comma - 1];
  return (
    featureOn('cast.otherOfKindRole') &&
    last !== undefined &&
    OTHER_OF_KIND.has(last.lower) &&
    toks[comma - 2]?.lower !== 'antara'
  );
}

/** The first role head of the description that ends right before token `after`, or -1. */
function headBefore(toks: readonly Token[], after: number): number {
  let head = -1;
  for (let k = after - 1; k >= 0 && after - k <= MAX_DESCRIPTION && inDescription(toks, k); k--)
    if (ROLE_HEAD_SET.has(toks[k]!.lower)) head = k;
  return head;
}

/**
 * `Dua perawat yang baru ditugaskan, A dan B`, `Seorang warga yang rumahnya terendam, Budi`: a
 * relative clause between the role and the comma describes the person too, so the role is the
 * description before `yang`. Only when a count or `seorang` opens that description or it opens
 * the sentence: after a verb (`dibuka warga yang menolak tambang, Rina`) the noun is the verb's.
 */
function beforeRelative(
  toks: readonly Token[],
  comma: number,
): { head: number; last: number } | null {
  if (!featureOn('cast.relativeInDescription')) return null;
  let y = comma - 1;
  while (
    y > 0 &&
    comma - y <= MAX_DESCRIPTION &&
    toks[y]!.text !== 'yang' &&
    startsLetter(toks[y]!.text)
  )
    y--;
  if (toks[y]?.text !== 'yang' || y === comma - 1) return null;
  const head = headBefore(toks, y);
  if (head < 0) return null;
  const opener = toks[head - 1]?.lower ?? '';
  const counted = LISTED_COUNTS.has(opener) || MEMBER_DETERMINERS.has(opener);
  return counted || opensDescribedSentence(toks, head) ? { head, last: y - 1 } : null;
}

/**
 * `Juru bicara X untuk kawasan Asia Selatan`, `pedagang di sekitar Pasar Y`: a locative noun
 * between the role's preposition (at `k`) and the capitalised place keeps the place in the role.
 */
function locativeNext(toks: readonly Token[], k: number): boolean {
  if (!featureOn('cast.locativeInRole')) return false;
  return LOCATIVE_NOUNS.has(toks[k + 1]?.text ?? '') && isCapitalised(toks[k + 2]?.text ?? '');
}

/** True when the token after a name closes an apposition: punctuation, a bracket, `yang`, the end. */
export function closesAppositive(next: Token | undefined): boolean {
  return !next || next.text === 'yang' || NAME_GOES_ON.has(next.text) || !startsLetter(next.text);
}

/**
 * True when the name whose run ends before token `end` closes its apposition there (closesAppositive),
 * or where a nickname aside after it ends (`X alias Ucok, …`, `X yang akrab disapa Ucok, …`).
 */
export function closesAfterName(toks: readonly Token[], end: number): boolean {
  return closesAppositive(toks[nicknameAsideEnd(toks, end - 1) + 1]);
}

/** What a description opens a sentence after: a sentence's end, or a dateline's dash. */
const DESCRIPTION_LEAD_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', '--', '—', '–']);

/** True when token `k` opens its sentence (or the paragraph, or the body after a dateline). */
const opensDescribedSentence = (toks: readonly Token[], k: number): boolean =>
  opensSentence(toks, k, DESCRIPTION_LEAD_ENDS);

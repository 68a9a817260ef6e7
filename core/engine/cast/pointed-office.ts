/**
 * `Kepala Dinas X membenarkan … . Pejabat itu, Budi Santoso, mengatakan …`: an office that speaks
 * unnamed in one sentence is named in the next by a noun for an official pointing back (`Pejabat
 * itu`, `Pejabat tersebut`) set off before the name. The name's role is that office, not the
 * pointing noun: read alone, `Pejabat itu` was no role at all and the panel showed the person
 * bare (cast.pointedOffice). The office is read from the sentence before as written, a run of
 * capitalised words (joined by `dan`, with a bracketed short form) that a role head opens and a
 * lowercase word (its verb) follows; the run readers may cut such a long office in pieces.
 */
import { featureOn } from '../features';
import type { BodyParagraph } from '../candidate';
import { isCapitalised, type Token } from '../text/text';
import { opensSentence } from '../text/sentence-start';
import { DEFINITE } from '../../lexicon/pronouns';
import { NAMING_WORDS, OFFICIAL_POINTERS, ROLE_HEAD_SET } from '../../lexicon/roles';
import { isAllLower, isDigits, startsLower, trailingRun } from '../text/chars';
import { SPACE_RUNS } from '../text/string-scans';
import { isInBrackets } from '../text/bracketed';

/** Most tokens of an office read back. */
const MAX_OFFICE = 24;

/**
 * The office the words before the comma at `i - 1` of paragraph `p` point back to, or null: they
 * must be an official's noun and a demonstrative opening the sentence (`Pejabat itu, X`), and the
 * sentence before (in `p`, or closing the paragraph before it in `body`) must open with the office.
 */
export function pointedOffice(
  p: BodyParagraph,
  i: number,
  body: readonly BodyParagraph[],
): string | null {
  const t = p.tokens;
  if (!featureOn('cast.pointedOffice') || t[i - 1]?.text !== ',') return null;
  const noun = t[i - 3];
  if (!noun || !OFFICIAL_POINTERS.has(noun.lower) || !DEFINITE.has(t[i - 2]!.lower)) return null;
  if (!opensSentence(t, i - 3)) return null;
  return officeBefore(p, i - 3, body);
}

/**
 * `Kepala Kantor Pertanahan X menyebut … . Tarjo Sumarlin, kepala kantor tersebut, memastikan …`:
 * the appositive `role` read after the name opening at token `i` of paragraph `p` points back by
 * the office's own words and a demonstrative (`kepala kantor tersebut`, `nama kepala kantor itu`,
 * `pejabat itu`) to the office that spoke unnamed in the sentence before. That office is the
 * name's role, not the pointing words, which name no organisation (cast.pointedOfficeAfterName).
 * Null when `role` points nowhere or the sentence before opens with no office its words begin.
 */
export function officePointedAfter(
  p: BodyParagraph,
  i: number,
  role: string,
  body: readonly BodyParagraph[],
): string | null {
  if (!featureOn('cast.pointedOfficeAfterName')) return null;
  const pointer = pointingWords(role);
  if (!pointer) return null;
  const office = officeBefore(p, sentenceStart(p.tokens, i), body);
  if (!office) return null;
  if (OFFICIAL_POINTERS.has(pointer[0]!)) return office;
  const opening = office.toLowerCase().split(SPACE_RUNS).slice(0, pointer.length);
  return opening.join(' ') === pointer.join(' ') ? office : null;
}

/** True when `role` is only words pointing back to an office (`kepala kantor tersebut`). */
export function pointsBack(role: string): boolean {
  return featureOn('cast.pointedOfficeAfterName') && pointingWords(role) !== null;
}

/** `[,;:.]`: a mark a cue reader may leave closing an appositive. */
const isClosingMarkCp = (cp: number): boolean =>
  cp === 0x2c || cp === 0x3b || cp === 0x3a || cp === 0x2e;

/**
 * The words of an office `role` points back with (`kepala kantor` of `kepala kantor tersebut`, after
 * a naming word: `nama kepala kantor itu`), lowercase, its head first; null when it is no pointer.
 */
function pointingWords(role: string): string[] | null {
  // A cue reader may keep the comma that closes the appositive (`pejabat tersebut,`).
  const w = role.slice(0, trailingRun(role, isClosingMarkCp)).split(' ');
  if (NAMING_WORDS.has(w[0]!)) w.shift();
  if (w.length < 2 || !DEFINITE.has(w[w.length - 1]!)) return null;
  const pointer = w.slice(0, -1);
  if (!pointer.every(isAllLower)) return null;
  return ROLE_HEAD_SET.has(pointer[0]!) || OFFICIAL_POINTERS.has(pointer[0]!) ? pointer : null;
}

/** The office opening the sentence before the one starting at token `s` of `p` (or closing the paragraph before). */
function officeBefore(p: BodyParagraph, s: number, body: readonly BodyParagraph[]): string | null {
  if (s > 0) return officeOpening(p.tokens, sentenceStart(p.tokens, s - 1), p.text);
  const before = body[body.indexOf(p) - 1];
  if (!before || !before.tokens.length) return null;
  return officeOpening(
    before.tokens,
    sentenceStart(before.tokens, before.tokens.length - 1),
    before.text,
  );
}

/** The first token of the sentence holding token `k`. */
function sentenceStart(t: readonly Token[], k: number): number {
  while (k > 0 && (!opensSentence(t, k) || inNumber(t, k))) k--;
  return Math.max(0, k);
}

/** True when the dot before token `k` is a number's (`2.000`, written with no spaces): no sentence ends there. */
function inNumber(t: readonly Token[], k: number): boolean {
  const dot = t[k - 1]!;
  const before = t[k - 2];
  return (
    dot.text === '.' &&
    !!before &&
    before.end === dot.start &&
    dot.end === t[k]!.start &&
    /^\d+$/u.test(before.text) &&
    /^\d/u.test(t[k]!.text)
  );
}

/** The office opening the sentence at token `s`, followed by a lowercase word; null otherwise. */
function officeOpening(t: readonly Token[], s: number, text: string): string | null {
  if (!t[s] || !ROLE_HEAD_SET.has(t[s]!.lower) || !isCapitalised(t[s]!.text)) return null;
  let last = s;
  // `Kepala Dinas Pemuda, Olahraga dan Pariwisata Kabupaten X menyebut …`: an office
  // named by a list of fields goes on over its commas when `dan` joins its last field; commas with
  // no `dan` after them set off a name (`Kepala Dinas X, Tarjo Sumarlin menyebut`), no field.
  let listed = false;
  let joined = false;
  const fields = featureOn('cast.pointedOfficeAfterName');
  for (let k = s + 1; k < t.length && k - s < MAX_OFFICE; k++) {
    const w = t[k]!.text;
    const capitalNext = isCapitalised(t[k + 1]?.text ?? '');
    const joins = w === 'dan' && capitalNext;
    const field = fields && w === ',' && capitalNext;
    if (field) [listed, joined] = [true, false];
    if (joins) joined = true;
    if (!isCapitalised(w) && !isInBrackets(w) && !isDigits(w) && !joins && !field) break;
    last = k;
  }
  const next = t[last + 1]?.text ?? '';
  if (last === s || !startsLower(next) || (listed && !joined)) return null;
  return text.slice(t[s]!.start, t[last]!.end);
}

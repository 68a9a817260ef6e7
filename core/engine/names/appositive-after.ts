/**
 * The description set off by commas right after a name (`Suharto (45), pria asal Wonosari, …`,
 * `Agus Wiratmaja, pelatih tim itu, memuji …`, `Tom Reyes, 58, a farmer from Leeds, said …`): the
 * appositive, read here once for its two readers. The cast keeps it as the person's role when an
 * office opens it (cast/read-mentions.ts); the discourse model keeps every description, so a cue
 * pointing back by origin, schooling, kin or sex has words to agree with (discourse/introduction.ts).
 * A fix to where an appositive starts or ends belongs here, so both readers get it.
 */
import { MAX_ROLE_WORDS } from './role-before-relative';
import { featureOn } from '../features';
import { THING_ARTICLES } from '../../lexicon/roles';
import { isAbbreviation, numberAfterNoun } from '../text/text';
import { ASCII_ALNUM, isDigitUnit, isLetterCp, isSpaceCp, trailingRun } from '../text/chars';
import { isBracketedAge } from './age-phrase';
import { SPACE_RUNS } from '../text/string-scans';

/** The description after a name, as written, and how it is set off. */
export interface Appositive {
  /** The description, trimmed (`pria asal Wonosari`). */
  readonly text: string;
  /** Where the description starts in the paragraph's text. */
  readonly start: number;
  /**
   * The mark that closes it: its comma, or a sentence's dot written right after its last word
   * (`… Andi (30), warga Desa X.`), which only an introduction with an age may end on.
   */
  readonly close: ',' | '.';
  /** The age stepped over before it: in brackets (`X (45), …`), between commas (`X, 58, …`), or none. */
  readonly age: 'bracketed' | 'alone' | null;
  /** A bracketed note between the name and the comma that is no age (`X (PDIP), …`). */
  readonly note: boolean;
}

/** Most characters read as one appositive. */
const REACH = 80;

/** Most words read as one appositive: a longer run is a clause (`Menurut X, pembeli kini …`). */
const MOST_WORDS = 8;

/** A bracketed note right after the name (`(45)`, `(PDIP)`), before the comma. */
const NOTE = /^\s*\([^()]{0,40}\)/u;

/** `45`, `45 tahun`, `45 years old`: an age alone, after which the description may go on. */
const AGE_ONLY = /^\d{1,3}(?:\s+(?:tahun|years?(?:\s+old)?))?$/iu;
/** AGE_ONLY, asked only of a chunk opening with a digit (most open with a word). */
const isAgeOnly = (chunk: string): boolean =>
  isDigitUnit(chunk.charCodeAt(0)) && AGE_ONLY.test(chunk);

/**
 * The appositive after a name ending at offset `from` of `text` (after an optional bracketed note,
 * `X (45), …`): from its comma to the mark that closes it, which a clause after a framing comma
 * (`Menurut X, pembeli kini mengurangi belanja.`) does not reach within a few words; an age alone
 * (`X, 45, a farmer, …`) is stepped over to the description after it. Null when there is none.
 */
export function readAppositive(text: string, from: number): Appositive | null {
  let at = skipSpace(text, from);
  const note = text[at] === '(' ? NOTE.exec(text.slice(at, at + 42)) : null;
  let age: Appositive['age'] = null;
  if (note) {
    at = skipSpace(text, at + note[0].length);
    if (isBracketedAge(note[0].trim())) age = 'bracketed';
  }
  for (let k = 0; k < 2; k++) {
    if (text[at] !== ',') return null;
    const start = skipSpace(text, at + 1);
    const end = closingMark(text, start, RELATIVE_REACH);
    const chunk = text.slice(start, end < 0 ? start + REACH + 40 : end).trim();
    const words = chunk.split(SPACE_RUNS);
    if (!chunk || tooLong(chunk, words)) return null;
    if (end < 0) return null;
    const close = text[end];
    // A comma inside a number (`Rp 12,5 juta`) closes nothing, and no description ends there.
    if (close === ',' && isDigitUnit(text.charCodeAt(end + 1))) return null;
    if (!isAgeOnly(chunk)) {
      if (close === ',' || (close === '.' && end > 0 && !isSpaceCp(text.charCodeAt(end - 1))))
        return { text: chunk, start, close, age, note: !!note && !age };
      return null;
    }
    age = 'alone';
    at = end;
  }
  return null;
}

/** Stop marks: a pause, a sentence's end, a quotation mark, a bracket, a dash set off by spaces. */
/**
 * `sopir angkot yang melayani trayek terminal sejak pabrik tutup`: a role that runs into a relative
 * clause about the person (role-before-relative.ts) may be longer, to this reach and this many words.
 */
const RELATIVE_REACH = 240;
const RELATIVE_WORDS = 32;

/** True when the description `chunk` (its `words`) is longer than an appositive runs. */
function tooLong(chunk: string, words: readonly string[]): boolean {
  const rel = words.indexOf('yang');
  // So may one that goes on into an unnamed place (`murid kelas lima sebuah SD swasta di …`),
  // which the cast's role stops before (cast.roleBeforeIndefinite).
  const thing = words.findIndex(w => THING_ARTICLES.has(w));
  const relative =
    (rel > 0 && rel <= MAX_ROLE_WORDS && featureOn('names.roleBeforeRelative')) ||
    (thing > 0 && thing <= MAX_ROLE_WORDS && featureOn('cast.roleBeforeIndefinite'));
  return relative
    ? chunk.length > RELATIVE_REACH || words.length > RELATIVE_WORDS
    : chunk.length > REACH || words.length > MOST_WORDS;
}

/** Marks that end an appositive; a dash ends it only with a space on each side (` – `). */
const STOP_MARKS = ',.;:!?()“”"';
const DASHES = '-–—';

/**
 * The first stop at or after `from`, as `/[,.;:!?()“”"]|\s[-–—]\s/gu` finds it (a scan: no regex
 * compiled on a cold start): its offset and what stops (a dash's three characters), or null.
 */
export function nextStop(text: string, from: number): { index: number; mark: string } | null {
  for (let i = from; i < text.length; i++) {
    // An ASCII letter or digit is neither a mark nor a space: skipped on its code unit.
    const unit = text.charCodeAt(i);
    if (unit < 0x80 && ASCII_ALNUM[unit] === 1) continue;
    const c = text[i]!;
    if (STOP_MARKS.includes(c)) return { index: i, mark: c };
    const dash = isSpaceCp(text.charCodeAt(i)) && DASHES.includes(text[i + 1] ?? ',');
    if (dash && isSpaceCp(text.charCodeAt(i + 2))) return { index: i, mark: text.slice(i, i + 3) };
  }
  return null;
}

/**
 * Where the appositive opening at `start` ends: a stop mark, but no abbreviation's dot (`Jl.`) and
 * no bracket closed inside it (`pengamat dari Universitas Nusa (UNU)`: the acronym is part of it).
 */
function closingMark(text: string, start: number, reach = REACH + 40): number {
  let from = start;
  for (let m = nextStop(text, from); m && m.index < start + reach; m = nextStop(text, from)) {
    from = m.index + m.mark.length;
    if (m.mark === '(' && featureOn('names.bracketInAppositive')) {
      const shut = text.indexOf(')', m.index);
      const open = text.indexOf('(', m.index + 1);
      if (shut > m.index && (open < 0 || open > shut)) {
        from = shut + 1;
        continue;
      }
    }
    if (m.mark !== '.' || !featureOn('cast.abbreviationInRole')) return m.index;
    // The letters right before the dot (`/[\p{L}]+$/u`, as a scan).
    const before = text.slice(start, m.index);
    const word = before.slice(trailingRun(before, isLetterCp));
    if (!isAbbreviation(word) || numberAfterNoun(text, m.index - word.length, word)) return m.index;
  }
  return -1;
}

/** The first offset at or after `at` that is no white space. */
function skipSpace(text: string, at: number): number {
  while (at < text.length && isSpaceCp(text.charCodeAt(at))) at++;
  return at;
}

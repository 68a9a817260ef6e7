/**
 * An age inside a description (`pelatih berusia 51 tahun itu`, `pemain berumur 24 tahun`): the
 * number belongs to the description of the person, so a description read word by word goes on
 * across it instead of stopping at the digits.
 */
import { DEFINITE } from '../../lexicon/pronouns';
import { AGE_WORD_SET, AGE_WORDS } from '../../lexicon/time-nouns';
import type { Token } from '../text/text';
import { isDigits, isSpaceCp, lazyRegExp } from '../text/chars';
import { featureOn } from '../features';
import { isVerbShape } from '../text/affix-shapes';
import { MEN_SHAPED_NOUNS } from '../../lexicon/verb-lookalikes';

/** The words introducing an age, as one alternation (lexicon/time-nouns.ts). */
const AGE_WORD = AGE_WORDS.join('|');

/** Units an age is counted in. */
const AGE_UNITS: ReadonlySet<string> = new Set(['tahun', 'bulan', 'years', 'year']);

/**
 * When token `j` is the number of an age (`berusia` `51` `tahun`), the index after its unit;
 * otherwise `j`.
 */
export function afterAge(toks: readonly Token[], j: number): number {
  const n = toks[j];
  if (!n || !isDigits(n.text)) return j;
  if (!AGE_WORD_SET.has(toks[j - 1]?.lower ?? '')) return bareAgeEnd(toks, j);
  return AGE_UNITS.has(toks[j + 1]?.lower ?? '') ? j + 2 : j;
}

/**
 * `kata perempuan 52 tahun itu`: an age written without `berusia`, a number of years right before
 * the demonstrative that closes the description (a count of years that is no age, `selama 5 tahun
 * itu`, never follows a person noun at a cue). The index after the unit, or `j`.
 */
function bareAgeEnd(toks: readonly Token[], j: number): number {
  if (!featureOn('names.bareAge') || toks[j]!.text.length > 3) return j;
  const unit = toks[j + 1]?.lower ?? '';
  return (unit === 'tahun' || unit === 'years') && DEFINITE.has(toks[j + 2]?.lower ?? '')
    ? j + 2
    : j;
}

/** `(52)`, `(52 tahun)`: a person's age in brackets, its number captured (a RegExp source). */
export const BRACKETED_AGE = '\\((\\d{1,3})(?:\\s+tahun)?\\)';

/** True when `text` is an age in brackets and nothing else (`(39)`, one token). */
/**
 * `70` in `Budi Santoso, 70, …`: a bare age, one to three digits, as a token set off by commas
 * (English copy, asides before a cue). A scan, not `/^\d{1,3}$/u`: asked of many tokens.
 */
export const isBareAge = (text: string): boolean =>
  text.length > 0 && text.length <= 3 && isDigits(text);

export function isBracketedAge(text: string): boolean {
  return opensAge(text, 0) && text.endsWith(')') && BRACKETED_AGE_ONLY.test(text);
}

/** An ASCII digit at `i`. */
const isDigitAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
};

/** `(` and a digit at `i`: where BRACKETED_AGE can match. */
const opensAge = (text: string, i: number): boolean =>
  text.charCodeAt(i) === 0x28 && isDigitAt(text, i + 1);

const BRACKETED_AGE_ONLY = new RegExp(`^${BRACKETED_AGE}$`, 'u');

/**
 * The age written right after a name: `(52)`, `(52 tahun)`, `, 52 tahun,`, `, berusia 52 tahun,`, English `, 58,`.
 * Only the number counts; what follows it (a role, a verb) does not.
 */
const AGE_AFTER_NAME = new RegExp(
  `^\\s*(?:${BRACKETED_AGE}|,\\s*(?:(?:${AGE_WORD})\\s+)?(\\d{1,3})(?:\\s+tahun)?\\s*,)`,
  'u',
);

/** `, dalang berusia 26 tahun asal Klaten,`: an age inside the description set off after a name. */
const AGE_IN_APPOSITION = /^\s*,[^,.;:"“”()]{0,40}?\s(?:berusia|berumur)\s+(\d{1,3})\s+tahun\b/u;

/** `Sarno yang berusia 61 tahun`: an age told by a relative clause right after a name. */
const AGE_IN_RELATIVE = new RegExp(`^\\s*yang\\s+(?:${AGE_WORD})\\s+(\\d{1,3})\\s+tahun\\b`, 'u');

/**
 * The age `text` opens with, right after a name (AGE_AFTER_NAME, AGE_IN_APPOSITION), or null; with
 * `predicate`, also one the clause tells of the name (AGE_AS_PREDICATE), asked only of a known
 * person's mention: before a lone word it would make a person of a description's noun
 * (`Pria berusia 50 tahun …`).
 */
export function ageAfterName(text: string, predicate = false): number | null {
  // Each regex is asked only where its fixed parts are (most names are followed by none of them,
  // so a cold start compiles none of the three): AGE_AFTER_NAME opens with `(` and a digit, or with
  // a comma then a digit or an age word; AGE_IN_APPOSITION with a comma and has `berusia` or
  // `berumur`; AGE_IN_RELATIVE opens with `yang`.
  let at = 0;
  while (at < text.length && isSpaceCp(text.charCodeAt(at))) at++;
  if (text.charCodeAt(at) === 0x2c) {
    let next = at + 1;
    while (next < text.length && isSpaceCp(text.charCodeAt(next))) next++;
    if (text.startsWith('a', next) && featureOn('names.englishAgeApposition')) {
      const en = englishAgeApposition(text.slice(next));
      if (en !== null) return en;
    }
    if (!isDigitAt(text, next) && !AGE_WORDS.some(w => text.startsWith(w, next)))
      return text.includes('berusia') || text.includes('berumur') ? ageInApposition(text) : null;
  } else if (!opensAge(text, at)) {
    if (text.startsWith('yang', at)) return ageInRelative(text);
    return predicate ? ageAsPredicate(text) : null;
  }
  const m = AGE_AFTER_NAME.exec(text);
  if (m) return Number(m[1] ?? m[2]);
  return ageInApposition(text) ?? ageInRelative(text);
}

/** `a 63-year-old vegetable seller`, `an 81-year-old widow`: English copy's age in apposition. */
const EN_AGE_APPOSITION = lazyRegExp(() => /^an? (\d{1,3})-year-old\b/);

/**
 * The age an English apposition opens with (`, a 63-year-old vegetable seller from X,`), or null
 * (names.englishAgeApposition).
 */
function englishAgeApposition(text: string): number | null {
  const m = EN_AGE_APPOSITION().exec(text);
  return m ? Number(m[1]) : null;
}

/**
 * AGE_IN_APPOSITION's age, or null. With names.ageNotInClause, none when a verb opens what follows
 * the name's comma (`Budi, menyebut peserta tertua berusia 88 tahun`): the name is a clause's
 * subject telling of somebody else's age, no description of the person (`Siti, nenek yang
 * mengaku berusia 80 tahun` is one).
 */
function ageInApposition(text: string): number | null {
  const a = AGE_IN_APPOSITION.exec(text);
  if (!a) return null;
  const first =
    a[0]
      .slice(a[0].indexOf(',') + 1)
      .trimStart()
      .split(/\s/u, 1)[0] ?? '';
  if (featureOn('names.ageNotInClause') && isClauseVerb(first)) return null;
  return Number(a[1]);
}

/** A `me-` verb (`mengatakan`), none of the nouns shaped like one (`menteri`). */
const isClauseVerb = (w: string): boolean =>
  w.startsWith('me') && isVerbShape(w) && !MEN_SHAPED_NOUNS.has(w);

/** AGE_IN_RELATIVE's age (feature cast.agedLoneName), or null. */
function ageInRelative(text: string): number | null {
  const r = featureOn('cast.agedLoneName') ? AGE_IN_RELATIVE.exec(text) : null;
  return r ? Number(r[1]) : null;
}

/**
 * `Darmini kini berusia 61 tahun`, `Sukarsih baru 38 tahun, sedangkan …`: an age told as what the
 * clause after the name says of it. With an age word (`berusia`, `berumur`) it may follow an adverb
 * of time; without one only after an adverb (`sudah`, `baru`) and with the clause closing right
 * after the years, since `sudah 20 tahun berjualan` counts years of something else. Never bare
 * (`X 58 tahun.`): after a verb of sentencing that is a prison term (`memvonis X 17 tahun.`).
 */
const AGE_AS_PREDICATE = lazyRegExp(
  () =>
    /^\s+(?:(?:kini|kala itu|saat ini|sekarang|baru|sudah|telah|masih|hampir|genap)\s+)?(?:(?:berusia|berumur)\s+(\d{1,3})\s+tahun\b(?!\s+(?:itu|tersebut|ini)\b)|(?:baru|sudah|telah|genap)\s+(\d{1,3})\s+tahun\s*(?:[,.;]|dan\b|sedangkan\b|sementara\b))/u,
);

/** AGE_AS_PREDICATE's age, or null (names.ageAsPredicate): never a description's own (`… itu`). */
function ageAsPredicate(text: string): number | null {
  if (!featureOn('names.ageAsPredicate')) return null;
  const m = AGE_AS_PREDICATE().exec(text);
  return m ? Number(m[1] ?? m[2]) : null;
}

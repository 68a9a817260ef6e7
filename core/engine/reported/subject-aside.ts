/**
 * What may stand between a pre-posed cue and its subject, stepped over so the subject is read
 * before it: cue adverbs (`juga`), a place and day set off by commas (place-day-aside.ts), where the
 * subject comes from (origin-aside.ts) or works (english-affiliation-aside.ts), a bracketed date or age, a bare day phrase (`pada Rabu sore`)
 * and the statement's channel (names/statement-channel.ts). Shared by the reported cue
 * (pre-cue.ts) and a direct quote's pre-posed cue (quotes/direct-cue-before.ts): both sentences
 * open the same way, whether the statement then goes on in marks or not.
 */
import { isBareAge } from '../names/age-phrase';
import {
  ADDRESSEE_WORDS,
  INTERVIEW_PASSIVE_SET,
  INTERVIEW_TIME_WORDS,
  SET_OFF_CONNECTIVES,
} from '../../lexicon/cues';
import { DAY_PARTS } from '../../lexicon/time-nouns';
import { pastCueAdverbs, skipChannel } from '../names/statement-channel';
import type { Token } from '../text/text';
import { startsLetter, startsUpper } from '../text/chars';
import { featureOn } from '../features';
import { skipAreasAfterDescription, skipOrigin } from './origin-aside';
import { skipPlaceDay } from './place-day-aside';
import { skipEnglishDay } from './english-day-aside';
import { skipLowercaseAffiliation } from './english-affiliation-aside';
import { opensWithWeekday } from './reported-clause';
import { CAPACITY_WORDS, MAX_CAPACITY } from '../names/capacity-after-name';
import { hasDigit } from '../text/chars';

/**
 * Steps back from the cue at `k` over an aside between subject and cue: a parenthetical with a
 * number (a date or an age: `(19/9)`, `(57 tahun)`; an alias like `(KPK)` belongs to the name),
 * with the comma that closes an appositive after it (`Seorang pedagang, X (45), mengaku`), and
 * the day name with its `pada` before a date. Returns the index the subject ends before.
 */
function skipAside(toks: readonly Token[], k: number): number {
  const comma = toks[k - 1]?.text === ',' ? 1 : 0;
  const t = toks[k - 1 - comma];
  if (!t || !t.text.startsWith('(') || !hasDigit(t.text)) return k;
  let j = k - 1 - comma;
  if (opensWithWeekday(toks[j - 1]?.text ?? '')) j--;
  if (toks[j - 1]?.text === 'pada') j--;
  return pastCueAdverbs(toks, j);
}

/**
 * Steps back from the cue at `k` over a bare age set off by commas right after a name (`Bambang
 * Susilo, 74, said …`, `Sumiati, 61, mengatakan …`): an age tells nothing of who spoke, so the
 * name before it is the subject (reported.bareAgeAside). Only after a capitalised word: after a
 * lowercase one the number belongs to a clause (`…, kata dia, 2, …`).
 */
function skipBareAge(toks: readonly Token[], k: number): number {
  if (toks[k - 1]?.text !== ',' || toks[k - 3]?.text !== ',') return k;
  if (!isBareAge(toks[k - 2]?.text ?? '') || !startsUpper(toks[k - 4]?.text ?? '')) return k;
  return featureOn('reported.bareAgeAside') ? pastCueAdverbs(toks, k - 3) : k;
}

/**
 * Steps back over `pada Day [part of day]` with no bracketed date (`X pada Rabu sore mengatakan`,
 * `X pada Senin menegaskan`): `pada` is required, so a capitalised day alone is not cut off a name.
 */
function skipDayPhrase(toks: readonly Token[], k: number): number {
  if (!featureOn('reported.dayPhraseAside')) return k;
  let j = k;
  if (DAY_PARTS.has(toks[j - 1]?.lower ?? '')) j--;
  if (!opensWithWeekday(toks[j - 1]?.text ?? '') || toks[j - 2]?.text !== 'pada') return k;
  return pastCueAdverbs(toks, j - 2);
}

/** How many words the circumstance of a statement may span (`saat ditemui di rumahnya di Cibening`). */
const MAX_CIRCUMSTANCE = 7;

/**
 * Steps back over whom the statement was told to or when it was asked for, written with no
 * punctuation right after a capitalised subject: `X kepada wartawan mengatakan`, `X saat ditemui
 * di kantornya mengatakan`, `X ketika dikonfirmasi mengatakan`. An interview passive alone after
 * the subject (`X ditemui di rumahnya mengatakan`) opens it too. Returns `k` when there is none.
 */
function skipCircumstance(toks: readonly Token[], k: number): number {
  // After a bare name or an appositive's comma: each reading its own switch.
  const afterName = featureOn('reported.circumstanceAside');
  if (!afterName && !featureOn('reported.circumstanceAfterAppositive')) return k;
  for (let j = k - 1; j >= 0 && k - j <= MAX_CIRCUMSTANCE; j--) {
    const w = toks[j]!;
    if (!startsLetter(w.text)) return k;
    const opens =
      ADDRESSEE_WORDS.has(w.lower) ||
      (INTERVIEW_TIME_WORDS.has(w.lower) && INTERVIEW_PASSIVE_SET.has(toks[j + 1]?.lower ?? '')) ||
      (INTERVIEW_PASSIVE_SET.has(w.lower) && !INTERVIEW_TIME_WORDS.has(toks[j - 1]?.lower ?? ''));
    if (!opens) continue;
    // The subject before it is a name (or its bracketed age), not a clause the phrase belongs to.
    const before = toks[j - 1]?.text ?? '';
    const named = afterName && (startsUpper(before) || /^\(\d/u.test(before));
    return named || closesAppositive(toks, j - 1) ? j : k;
  }
  return k;
}

/**
 * `Kepala Dinas X, Budi, saat ditemui di kantornya mengakui …`: the comma at `c` closes an appositive
 * name, so the circumstance after it follows the subject as it does a bare name. The name must be
 * set off by a comma before it too: a clause before a comma also ends in a capitalised word
 * (`Usai rapat di Gedung Sate, saat ditemui wartawan Gubernur X mengatakan`), and there the
 * subject stands after the circumstance, not before it.
 */
function closesAppositive(toks: readonly Token[], c: number): boolean {
  if (toks[c]?.text !== ',' || !featureOn('reported.circumstanceAfterAppositive')) return false;
  if (!startsUpper(toks[c - 1]?.text ?? '')) return false;
  // Back to the name's first token (`H. Budi Santoso`): capitalised words and the dots of initials.
  let j = c - 1;
  while (j > 0 && c - j < MAX_APPOSITIVE_NAME && inName(toks[j - 1]!.text)) j--;
  return toks[j - 1]?.text === ',';
}

const inName = (w: string): boolean => startsUpper(w) || w === '.';

/** Most tokens of an appositive name set off by commas, the dots of its initials included. */
const MAX_APPOSITIVE_NAME = 8;

/** How many tokens a circumstance set off by commas may span, its own commas and date included. */
const MAX_SET_OFF = 14;

/**
 * Steps back from the cue at `k` over a circumstance set off by commas after the subject, opened by
 * a time word or the addressee (`Menhub, saat meninjau posko mudik, meminta …`, `Kapolres, ketika
 * dihubungi, Senin (3/4), mengatakan …`, `X, kepada wartawan, menyebut …`): it says when or to whom
 * the statement was made, never who the subject is, so it is no role set off after the name.
 * Returns the index of the comma that opens it, or `k` when there is none.
 */
function skipSetOffCircumstance(toks: readonly Token[], k: number): number {
  if (!featureOn('reported.setOffCircumstance') || toks[k - 1]?.text !== ',') return k;
  for (let j = k - 2; j > 0 && k - j <= MAX_SET_OFF; j--) {
    const w = toks[j]!;
    if (/^[.!?;:]$/u.test(w.text)) return k;
    if (toks[j - 1]?.text !== ',') continue;
    if (!INTERVIEW_TIME_WORDS.has(w.lower) && !ADDRESSEE_WORDS.has(w.lower)) continue;
    // The subject before the opening comma is a name or title (or its bracketed age).
    const before = toks[j - 2]?.text ?? '';
    return startsUpper(before) || /^\(\d/u.test(before) ? j - 1 : k;
  }
  return k;
}

/**
 * Steps back from the cue at `k` over the capacity a named subject speaks in, written with no
 * punctuation between it and the cue (`Menlu X selaku tuan rumah mengatakan`, `Bupati X sebagai
 * ketua panitia menyebut`) or set off by commas (`X, selaku kuasa hukum korban, mengatakan`). The
 * word before `selaku` must end a name (capitalised, or a bracketed age or short form), so a
 * clause (`menunjuk warga sebagai saksi …`) is never cut. Returns `k` when there is none.
 */
function skipCapacity(toks: readonly Token[], k: number): number {
  if (!featureOn('reported.capacityAside')) return k;
  const comma = toks[k - 1]?.text === ',' ? 1 : 0;
  for (let j = k - 1 - comma; j > 0 && k - j <= MAX_CAPACITY + comma; j--) {
    const w = toks[j]!;
    if (!startsLetter(w.text)) return k;
    if (!CAPACITY_WORDS.has(w.lower)) continue;
    if (comma) return toks[j - 1]?.text === ',' && namedEnd(toks[j - 2]) ? j - 1 : k;
    return namedEnd(toks[j - 1]) ? j : k;
  }
  return k;
}

/** True when token `t` may end a subject's name: a capitalised word or a bracketed age or short form. */
const namedEnd = (t: Token | undefined): boolean =>
  !!t && (startsUpper(t.text) || /^\((\d|\p{Lu})/u.test(t.text));

/** The connectives of SET_OFF_CONNECTIVES, as their words. */
const CONNECTIVES: readonly (readonly string[])[] = SET_OFF_CONNECTIVES.map(c => c.split(' '));

/**
 * Steps back from the cue at `k` over a connective set off by commas after the subject (`Budi,
 * sementara itu, mengatakan …`, `Tom, meanwhile, said …`): it links the sentence to the one before
 * and is no role set off after the name (reported.setOffConnective). Returns the index of the comma
 * that opens it, or `k` when there is none.
 */
function skipSetOffConnective(toks: readonly Token[], k: number): number {
  if (toks[k - 1]?.text !== ',' || !featureOn('reported.setOffConnective')) return k;
  for (const words of CONNECTIVES) {
    const open = k - 2 - words.length;
    if (toks[open]?.text !== ',' || !startsUpper(toks[open - 1]?.text ?? '')) continue;
    if (words.every((w, n) => toks[open + 1 + n]!.lower === w)) return open;
  }
  return k;
}

/** The index the subject of the pre-posed cue at `i` ends before, past every aside but a channel. */
export function pastAsides(toks: readonly Token[], i: number): number {
  const adverbs = skipSetOffCircumstance(toks, skipSetOffConnective(toks, pastCueAdverbs(toks, i)));
  // The circumstance may stand on either side of a place and day (`X saat ditemui di Bandung,
  // Senin, mengatakan` / `X, Senin, kepada wartawan mengatakan`), so it is skipped before and after.
  const placeDay = skipCircumstance(toks, skipPlaceDay(toks, adverbs));
  const asides = skipEnglishDay(
    toks,
    skipDayPhrase(
      toks,
      skipAside(
        toks,
        skipBareAge(
          toks,
          skipOrigin(
            toks,
            skipAreasAfterDescription(toks, skipLowercaseAffiliation(toks, placeDay)),
          ),
        ),
      ),
    ),
  );
  // A capacity follows the whole subject, its bracketed age too (`X (45) selaku pemilik toko`).
  const circumstance = skipCircumstance(toks, asides);
  const capacity = skipCapacity(toks, circumstance);
  return capacity === circumstance ? capacity : skipAside(toks, capacity);
}

/** The index the subject of the pre-posed cue at `i` ends before, past every aside. */
export function subjectEndBefore(toks: readonly Token[], i: number): number {
  return skipChannel(toks, pastAsides(toks, i));
}

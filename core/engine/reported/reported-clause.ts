/**
 * Where a reported clause starts and ends once a cue has been found: past a comma, a linking word
 * (`bahwa`, `agar`) or an adjunct (`kepada wartawan,`), up to the sentence end.
 */
import {
  CLAUSE_LINK_SET,
  SOURCE_ASIDE_OPENER_SET,
  SOURCE_ASIDE_VERB_SET,
} from '../../lexicon/cues';
import type { BodyParagraph, Candidate } from '../candidate';
import type { Mention } from '../names/mention';
import { trimRange, type Token } from '../text/text';
import { afterMannerPhrase } from './manner-phrase';
import { hasAlnum, isAsciiWordUnit, startsLetter } from '../text/chars';
import { WEEKDAYS } from '../../lexicon/time-nouns';
import { countChunks } from '../text/string-scans';
import { featureOn } from '../features';
import { EN_AMOUNT_OPENERS } from '../../lexicon/cues-en';
import { englishTimeEnd } from './english-time';
import { opensTimeSpan } from './time-span';

/**
 * Words right after a cue verb that make it an act, not a statement (`meminta maaf`). `hal` is not
 * one: `hal itu tidak benar` is a clause, and noun-object.ts tells it from `hal itu kepada X`.
 */
export const ACT_OBJECTS = new Set(
  'maaf terima ucapan selamat pertanyaan apresiasi belasungkawa duka salam diri'.split(' '),
);
/** Prepositions that put an adjunct between the cue and its clause (`mengatakan kepada wartawan, …`). */
export const ADJUNCT = new Set(
  'kepada dalam di saat pada usai seusai ketika melalui lewat dari seperti sebagaimana sambil'.split(
    ' ',
  ),
);

/**
 * A clause that is only a date (`Senin (3/4)`) is an adjunct, not reported content: true when `s`
 * opens with a weekday not glued to a word character, as `/^(?:Senin|…|Ahad)\b/u` read it (a scan:
 * no regex compiled on a cold start; no weekday is the start of another).
 */
export function opensWithWeekday(s: string): boolean {
  for (const day of WEEKDAYS)
    if (s.startsWith(day)) return !isAsciiWordUnit(s.charCodeAt(day.length));
  return false;
}
/** English adjuncts after a speaker in bilingual copy (`said X on his speech`). */
export const EN_ADJUNCT = new Set(['on', 'in', 'at', 'during', 'after', 'before']);

/**
 * Number of words in `text[a, b)`, counted no further than `atMost`: callers compare it with a
 * small threshold, and a clause can run to the end of a very long line — counting it all for each
 * cue made such a line quadratic.
 */
export function wordCount(text: string, a: number, b: number, atMost = Infinity): number {
  return countChunks(text.slice(a, b), hasAlnum, atMost);
}

/** A reported quote plus where its subject starts (to cut a clause before the next subject). */
export type Hit = Candidate & { subjectAt: number };
export type Sentence = { start: number; end: number };

/** The clause from `from` to the sentence end, skipping a comma or linking word. */
export function clause(
  p: BodyParagraph,
  toks: readonly Token[],
  i: number,
  s: Sentence,
): { start: number; end: number } | null {
  let k = i;
  // After the cue's comma the clause has begun: a preposition there opens it (`mengatakan, pada
  // Senin malam polisi …`, `mencontohkan, dari sejumlah warung …`) rather than an adjunct of the cue.
  const afterComma = toks[k]?.text === ',' || toks[k]?.text === ':';
  if (afterComma) k++;
  // `menjelaskan secara lebih rinci …`: a manner adverbial of the cue, not the clause's first words.
  else k = pastEnglishTime(toks, afterMannerPhrase(toks, k));
  const link = toks[k]?.text ?? '';
  // After the comma a conditional (`…, jika hujan turun, panen mundur`) is part of the statement;
  // straight after the cue `kalau`/`jika` is a colloquial `bahwa`.
  if (CLAUSE_LINK_SET.has(link) && !(afterComma && CONDITIONALS.has(link))) k++;
  else if (!afterComma && isAdjunctStart(toks, k)) {
    // `mengatakan kepada wartawan, …` / `… kepada The Straits Times bahwa …`: the clause follows
    // the adjunct. An addressee (`meminta kepada warga untuk …`) may also end at `agar/untuk`;
    // a time or place adjunct may not (`pada Selasa … untuk memimpin` is inside the clause).
    const addressee = toks[k]!.text === 'kepada';
    while (
      k < toks.length &&
      toks[k]!.start < s.end &&
      toks[k]!.text !== ',' &&
      !LINK_AFTER_ADJUNCT.has(toks[k]!.text) &&
      !(addressee && CLAUSE_LINK_SET.has(toks[k]!.text))
    )
      k++;
    if (!toks[k] || toks[k]!.start >= s.end) return null;
    if (englishAdjunctThenParticiple(toks, i, k)) return null;
    k++;
  }
  k = pastSourceAside(toks, k, s);
  const t = toks[k];
  if (!t || t.start >= s.end) return null;
  // Only punctuation left (`… X declared.`): no clause, so a later rule may read the cue.
  const range = trimRange(p.text, t.start, s.end);
  return range.end > range.start ? range : null;
}

/**
 * `"…," X said on Monday (3/8), still mending a torn net.`: an English adjunct after the cue (from
 * `from`) closed by the comma at `k`, then a lowercase -ing participle, tells what the speaker was
 * doing, not what was said (reported.englishAdjunctParticiple).
 */
function englishAdjunctThenParticiple(toks: readonly Token[], from: number, k: number): boolean {
  if (toks[k]?.text !== ',' || !EN_ADJUNCT.has(toks[from]?.text ?? '')) return false;
  const j = PARTICIPLE_ADVERBS.has(toks[k + 1]?.text ?? '') ? k + 2 : k + 1;
  return (
    /^[a-z]{2,}ing$/u.test(toks[j]?.text ?? '') && featureOn('reported.englishAdjunctParticiple')
  );
}

/** Adverbs that may stand before such a participle (`…, still mending …`, `…, while pointing …`). */
const PARTICIPLE_ADVERBS = new Set(['still', 'while', 'also', 'visibly']);

/**
 * Past a source aside opening at `k` (`seperti dikutip Antara,`, `as quoted by Antara`): the index
 * after its comma, -1 when the aside runs to the sentence end (no clause), `k` when there is none.
 */
function pastSourceAside(toks: readonly Token[], k: number, s: Sentence): number {
  const opener = toks[k];
  if (!opener || !SOURCE_ASIDE_OPENER_SET.has(opener.lower)) return k;
  if (!SOURCE_ASIDE_VERB_SET.has(toks[k + 1]?.lower ?? '')) return k;
  for (let j = k + 2; j < toks.length && toks[j]!.start < s.end; j++)
    if (toks[j]!.text === ',') return j + 1;
  return -1;
}

/** Linking words that open a condition after the cue's comma rather than link its clause. */
const CONDITIONALS = new Set(['jika', 'kalau']);

/** Words that end an adjunct after the cue and open the clause (`kepada wartawan bahwa …`, `by phone that …`). */
const LINK_AFTER_ADJUNCT = new Set(['bahwa', 'that']);

/**
 * An adjunct of the cue opens at token `k`: an Indonesian preposition, or an English one (`said on
 * Friday, …`, `said after the match.`), whose phrase runs to a comma or a linking word.
 */
function isAdjunctStart(toks: readonly Token[], k: number): boolean {
  const w = toks[k]?.text ?? '';
  return (
    (ADJUNCT.has(w) && !isNowAdverb(toks, k) && !opensTimeSpan(toks, k)) ||
    (EN_ADJUNCT.has(w) && !englishAmount(toks, k))
  );
}

/**
 * `said at least four …`, `said at most ten …`: a preposition opening an amount is the clause's
 * first word, not an adjunct of the cue (`said at the meeting`).
 */
function englishAmount(toks: readonly Token[], k: number): boolean {
  if (!featureOn('reported.englishAmountNotAdjunct')) return false;
  return EN_AMOUNT_OPENERS.has(`${toks[k]!.lower} ${toks[k + 1]?.lower ?? ''}`);
}

/**
 * Past an English time phrase right after the cue (`said on Sunday his team …`, `said last week
 * the plan …`, `said yesterday …`): it dates the statement, and the clause, bare or with its
 * `that`, follows it. Any other adjunct (`said in a statement …`) is left to isAdjunctStart.
 */
function pastEnglishTime(toks: readonly Token[], k: number): number {
  if (!featureOn('reported.englishTimeAfterCue')) return k;
  const end = englishTimeEnd(toks, k);
  // Only a clause's words after it: a comma or a stop there (`said on Friday, as reported by …`)
  // leaves nothing reported.
  return end > k && startsLetter(toks[end]?.text ?? '') ? end : k;
}

/** `saat ini` / `saat itu` ("now", "then") is a sentence adverb inside the clause, not an adjunct of the cue. */
function isNowAdverb(toks: readonly Token[], k: number): boolean {
  return toks[k]?.text === 'saat' && /^(?:ini|itu)$/u.test(toks[k + 1]?.text ?? '');
}

/** Builds an indirect candidate. */
export function hit(
  p: BodyParagraph,
  range: { start: number; end: number },
  cue: Token,
  mention: Mention,
  subjectAt: number,
): Hit {
  return {
    type: 'indirect',
    paragraph: p.index,
    ...range,
    cue: cue.text,
    mention,
    at: cue.start,
    subjectAt,
  };
}

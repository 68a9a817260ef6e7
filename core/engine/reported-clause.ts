/**
 * Where a reported clause starts and ends once a cue has been found: past a comma, a linking word
 * (`bahwa`, `agar`) or an adjunct (`kepada wartawan,`), up to the sentence end.
 */
import { CLAUSE_LINK_SET } from '../lexicon/cues';
import type { BodyParagraph, Candidate } from './candidate';
import type { Mention } from './mention';
import { trimRange, type Token } from './text';
import { isCommonWordShape } from './word-shape';

/** Words that make a string of words a clause with a predicate (negation, aspect, modals, copulas). */
const PREDICATE_WORDS = new Set(
  'tidak tak bukan akan sudah telah harus bisa dapat adalah merupakan masih belum perlu sedang menjadi ada sebagai'.split(
    ' ',
  ),
);

/** Prepositions, determiners and adverbs that look like ber-/ter-/di- verbs. */
const NOT_VERBS = new Set(
  'terhadap tersebut terkait terutama termasuk terakhir bersama berupa berbagai beberapa dimana diri'.split(
    ' ',
  ),
);

/**
 * `menyampaikan kekecewaannya karena …`, `menjawab panggilan KPK pada Kamis`: a derived noun right
 * after the cue with no predicate after it is the verb's object, not a reported clause. A clause
 * whose subject is such a noun has a verb or predicate word (`menilai kebijakan itu tidak tepat`).
 */
export function isNounObject(text: string): boolean {
  const words = text.split(/\s+/u).filter(Boolean);
  const w = words[0] ?? '';
  // A derived noun (`perdamaian`), an -an noun (`panggilan`) or a possessed noun (`kekecewaannya`).
  const nounLike =
    isCommonWordShape(w.charAt(0).toUpperCase() + w.slice(1)) ||
    /^\p{Ll}{4,}an$/u.test(w) ||
    /^\p{Ll}{4,}nya$/u.test(w);
  if (!nounLike) return false;
  // `serangan itu balasan atas …`: a demonstrative with words after it closes a subject, and
  // what follows is a (nominal) predicate.
  if (/^(?:itu|ini|tersebut)$/u.test(words[1] ?? '') && words.length > 2) return false;
  const verb = /^(?:me|ber|ter)\p{Ll}{3,}$|^di\p{Ll}{4,}$/u;
  return !words.slice(1).some(v => PREDICATE_WORDS.has(v) || (verb.test(v) && !NOT_VERBS.has(v)));
}

/** Words right after a cue verb that make it an act, not a statement (`meminta maaf`). */
export const ACT_OBJECTS = new Set(
  'maaf terima ucapan selamat pertanyaan apresiasi belasungkawa duka salam hal diri'.split(' '),
);
/** Prepositions that put an adjunct between the cue and its clause (`mengatakan kepada wartawan, …`). */
export const ADJUNCT = new Set(
  'kepada dalam di saat pada usai seusai ketika melalui lewat dari seperti sebagaimana sambil'.split(
    ' ',
  ),
);

/** A clause that is only a date (`Senin (3/4)`) is an adjunct, not reported content. */
export const DATE_START = /^(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Ahad)\b/u;
/** English adjuncts after a speaker in bilingual copy (`said X on his speech`). */
export const EN_ADJUNCT = new Set(['on', 'in', 'at', 'during', 'after', 'before']);

/** Number of words in `text[a, b)`. */
export const wordCount = (text: string, a: number, b: number) =>
  text
    .slice(a, b)
    .split(/\s+/u)
    .filter(w => /[\p{L}\p{N}]/u.test(w)).length;

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
  if (toks[k]?.text === ',' || toks[k]?.text === ':') k++;
  if (CLAUSE_LINK_SET.has(toks[k]?.text ?? '')) k++;
  else if (ADJUNCT.has(toks[k]?.text ?? '')) {
    // `mengatakan kepada wartawan, …` / `… kepada The Straits Times bahwa …`: the clause follows the adjunct.
    while (
      k < toks.length &&
      toks[k]!.start < s.end &&
      toks[k]!.text !== ',' &&
      toks[k]!.text !== 'bahwa'
    )
      k++;
    if (!toks[k] || toks[k]!.start >= s.end) return null;
    k++;
  }
  const t = toks[k];
  if (!t || t.start >= s.end) return null;
  return trimRange(p.text, t.start, s.end);
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

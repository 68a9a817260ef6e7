/**
 * A statement credited by the sentence after it: `Posko juga dibuka di tiga kecamatan. Hal itu
 * disampaikan oleh Kepala BPBD X saat meninjau lokasi.` The second sentence opens with a reference
 * to what was just said (`Hal itu`, `Pernyataan tersebut`, `Demikian`) and names its agent after a
 * passive reporting verb that delivers it (`disampaikan`, `dikatakan`, not `diakui`); the sentence
 * before it, in the same paragraph, is that agent's reported statement (reported.creditedBefore).
 * A quote before it is credited by the discourse model instead (discourse/agent-after.ts).
 */
import { DELIVERING_PASSIVE_SET, SPEAKING_ACT_SET } from '../../lexicon/cues';
import { CREDITING_OPENERS, DEFINITE, STATEMENT_REFERENCES } from '../../lexicon/pronouns';
import { mentionAfter } from '../names/mention-after';
import { bodySentences, type SentenceSpan } from '../text/body-sentences';
import { featureOn } from '../features';
import { hit, wordCount, type Hit } from './reported-clause';
import type { RuleInput } from './reported-rule';
import { trimRange } from '../text/text';
import { SPACE_RUNS } from '../text/string-scans';

/** Fewest words of the credited sentence: a shorter one is a lead-in, no statement. */
const MIN_WORDS = 4;

/** `Hal itu disampaikan (oleh) X …` opening the sentence at token `i`: the sentence before, X's. */
export function creditedBefore(input: RuleInput, i: number): Hit | null {
  const { toks, s } = input;
  const t = toks[i]!;
  // Only the sentence's first token can open a credit: most are turned away by where they stand.
  if (t.start !== s.start || !featureOn('reported.creditedBefore')) return null;
  const lw = t.lower;
  let v = i + 1;
  if (STATEMENT_REFERENCES.has(lw) && DEFINITE.has(toks[i + 1]?.lower ?? '')) v = i + 2;
  else if (!CREDITING_OPENERS.has(lw)) return null;
  return DELIVERING_PASSIVE_SET.has(toks[v]?.lower ?? '') ? creditedAt(input, v) : null;
}

/** creditedBefore past its test, `v` at the passive verb (engine README: guards before bodies). */
function creditedAt(input: RuleInput, v: number): Hit | null {
  const { p, toks, s, ev } = input;
  const from = toks[v + 1]?.text === 'oleh' ? v + 2 : v + 1;
  const mention = mentionAfter(toks, from, p.text, ev);
  // A named agent only: `disampaikannya` and a pronoun go on from the last speaker already.
  if (mention?.kind !== 'named') return null;
  const before = sentenceBefore(p.text, bodySentences(p), s.start);
  if (!before) return null;
  // A quote there is credited as a quote (discourse/agent-after.ts), not as reported speech.
  if (p.marks.some(m => m.open < before.end && m.after > before.start)) return null;
  const text = p.text.slice(before.start, before.end);
  // `X akhirnya buka suara.`: a sentence telling that someone spoke says nothing itself.
  if (text.split(SPACE_RUNS).some(w => SPEAKING_ACT_SET.has(w.toLowerCase()))) return null;
  if (wordCount(p.text, before.start, before.end, MIN_WORDS) < MIN_WORDS) return null;
  return hit(p, before, toks[v]!, mention, toks[from]!.start);
}

/** The sentence of `spans` that ends last before `at`, without its final stop, or null. */
function sentenceBefore(
  text: string,
  spans: readonly SentenceSpan[],
  at: number,
): { start: number; end: number } | null {
  let prev: SentenceSpan | null = null;
  for (const sp of spans) {
    if (sp.end > at) break;
    prev = sp;
  }
  if (!prev) return null;
  const r = trimRange(text, prev.start, prev.end);
  const end = /[.!?]$/u.test(text.slice(r.start, r.end)) ? r.end - 1 : r.end;
  return end > r.start ? { start: r.start, end } : null;
}

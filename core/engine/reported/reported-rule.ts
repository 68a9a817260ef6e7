/**
 * The shared shape of the reported-speech rules (reported-cues.ts, reported-shapes.ts,
 * passive-mid.ts, pre-cue.ts, embedded-statement.ts): each reads one sentence of a paragraph at
 * one token and returns a hit or null. The order they are tried in is REPORTED_RULES
 * (reported-speech.ts).
 */
import type { BodyParagraph } from '../candidate';
import type { Mention } from '../names/mention';
import { clause, wordCount, type Hit, type Sentence } from './reported-clause';
import type { Token } from '../text/text';

/** What every rule reads: the paragraph, its tokens, the sentence being walked, the evidence. */
export interface RuleInput {
  readonly p: BodyParagraph;
  readonly toks: readonly Token[];
  readonly s: Sentence;
  /** Names the article gives evidence for, passed on to mention-after.ts / mention-before.ts. */
  readonly ev: ReadonlySet<string>;
}

/** A reported-speech rule: the hit whose cue is at token `i` of `input`, or null. */
export type ReportedRule = (input: RuleInput, i: number) => Hit | null;

/**
 * The clause from token `k` to the sentence end (reported-clause.ts), or null when it has fewer
 * than `minWords` words: shorter clauses are fragments, not statements.
 */
export function clauseOf(
  { p, toks, s }: RuleInput,
  k: number,
  minWords = 3,
): { start: number; end: number } | null {
  const c = clause(p, toks, k, s);
  return c && wordCount(p.text, c.start, c.end, minWords) >= minWords ? c : null;
}

/** Where `mention` ends in `text`, found from offset `from`. */
export function mentionEnd(text: string, mention: Mention, from: number): number {
  return text.indexOf(mention.text, from) + mention.text.length;
}

/** Index of the first token from `k` on that ends after `end`: the token after a mention. */
export function tokenPast(toks: readonly Token[], k: number, end: number): number {
  while (k < toks.length && toks[k]!.end <= end) k++;
  return k;
}

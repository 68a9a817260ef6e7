/**
 * A statement reported inside another sentence: `… setuju dengan pernyataan Ketua X di banyak
 * tempat yang menyatakan bahwa …`. The clause is the author's quote, but the sentence is about
 * someone else, so the quote is marked `embedded`: it does not become the antecedent of the next
 * `dia`/`-nya` (resolve.ts).
 */
import { PRE_CUE_SET } from '../../lexicon/cues';
import { mentionAfter } from '../names/mention-after';
import { hit, type Hit } from './reported-clause';
import { clauseOf, mentionEnd, tokenPast, type RuleInput } from './reported-rule';
import { skipStatementNoun } from '../names/statement-source';
import { startsLower } from '../text/chars';

/** How far (in tokens) an adjunct may separate the author from `yang` + cue. */
const MAX_GAP = 5;

/** `pernyataan X … yang menyatakan (bahwa) …` at token `i`, or null. */
export function embeddedStatement(input: RuleInput, i: number): Hit | null {
  const author = skipStatementNoun(input.toks, i);
  return author !== i ? embeddedAt(input, i, author) : null;
}

/**
 * embeddedStatement at a statement noun: a function of its own behind its test, so that an article
 * without one compiles only the test (engine README: guards before bodies).
 */
function embeddedAt(input: RuleInput, i: number, author: number): Hit | null {
  const { p, toks, ev } = input;
  const mention = mentionAfter(toks, author, p.text, ev);
  if (!mention || (mention.kind !== 'named' && mention.kind !== 'title')) return null;
  let k = tokenPast(toks, author, mentionEnd(p.text, mention, toks[author]!.start));
  const gapEnd = Math.min(toks.length, k + MAX_GAP);
  while (k < gapEnd && toks[k]!.text !== 'yang' && startsLower(toks[k]!.text)) k++;
  if (toks[k]?.text !== 'yang' || !PRE_CUE_SET.has(toks[k + 1]?.text ?? '')) return null;
  const c = clauseOf(input, k + 2);
  if (!c) return null;
  return { ...hit(p, c, toks[k + 1]!, mention, toks[i]!.start), embedded: true };
}

/**
 * A statement reported inside another sentence: `… setuju dengan pernyataan Ketua X di banyak
 * tempat yang menyatakan bahwa …`. The clause is the author's quote, but the sentence is about
 * someone else, so the quote is marked `embedded`: it does not become the antecedent of the next
 * `dia`/`-nya` (resolve.ts).
 */
import { PRE_CUE_SET } from '../lexicon/cues';
import type { BodyParagraph } from './candidate';
import { mentionAfter } from './mention-after';
import { clause, hit, wordCount, type Hit, type Sentence } from './reported-clause';
import { skipStatementNoun } from './statement-source';
import type { Token } from './text';

/** How far (in tokens) an adjunct may separate the author from `yang` + cue. */
const MAX_GAP = 5;

/** `pernyataan X … yang menyatakan (bahwa) …` at token `i`, or null. */
export function embeddedStatement(
  p: BodyParagraph,
  toks: readonly Token[],
  i: number,
  s: Sentence,
  ev: ReadonlySet<string>,
): Hit | null {
  const author = skipStatementNoun(toks, i);
  if (author === i) return null;
  const mention = mentionAfter(toks, author, p.text, ev);
  if (!mention || (mention.kind !== 'named' && mention.kind !== 'title')) return null;
  const mentionEnd = p.text.indexOf(mention.text, toks[author]!.start) + mention.text.length;
  let k = author;
  while (k < toks.length && toks[k]!.end <= mentionEnd) k++;
  const gapEnd = Math.min(toks.length, k + MAX_GAP);
  while (k < gapEnd && toks[k]!.text !== 'yang' && /^\p{Ll}/u.test(toks[k]!.text)) k++;
  if (toks[k]?.text !== 'yang' || !PRE_CUE_SET.has(toks[k + 1]?.text ?? '')) return null;
  const c = clause(p, toks, k + 2, s);
  if (!c || wordCount(p.text, c.start, c.end) < 3) return null;
  return { ...hit(p, c, toks[k + 1]!, mention, toks[i]!.start), embedded: true };
}

/**
 * Which tokens of a body paragraph stand inside its quotation marks, read once per paragraph: the
 * running text's mention reader and the reported-speech rules both skip quoted words, and each
 * asked a binary search over the paragraph's quotes for every token (a line of thousands of quotes
 * made that tokens × log quotes, twice).
 */
import type { BodyParagraph } from '../candidate';

const KEPT = new WeakMap<BodyParagraph, Uint8Array>();

/**
 * One flag per token of `p` (1: its start lies inside a quoted span, `open` ≤ start < `after`),
 * what `insideAny(quotes)(token.start)` answers for each token.
 */
export function quotedTokens(p: BodyParagraph): Uint8Array {
  let flags = KEPT.get(p);
  if (!flags) KEPT.set(p, (flags = flagsOf(p)));
  return flags;
}

/**
 * The flags in one walk: tokens are in text order, so the spans that open at or before a token are
 * taken in order of their opening, and a token is quoted when the furthest end among them lies
 * past its start.
 */
function flagsOf(p: BodyParagraph): Uint8Array {
  const spans = p.marks
    .filter(m => m.after > m.open)
    .map(m => ({ open: m.open, after: m.after }))
    .sort((a, b) => a.open - b.open);
  const flags = new Uint8Array(p.tokens.length);
  let next = 0;
  let furthest = -Infinity;
  p.tokens.forEach((t, i) => {
    while (next < spans.length && spans[next]!.open <= t.start)
      furthest = Math.max(furthest, spans[next++]!.after);
    if (furthest > t.start) flags[i] = 1;
  });
  return flags;
}

/**
 * The sentences of a body paragraph, read once: the reported-speech rules walk them and the
 * discourse model numbers them, and each read the whole paragraph again (on a text of one long
 * line, a walk over the whole text per reader).
 */
import type { BodyParagraph } from '../candidate';
import { sentences } from './text';

/** A sentence's offsets in its paragraph. */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

const KEPT = new WeakMap<BodyParagraph, readonly SentenceSpan[]>();

/**
 * The sentences of `p` from its body start (`p.from`) to its end; a full stop inside a quotation
 * does not end the sentence that quotes it.
 */
export function bodySentences(p: BodyParagraph): readonly SentenceSpan[] {
  let out = KEPT.get(p);
  if (!out) {
    const quoted = p.marks.map(m => ({ start: m.open, end: m.after }));
    KEPT.set(p, (out = sentences(p.text, p.from, p.text.length, quoted)));
  }
  return out;
}

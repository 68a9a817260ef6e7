/**
 * The unit passed between pipeline stages: one quote found in the text, before its speaker is
 * resolved to an entity.
 */
import type { QuoteType } from '../types';
import type { Mention } from './names/mention';
import type { Token } from './text/text';
import type { MarkedSpan } from './quotes/quote-marks';

/** A body paragraph: its index in the caller's array, its text, and where prose starts in it. */
export interface BodyParagraph {
  index: number;
  text: string;
  /** Offset where reading starts (after a `REPUBLIKA.CO.ID, CITY --` dateline). */
  from: number;
  /** Quoted spans, paired once per paragraph. */
  marks: MarkedSpan[];
  tokens: Token[];
}

/** A found quote with its cue and speaker mention, not yet resolved. */
export interface Candidate {
  type: QuoteType;
  paragraph: number;
  start: number;
  end: number;
  /** The cue word as written, or null for a floating quote. */
  cue: string | null;
  mention: Mention | null;
  /** Offset of the cue (or quote) in the paragraph, for ordering anaphora. */
  at: number;
  /** A quoted paragraph whose quote goes on in the next paragraph: it takes that part's speaker. */
  runsOn?: boolean;
  /** A statement quoted inside someone else's sentence: not the next pronoun's antecedent. */
  embedded?: boolean;
  /**
   * A feeling reported like a statement (`mengaku lega …`): no quote (the guidelines leave feelings
   * out), but read as one for who the text goes on about, so it is resolved and never shown.
   */
  unsaid?: boolean;
}

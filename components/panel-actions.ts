/**
 * What a quote in the panel can do, provided by the App to every quote (cards and the
 * article-order list) without threading callbacks through each layer. The default does nothing,
 * so components render on their own in tests.
 */
import { createContext } from 'preact';
import type { AnalysisResult, Quote } from '../core/types';

/** A quote the panel brings into view: after a click on its mark (`click`) or a move to it (`move`). */
export interface QuoteTarget {
  quoteId: string;
  kind: 'click' | 'move';
  /** Counts targets, so the same quote clicked twice is brought into view twice. */
  seq: number;
}

export interface PanelActions {
  /** The engine's result, before the reader's corrections (what "was" refers to). */
  original: AnalysisResult | null;
  /** Quote ids the reader has corrected. */
  corrected: ReadonlySet<string>;
  /** The quote currently on screen in the page, if known. */
  inView: string | null;
  /** The quote last clicked in the page or moved to: its card opens, a click highlights it. */
  target: QuoteTarget | null;
  /** Copies one quote with its speaker and a link to the sentence. */
  copyQuote(quote: Quote): void;
  /** Gives the quote to other speakers (ids of the article's speakers; empty: unnamed). */
  correct(quote: Quote, speakerIds: string[]): void;
  /** Takes the reader's correction of this quote back. */
  undo(quote: Quote): void;
}

export const NO_ACTIONS: PanelActions = {
  original: null,
  corrected: new Set(),
  inView: null,
  target: null,
  copyQuote: () => {},
  correct: () => {},
  undo: () => {},
};

export const PanelActionsContext = createContext<PanelActions>(NO_ACTIONS);

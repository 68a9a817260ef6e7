/**
 * What every reader of a paragraph's words needs, passed as one object: the tokens, the text their
 * offsets index, and what the article as a whole shows about its words (name-model.ts). The three
 * travel together through every reader of a name, a role or an office; as separate parameters
 * they made seven-parameter signatures of readers that only add a span or two of their own.
 */
import type { Token } from '../text/text';
import type { ArticleEvidence } from './name-model';

/** One paragraph's words, as the name, role and office readers read them. */
export interface ReadingContext {
  /** The paragraph's tokens. */
  readonly toks: readonly Token[];
  /** The paragraph's text, which the tokens' offsets index. */
  readonly text: string;
  /** The article's evidence about its words (names used alone, places, lowercase uses). */
  readonly evidence: ArticleEvidence;
}

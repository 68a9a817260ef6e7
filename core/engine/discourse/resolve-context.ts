/**
 * What resolving one article reads, built once before the first quote: the paragraphs' texts and
 * positions, the discourse model's mentions, the words each quote holds, the people by where their
 * name ends — and the speeches resolved so far, which a pointing mention and a floating quote look
 * back on. Only `speeches` grows while quotes are resolved; the cast never changes.
 */
import type { BodyParagraph, Candidate } from '../candidate';
import type { Cast } from '../cast/cast';
import type { CastMention } from '../cast/cast-mentions';
import type { Entity, Pos } from '../cast/entity';
import { featureOn } from '../features';
import { personByEnd } from './appositive';
import {
  CandidateMemo,
  type AntecedentCandidate,
  type PointingKind,
  type Speech,
} from './candidates';
import { discourseMentions } from './discourse-mentions';
import { DocIndex } from './doc-index';
import { IntroducedTitles } from './introduced-title';
import { readIntroductions, type Introduction } from './introduction';
import { QuotedWords } from './quoted-words';

/** One choice of the discourse model, for fitting its weights (scripts/fit-discourse.ts). */
export interface Decision {
  quote: Candidate;
  kind: PointingKind;
  candidates: AntecedentCandidate[];
  chosen: number;
}

/** What was chosen for one mention: the speakers, and the antecedent that explains them. */
export interface Choice {
  entities: readonly Entity[];
  /** The body paragraph where the antecedent was last mentioned or last spoke. */
  antecedent?: { paragraph: number; via: 'speaker' | 'mention' };
}

export interface ResolveContext {
  cast: Cast;
  doc: DocIndex;
  /** The paragraphs' texts by index. */
  texts: ReadonlyMap<number, string>;
  mentions: readonly CastMention[];
  words: QuotedWords;
  /** People named in the running text by where their name ends (empty with the feature off). */
  byEnd: ReadonlyMap<Pos, Entity>;
  /** The statements resolved so far, in text order (embedded ones left out). */
  speeches: Speech[];
  /** What the antecedent candidates read once and ask again at every pointing mention. */
  memo: CandidateMemo;
  /** Who introduced by a title's words the role reader did not tie to them (introduced-title.ts). */
  introduced: IntroducedTitles;
  /** Receives each choice of the discourse model, when given. */
  decisions?: Decision[];
  /** Each person's descriptions set off after their name (introduction.ts). */
  introductions?: ReadonlyMap<Entity, Introduction>;
}

/** The context for resolving the quotes of `body` against the frozen `cast`. */
export function resolveContext(
  cast: Cast,
  body: readonly BodyParagraph[],
  decisions?: Decision[],
): ResolveContext {
  const doc = new DocIndex(body);
  const texts = doc.texts;
  const introduced = new IntroducedTitles(cast.records, texts);
  return {
    cast,
    doc,
    texts,
    mentions: discourseMentions(cast, doc, introduced),
    introduced,
    words: new QuotedWords(texts),
    byEnd: featureOn('discourse.appositive') ? personByEnd(cast) : new Map<Pos, Entity>(),
    speeches: [],
    memo: new CandidateMemo(),
    introductions: readIntroductions(cast.records, texts, doc),
    ...(decisions ? { decisions } : {}),
  };
}

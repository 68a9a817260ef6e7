/**
 * Where the article's people were mentioned in the running text, in order: the candidates for
 * the antecedent of `dia`, `-nya` or `mereka` (discourse/candidates.ts).
 */
import type { Entity, Pos } from './entity';

/**
 * A person mention in the running text: a single person, an `X dan Y` group, or an unnamed
 * subject (entities []).
 */
export interface CastMention {
  readonly at: Pos;
  readonly entities: readonly Entity[];
  readonly subject: boolean;
  /** An unnamed plural subject (`Para menteri …`) that a later `mereka` may mean. */
  readonly unnamedGroup?: boolean;
  /** An unnamed singular subject (`Seorang ibu …`, `Jaksa mengungkapkan …`), entities []. */
  readonly unnamed?: boolean;
}

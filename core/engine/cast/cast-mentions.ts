/**
 * Where the article's people were mentioned in the running text, in order: the candidates for
 * the antecedent of `dia`, `-nya` or `mereka` (discourse/candidates.ts).
 */
import type { Entity, Pos } from './entity';
import type { SentenceRole } from './mention-record';

/**
 * A person mention in the running text: a single person, an `X dan Y` group, or an unnamed
 * subject (entities []).
 */
export interface CastMention {
  readonly at: Pos;
  readonly entities: readonly Entity[];
  readonly subject: boolean;
  /** How its record stands in the sentence (sentence-role.ts). */
  readonly role: SentenceRole;
  /** Read at a quote's cue too (`“…,” kata X`): that quote's speech already stands for it. */
  readonly atCue?: boolean;
  /** Set off by commas right after a role (`Manajer X, Budi,`): presented as a source. */
  readonly described?: boolean;
  /**
   * The description its sentence opens with before the name and a comma (`Juru bicara Kementerian
   * X, Budi, …`): an organisation named in it is one this person speaks for.
   */
  readonly leadIn?: string;
  /**
   * Set off after a kin noun right after a source (`X (52), warga Y, … . Suaminya, Z, …`): that
   * source's relative, whom the lead-in presents as no source (discourse-mentions.ts).
   */
  readonly relative?: boolean;
  /** An unnamed plural subject (`Para menteri …`) that a later `mereka` may mean. */
  readonly unnamedGroup?: boolean;
  /**
   * Two people named side by side as one subject in a shape the cast does not list
   * (discourse/joined-pair.ts): its members were each mentioned already, so it opens no new topic.
   */
  readonly paired?: boolean;
  /** A person with the companions they act with (discourse/companions.ts), as one group. */
  readonly companions?: boolean;
  /** An unnamed singular subject (`Seorang ibu …`, `Jaksa mengungkapkan …`), entities []. */
  readonly unnamed?: boolean;
  /**
   * A description opening its clause that means somebody the article brought in unnamed
   * (`Pedagang jagung bakar tadi …` after `Seorang pedagang jagung bakar …`): unnamed, not new.
   */
  readonly backToUnnamed?: boolean;
}

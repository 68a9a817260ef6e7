/**
 * One mention of someone (or of a place, a group, nobody in particular) as the article writes it,
 * read once per article (read-mentions.ts): the running text's capitalised runs and unnamed
 * subjects, and the speaker mention at every quote's cue. The cast is built from these records
 * once (build-cast.ts), and quotes are resolved against that cast without changing it.
 */
import type { Entity, Pos } from './entity';
import type { NamedRef } from '../names/name-split';

/** What a mention is. */
export type MentionKind =
  'person' | 'organization' | 'place' | 'group' | 'pronoun' | 'nya' | 'title' | 'unnamed';

/**
 * How a mention stands in its sentence (sentence-role.ts): the subject of a reporting clause (the
 * speaker named at a cue, `Budi menilai`, `disampaikan Budi`), the subject of a passive verb
 * (`Budi ditangkap`), another clause-opening subject, a name after a preposition (`kepada Budi`),
 * an object (a verb's object, a possessor, a list member), or other (a record no clause role
 * applies to).
 */
export type SentenceRole =
  'cueSubject' | 'subject' | 'passiveSubject' | 'oblique' | 'object' | 'other';

/** True for the roles of a clause's subject. */
export const isSubjectRole = (r: SentenceRole): boolean =>
  r === 'cueSubject' || r === 'subject' || r === 'passiveSubject';

/**
 * How a name in the running text enters the cast: it introduces an entity (a full name, a name with
 * its role), refers to one the article introduces elsewhere, or neither.
 */
export type CastLink = 'introduces' | 'refers' | 'none';

/** One mention, as read. */
export interface MentionRecord {
  readonly at: Pos;
  readonly end: Pos;
  /** The span as written (a substring of its paragraph). */
  readonly text: string;
  readonly kind: MentionKind;
  readonly sentenceRole: SentenceRole;
  /** The name/role/alias reading of a named mention; null for pronouns, titles, unnamed ones. */
  readonly ref: NamedRef | null;
  /** For a name read at a cue: the reading the quote holds, by which it asks the cast (`entityOf`). */
  readonly cueRef: NamedRef | null;
  readonly link: CastLink;
  /**
   * Read at a quote's cue (`kata Budi`): the name resolves there, and a name the article never
   * gave in full becomes an entity of its own. A cue's span read in the running text too is one
   * record, with the cue's reading.
   */
  readonly atCue: boolean;
  /** Whether the mention opens a clause (the running text's reading of its position). */
  readonly opensClause: boolean;
  /** Whether a later pronoun may mean it (no place, facility or publication). */
  readonly speakerLike: boolean;
  /**
   * The indices of the records this one is listed with, in text order: the `X` of `X dan Y`, the
   * `A` and `B` of `A, B, dan C` (name-list.ts); empty when it closes no list.
   */
  readonly groupWith: readonly number[];
  /** A nickname (`yang akrab disapa X`, `X, sapaan akrabnya,`) of the latest person before it. */
  readonly nickname: boolean;
  /** An unnamed plural subject (`Para menteri …`), the antecedent of a later `mereka`. */
  readonly plural: boolean;
  /**
   * A role a clause of its own gives the person (`X adalah Ketua RT`, `X yang bekerja sebagai
   * sopir`): the cast's role for a person given none beside any mention (predicate-role.ts).
   */
  readonly predicateRole?: string | null;
  /**
   * A lone name standing as its clause's subject with a predicate after it (`Karyoto duduk …`):
   * a person the story introduces by acting when no longer name holds the word (run-link.ts).
   */
  readonly narrated?: boolean;
}

/** A record with the entity the cast gave it (null when it names none). */
export interface CastRecord extends MentionRecord {
  readonly entity: Entity | null;
}

/** A record's `groupWith` when it closes no list (one shared frozen array). */
export const NO_GROUP: readonly number[] = Object.freeze([]);

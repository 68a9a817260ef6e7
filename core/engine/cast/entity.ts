/**
 * What the cast is made of: one person or organisation, and a position in the text. Kept apart
 * from the cast (cast.ts) so the modules that read entities need not import it. An entity is
 * read-only: the cast is built once per article (build-cast.ts) and never changed afterwards.
 */

/** One person or organisation of the article. */
export interface Entity {
  /** The canonical name: the form its mentions agree on (build-cast.ts). */
  readonly name: string;
  readonly role: string | null;
  readonly kind: 'person' | 'organization';
  /** Other written forms (`Xi`, `Jokowi`). */
  readonly aliases: ReadonlySet<string>;
  /** Lowercase tokens of the fullest name form, for short-name matching. */
  readonly tokens: readonly string[];
  /** Where the article first mentions it. */
  readonly introducedAt: Pos;
}

/** A place in the text: paragraph and offset, comparable as one number. */
export type Pos = number;
/** Encodes a paragraph and offset as a comparable position. */
export const pos = (paragraph: number, offset: number): Pos => paragraph * 1_000_000 + offset;
/** The paragraph of a position (`pos`'s first argument). */
export const paragraphOf = (at: Pos): number => Math.floor(at / 1_000_000);
/** The offset of a position in its paragraph (`pos`'s second argument). */
export const offsetOf = (at: Pos): number => at % 1_000_000;

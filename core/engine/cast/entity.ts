/**
 * What the cast is made of: one person or organisation, and a position in the text. Kept apart
 * from the registry (entities.ts) so the modules that read entities need not import the registry.
 */

/** One person or organisation of the article. */
export interface Entity {
  name: string;
  role: string | null;
  kind: 'person' | 'organization';
  /** Other written forms (`Xi`, `Jokowi`). */
  aliases: Set<string>;
  /** Lowercase name tokens, for short-name matching. */
  tokens: string[];
}

/** A place in the text: paragraph and offset, comparable as one number. */
export type Pos = number;
/** Encodes a paragraph and offset as a comparable position. */
export const pos = (paragraph: number, offset: number): Pos => paragraph * 1_000_000 + offset;

/**
 * How the text names a speaker at one quote: a name (or several), a pronoun, a -nya clitic, a bare
 * role, or an unnamed description. Produced by mention-after.ts / mention-before.ts, resolved to
 * entities in resolve.ts.
 */
import type { NamedRef } from './name-split';

/** How a speaker is named at one quote. */
export type Mention =
  | { kind: 'named'; refs: NamedRef[]; text: string }
  | { kind: 'pronoun'; plural: boolean; text: string }
  | { kind: 'nya'; text: string }
  /** A role without a name (`kata Kapolri`, `papar mantan Dirjen itu`). */
  | { kind: 'title'; title: string; text: string }
  | { kind: 'anonymous'; text: string };

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
  /**
   * How the article relates a person to someone else (`suami`, `ayah`), when it says so: what the
   * panel shows for one who holds no role. The discourse model reads `role` only.
   */
  readonly relation?: string | null;
  /**
   * A role a clause of its own gives a person no mention gave one (`X adalah Ketua RT`;
   * predicate-role.ts): shown like a relation, read by no model.
   */
  readonly predicated?: string | null;
  /**
   * The role with the short forms the article defines written out (`Kepala Disperindag` →
   * `Kepala Dinas Perindustrian dan Perdagangan`; defined-short-forms.ts): read by title lookups
   * only, never shown.
   */
  readonly spelledRole?: string | null;
}

/** A place in the text: paragraph and offset, comparable as one number. */
export type Pos = number;

/** The stride of ordinary articles: every paragraph shorter than a million characters. */
const BASE_STRIDE = 1_000_000;
/**
 * Paragraphs are `stride` apart, so an offset must stay below it. One stride for all inputs would
 * either break on a paragraph over a million characters (the CLI takes a 5 MB single line) or make
 * ordinary positions exceed V8's small integers (2^30) and slow every comparison; so each analysis
 * sets it from its longest paragraph (strideFor) and ordinary articles keep 1,000,000 — their
 * positions, and so their results, are exactly as before. Module state is safe: an analysis is
 * synchronous from its first position to its result, so no other analysis runs between.
 */
let stride = BASE_STRIDE;

/** The smallest power of ten from 1,000,000 up that exceeds every offset (end offsets included). */
export function strideFor(longestParagraph: number): number {
  let s = BASE_STRIDE;
  while (s <= longestParagraph) s *= 10;
  return s;
}

/** Sets the stride for the analysis about to run, from the lengths of its paragraphs. */
export function usePositionsFor(paragraphs: readonly { readonly text: string }[]): void {
  stride = strideFor(paragraphs.reduce((m, p) => Math.max(m, p.text.length), 0));
}

/** Encodes a paragraph and offset as a comparable position. */
export const pos = (paragraph: number, offset: number): Pos => paragraph * stride + offset;
/** The paragraph of a position (`pos`'s first argument). */
export const paragraphOf = (at: Pos): number => Math.floor(at / stride);
/** The offset of a position in its paragraph (`pos`'s second argument). */
export const offsetOf = (at: Pos): number => at % stride;

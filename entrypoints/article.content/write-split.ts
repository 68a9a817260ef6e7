/**
 * Whether the start-up write goes out in one task or in two a frame apart (next-frame.ts).
 *
 * The split exists for big pages (issue 7's 1 MB article): the browser's rendering after our
 * write is a style recalculation of the whole document for the marks' new stylesheet (grows with
 * the page's elements: ~20 ms CPU for 2,600 paragraphs here) plus the pre-paint of every
 * highlighted range (~16 ms for 1,955 marks); in one frame they made one task over 50 ms. On an
 * ordinary article both are a few milliseconds, and the extra frame only delays the marks (and
 * costs a frame's rendering of its own): one task writes everything there.
 *
 * The limits are page size, not tuned per page: at them the rendering after a single write is an
 * estimated 3–5 ms (400 / 2,600 of the recalculation, 250 / 1,955 of the pre-paint).
 */

/** Above either count the write is split over two frames. */
export interface SplitLimits {
  /** Paragraphs read (a stand-in for the document's size, which the style recalculation walks). */
  paragraphs: number;
  /** Marks to paint (highlighted ranges, which the pre-paint walks). */
  marks: number;
}

export const SPLIT_LIMITS: SplitLimits = { paragraphs: 400, marks: 250 };

/** True when a write of `marks` marks on a page of `paragraphs` paragraphs is split (see above). */
export function splitsWrite(
  { paragraphs, marks }: SplitLimits,
  limits: SplitLimits = SPLIT_LIMITS,
): boolean {
  return paragraphs > limits.paragraphs || marks > limits.marks;
}

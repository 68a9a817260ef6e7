/**
 * The content script's way to its first marks, timed two ways (`PageState.workMs`, `elapsedMs`).
 *
 * - work: the main-thread time of our synchronous slices (read and analyse the page; then hide
 *   clutter and mark quotes). This is what the page pays, and what the panel footer reports.
 * - wall: script start to marks in place. It adds the wait for stored settings, which the script
 *   sits out on purpose (a reader who turned marks off must never see them flash), so it says how
 *   soon the reader sees marks, not how much work we did.
 *
 * Only `performance.now()` around the slices: the measuring costs nothing worth measuring.
 */

/** Accumulates work slices from one start time; `finish()` freezes the numbers. */
export class StartTiming {
  /** Main-thread milliseconds in our synchronous slices; null until `finish()`. */
  workMs: number | null = null;
  /** Milliseconds from script start to marks in place; null until `finish(true)`. */
  elapsedMs: number | null = null;
  private work = 0;

  /**
   * @param startedAt `performance.now()` when the script started.
   * @param now Test seam for the clock.
   */
  constructor(
    readonly startedAt: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Adds the synchronous slice that began at `from` and ends now. Ignored once finished. */
  slice(from: number): void {
    if (this.workMs === null) this.work += this.now() - from;
  }

  /**
   * Freezes the work total; with `marked` (marks in place, or settings applied with marks off),
   * also the wall time. Only the first call counts: later settings changes are not start-up.
   */
  finish(marked: boolean): void {
    if (this.workMs !== null) return;
    this.workMs = this.work;
    if (marked) this.elapsedMs = this.now() - this.startedAt;
  }
}

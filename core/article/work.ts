/**
 * Reading work that can pause. A page's reading (finding its paragraphs, its clutter, its label
 * boxes) is written once as a generator that `yield`s wherever stopping is safe: between
 * paragraphs, between batches of text nodes. The CLI and the tests run it to the end at once
 * (`runNow`); the content script runs it in slices of a time budget and gives the page a turn
 * between them (entrypoints/article.content/slicer.ts), so a 1 MB article never holds the page's
 * main thread in one long task. Yielding reads nothing and writes nothing: the work is the same
 * either way, and so is its result.
 */

/** Work that yields (nothing) where it may pause, and returns `T` at its end. */
export type Work<T> = Generator<void, T, void>;

/** Runs `work` to its end, without pausing, and returns its result. */
export function runNow<T>(work: Work<T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/**
 * How many small steps (text nodes looked at, elements tested) go between two pause points: a
 * pause point costs a generator round trip, so the cheapest loops offer one every so often.
 */
export const STEPS_PER_PAUSE = 64;

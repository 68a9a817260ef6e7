/**
 * Runs reading work (core/article/work.ts) in slices of a time budget, giving the page a turn
 * between slices, so that no task of ours holds the page's main thread for long on a big article
 * (the platform calls a task over 50 ms a long task; ours stay near the budget).
 *
 * The pause is one the page can neither see nor intercept: `scheduler.yield()` where the browser
 * has it (its continuation runs before other queued work, after input and rendering), else a
 * message on a MessageChannel of our own (a task without the 4 ms clamp of nested timers, and no
 * event on the page's window: never `window.postMessage`), else a timer.
 *
 * Cancelling is checked at every pause: work that is no longer wanted (the extension switched
 * off, the page moved on) stops there, before it has written anything, since reading work never
 * writes.
 */
import type { Work } from '../../core/article/work';

/**
 * Our slices' time budget, under a third of the 50 ms of a long task. Not 8 (issue 8): the budget
 * is wall time, which counts the time the thread waits for a core as work, so on a busy machine an
 * ordinary article's read and its marks' planning (5–8 ms of CPU) were cut into several slices,
 * each a task of ours with its own overhead and a pause before the write: in a Chromium trace of
 * seed-article, the answer's task and five continuations, 9.7 ms of CPU against about 5 in one task.
 * With 16 they run in one task there (bench:page-added, 8 traced cold loads each against the
 * 8 ms build, seed-article / current-design: 51.1 against 56.0 and 56.9 against 59.9 tasks per
 * load, 33.0 against 38.9 and 39.1 against 41.3 ms CPU); a big article is still read in slices.
 */
export const SLICE_BUDGET_MS = 16;

/** How `runSliced` measures and pauses; injected, so tests run it on a clock of their own. */
export interface Slicing {
  budgetMs: number;
  /** The clock, in ms (`performance.now`). */
  now: () => number;
  /** Gives the page a turn: resolves in a later task. */
  pause: () => Promise<void>;
  /** Told of each slice as it ends, with the time it began (start-up timing). */
  onSlice?: (from: number) => void;
}

/** What `runSliced` returns: the work's result, or null when it was cancelled at a pause. */
export type Sliced<T> = { value: T } | null;

/**
 * Runs `work` to its end in slices of `budgetMs`, pausing between them. Returns null, and drops
 * the work, when `cancelled()` is true after a pause. An error in the work rejects.
 */
export async function runSliced<T>(
  work: Work<T>,
  slicing: Slicing,
  cancelled: () => boolean = () => false,
): Promise<Sliced<T>> {
  let from = slicing.now();
  try {
    for (;;) {
      const step = work.next();
      if (step.done) {
        slicing.onSlice?.(from);
        return { value: step.value };
      }
      if (slicing.now() - from < slicing.budgetMs) continue;
      slicing.onSlice?.(from);
      await slicing.pause();
      if (cancelled()) return null;
      from = slicing.now();
    }
  } finally {
    // Ends a generator left at a pause (cancelled, or an error): its `finally` blocks run.
    work.return(undefined as T);
  }
}

type SchedulerWindow = { scheduler?: { yield?: () => Promise<void> } };

/** The page-invisible pause for `win` (see the top of this file). */
export function pauseFor(win: Window): () => Promise<void> {
  const scheduler = (win as Window & SchedulerWindow).scheduler;
  if (typeof scheduler?.yield === 'function') return () => scheduler.yield!();
  try {
    // Our own realm's constructor: a channel only we hold the two ends of.
    const channel = new MessageChannel();
    const waiting: (() => void)[] = [];
    channel.port1.onmessage = () => waiting.shift()?.();
    return () =>
      new Promise<void>(resolve => {
        waiting.push(resolve);
        channel.port2.postMessage(null);
      });
  } catch {
    return () => new Promise<void>(resolve => win.setTimeout(resolve, 0));
  }
}

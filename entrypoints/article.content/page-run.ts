/**
 * One run of the page code, from its start to its stop: what every stage of main.ts shares (the
 * page, the clock, the waits, the way reading is sliced, the stop and what it undoes), set up once
 * so the stages only do their own part.
 *
 * The stop is ours alone (see main.ts): a newer run in the same world stops this one first, and
 * only the extension going away, that newer run or a failed first read of the page stops it.
 * Everything queued (timers, frame requests, a retry's wait) is cut short or dropped when it
 * comes.
 */
import type { Work } from '../../core/article/work';
import { HIDDEN_ATTR } from './clutter-hider';
import { frameRequests } from './frame-requests';
import { guard } from './guard';
import { FRAME_WAIT_MAX_MS, nextFrameFor, waitFor } from './next-frame';
import type { PageSession, Prepared } from './session';
import { pauseFor, runSliced, SLICE_BUDGET_MS, type Sliced, type Slicing } from './slicer';
import { StartTiming } from './start-timing';
import type { Timers } from './throttle';
import { splitsWrite, type SplitLimits } from './write-split';

/**
 * The running instance, in our isolated world (which the page cannot see). If the page code is
 * ever injected into the same document again, the newer instance stops the older one first: our
 * own replacement for WXT's "newer script started" event, which pages can forge. Registered
 * before the first pause, so an instance still reading the page is stopped too.
 */
const RUNNING = Symbol.for('kata-siapa.page-code');
type WithRunning = typeof globalThis & { [RUNNING]?: { stop(): void } };

/** Stops the page code running in this world, if any, undoing what it did (see above). */
export function stopRunning(): void {
  (globalThis as WithRunning)[RUNNING]?.stop();
}

/** Test seams of `startPage`. */
export interface StartOptions {
  /** How reading work is sliced (budget, clock, pause); the page's own by default. */
  slicing?: Partial<Slicing>;
  /** The wait between two writes (next-frame.ts): a frame, then the slicing's pause. */
  nextFrame?: () => Promise<void>;
  /** Above which page size the write is split over two frames (write-split.ts). */
  splitLimits?: SplitLimits;
  /**
   * Asks for the following bundle (handover.ts) on first use; by default the background is asked
   * to inject it (main.ts's `askForFollowing`).
   */
  loadFollowing?: () => void;
}

/** What every stage of one run shares (see the top of this file). */
export interface PageRun {
  readonly doc: Document;
  readonly timing: StartTiming;
  readonly timers: Timers;
  /** A timer that never fires after the stop, its callback guarded. */
  setTimer(fn: () => void, ms: number): void;
  /**
   * A frame request of following, tooltips or the article in view: cancelled at the stop, never
   * run after it, its callback guarded (logged as `what`).
   */
  requestFrame(what: string, fn: () => void): void;
  /** The page's own uses of our attribute, if any: never ours to show (see ClutterHider). */
  readonly foreign: ReadonlySet<Element>;
  /** The page's address now (a document without a window, parsed in tests, never moves). */
  href(): string;
  stopped(): boolean;
  /** Stops: runs every cleanup, then undoes what the current session did. */
  stop(): void;
  /**
   * Run at the stop, in order; at once (guarded) when the run has already stopped, so a cleanup
   * registered late (after a stop during a pause) still runs.
   */
  onStop(cleanup: () => void): void;
  /** What the stop undoes: the current session's changes to the page. */
  undoWith(undo: () => void): void;
  /** Waits `ms` (a retry's delay); ends at once, timer cleared, at the stop. */
  wait(ms: number): Promise<void>;
  /** The pause between two slices (a task of the page's in between). */
  pause(): Promise<void>;
  /** Waits for a rendered frame, then pauses (next-frame.ts). */
  nextFrame(): Promise<void>;
  /** Adds the start-up slice that began at `from` and ends now (StartTiming.slice). */
  startSlice(from: number): void;
  /** Runs reading work in slices; dropped (null) at the stop or once `superseded()` says so. */
  sliced<T>(
    work: Work<T>,
    superseded?: () => boolean,
    onSlice?: (from: number) => void,
  ): Promise<Sliced<T>>;
  /** True when the write of `prepared` goes out in two frames (write-split.ts). */
  splits(on: PageSession, prepared: Prepared | undefined): boolean;
}

/**
 * Sets up the run on `doc`: stops an older instance, then registers this one's stop. `startedAt`
 * is `performance.now()` when the script started (start-timing.ts).
 */
export function beginRun(
  doc: Document,
  url: string,
  startedAt: number,
  options: StartOptions = {},
): PageRun {
  guard('stop the older instance', stopRunning);
  const win = doc.defaultView ?? window;
  let stopped = false;
  const cleanups: (() => void)[] = [];
  let undo = () => {};
  const stop = () => {
    if (stopped) return;
    stopped = true;
    for (const cleanup of cleanups.splice(0)) guard('stop', cleanup);
    guard('undo', undo);
  };
  (globalThis as WithRunning)[RUNNING] = { stop };
  const timers: Timers = {
    setTimer: (fn, ms) => win.setTimeout(() => !stopped && guard('timer', fn), ms),
    clearTimer: id => win.clearTimeout(id as number),
    now: () => performance.now(),
    setInterval: (fn, ms) => win.setInterval(() => !stopped && guard('timer', fn), ms),
    clearInterval: id => win.clearInterval(id as number),
  };
  // The page's pause (slicer.ts), looked up on the first pause: an ordinary article's start reads
  // and writes without one (each reading fits a slice), and looking it up reads the page window's
  // `scheduler` (its interface set up in this fresh world) or makes a MessageChannel, 0.17–0.20 ms
  // of the main thread per load (seed-article, performance.now() around it, 15 cold loads). With
  // the stop's AbortController below made lazily too, `beginRun` took 0.11–0.17 ms against
  // 0.29–0.39 (means of 20 and 24 cold loads, the two builds round-robin).
  let pause: (() => Promise<void>) | undefined;
  const slicing: Slicing = {
    budgetMs: SLICE_BUDGET_MS,
    now: () => performance.now(),
    pause: () => (pause ??= pauseFor(win))(),
    ...options.slicing,
  };
  // Aborted at the stop: the waits below (a retry's, the frame between two writes) drop their
  // timers and frame requests then. Made on first use, aborted at once when that is after the
  // stop: an ordinary article's start waits for neither, and the first AbortController of a
  // fresh content-script world costs about 0.13 ms of the page's main thread (seed-article,
  // performance.now() around it, 15 cold loads), its interfaces set up in that world
  // (utils/quiet-context.ts makes its own lazily too).
  let stopping: AbortController | undefined;
  cleanups.push(() => stopping?.abort());
  const stopSignal = () => {
    if (!stopping) {
      stopping = new AbortController();
      if (stopped) stopping.abort();
    }
    return stopping.signal;
  };
  // Its frame request and timer go at the stop (a stop between the two writes).
  let framed: (() => Promise<void>) | undefined;
  const nextFrame =
    options.nextFrame ??
    (() =>
      (framed ??= nextFrameFor(win, () => slicing.pause(), FRAME_WAIT_MAX_MS, stopSignal()))());
  const timing = new StartTiming(startedAt);
  const frames = frameRequests(win);
  cleanups.push(() => frames.cancelAll());
  return {
    doc,
    timing,
    timers,
    setTimer: (fn, ms) => void timers.setTimer(fn, ms),
    requestFrame: (what, fn) => frames.request(() => !stopped && guard(what, fn)),
    foreign: new Set(Array.from(doc.querySelectorAll(`[${HIDDEN_ATTR}]`))),
    href: () => doc.defaultView?.location.href ?? url,
    stopped: () => stopped,
    stop,
    onStop: cleanup => {
      if (stopped) guard('stop', cleanup);
      else cleanups.push(cleanup);
    },
    undoWith: next => void (undo = next),
    wait: ms => waitFor(win, ms, stopSignal()),
    pause: () => slicing.pause(),
    nextFrame,
    startSlice: from => timing.slice(from),
    sliced: (work, superseded = () => false, onSlice) =>
      runSliced(work, { ...slicing, onSlice }, () => stopped || superseded()),
    splits: (on, prepared) => splitsWrite(on.writeSize(prepared), options.splitLimits),
  };
}

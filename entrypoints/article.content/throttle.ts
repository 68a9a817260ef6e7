/**
 * A throttle with a maximum wait: `schedule()` runs the task once the page has been quiet for
 * `quietMs`, but never later than `maxWaitMs` after the first call of a burst. A pure debounce
 * never fires while a busy page keeps changing (an ad stayed visible for 10 s under 10–200 ms
 * churn); this one fires at least every `maxWaitMs` however busy the page is.
 */

/** Timers, injected so the content script's are used (and tests can use their own). */
export interface Timers {
  setTimer: (callback: () => void, ms: number) => unknown;
  clearTimer: (id: unknown) => void;
  now: () => number;
  setInterval?: (callback: () => void, ms: number) => unknown;
  clearInterval?: (id: unknown) => void;
}

/** A task run at most once per burst of `schedule()` calls. */
export class Throttle {
  private timer: unknown = undefined;
  private firstAt: number | null = null;

  constructor(
    private readonly task: () => void,
    private readonly quietMs: number,
    private readonly maxWaitMs: number,
    private readonly timers: Timers,
  ) {}

  /** Asks for a run: after `quietMs` of quiet, at the latest `maxWaitMs` after the first ask. */
  schedule(): void {
    const now = this.timers.now();
    this.firstAt ??= now;
    const latest = this.firstAt + this.maxWaitMs;
    const delay = Math.max(0, Math.min(this.quietMs, latest - now));
    if (this.timer !== undefined) this.timers.clearTimer(this.timer);
    this.timer = this.timers.setTimer(() => this.run(), delay);
  }

  /** Runs the task now if one is pending. */
  flush(): void {
    if (this.timer !== undefined) this.run();
  }

  /** Drops a pending run. */
  cancel(): void {
    if (this.timer !== undefined) this.timers.clearTimer(this.timer);
    this.timer = undefined;
    this.firstAt = null;
  }

  private run(): void {
    this.cancel();
    this.task();
  }
}

/**
 * The page code's waits that a stop cuts short: `waitFor` (a delay, e.g. before a retry) and
 * `nextFrameFor`. Waits until the browser has rendered a frame: resolves in a task after the next animation
 * frame's style, layout and paint. Two writes with this wait between them are rendered in two
 * frames, so the browser's rendering work for them is split over two tasks instead of one (see
 * `QuoteMarks.style`). A page that is not rendered (a background tab) gets no animation frames:
 * then the wait ends after `maxWaitMs`, since nothing is drawn in it anyway.
 */

/** How long to wait for a frame that does not come (a hidden tab). */
export const FRAME_WAIT_MAX_MS = 100;

/**
 * The wait for `win`. `then`: the pause that follows the frame (a task of its own after the
 * rendering, slicer.ts), through which tests step in. Without `requestAnimationFrame` (jsdom):
 * that pause only. Once `stop` is aborted (the page code stopped), a wait in progress ends at
 * once, without the pause, and its frame request and timer are cancelled: nothing of ours is
 * left to run in the page.
 */
export function nextFrameFor(
  win: Window,
  then: () => Promise<void>,
  maxWaitMs = FRAME_WAIT_MAX_MS,
  stop?: AbortSignal,
): () => Promise<void> {
  if (typeof win.requestAnimationFrame !== 'function') return then;
  return () =>
    new Promise<boolean>(resolve => {
      if (stop?.aborted) return resolve(false);
      let done = false;
      const finish = (framed: boolean) => {
        if (done) return;
        done = true;
        win.clearTimeout(timer);
        win.cancelAnimationFrame?.(frame);
        stop?.removeEventListener('abort', onStop);
        resolve(framed);
      };
      const onStop = () => finish(false);
      const timer = win.setTimeout(() => finish(true), maxWaitMs);
      // rAF callbacks run just before the frame's rendering, in the same task.
      const frame = win.requestAnimationFrame(() => finish(true));
      stop?.addEventListener('abort', onStop);
    }).then(framed => (framed ? then() : undefined));
}

/**
 * Waits `ms` on `win` (a retry's delay). Once `stop` is aborted the wait ends at once and its timer
 * is cleared, and a wait asked for after that ends at once without one.
 */
export function waitFor(
  win: Pick<Window, 'setTimeout' | 'clearTimeout'>,
  ms: number,
  stop: AbortSignal,
): Promise<void> {
  return new Promise<void>(resolve => {
    if (stop.aborted) return resolve();
    const done = () => {
      win.clearTimeout(id);
      stop.removeEventListener('abort', done);
      resolve();
    };
    const id = win.setTimeout(done, ms);
    stop.addEventListener('abort', done, { once: true });
  });
}

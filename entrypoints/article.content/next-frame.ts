/**
 * Waits until the browser has rendered a frame: resolves in a task after the next animation
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
 * that pause only.
 */
export function nextFrameFor(
  win: Window,
  then: () => Promise<void>,
  maxWaitMs = FRAME_WAIT_MAX_MS,
): () => Promise<void> {
  if (typeof win.requestAnimationFrame !== 'function') return then;
  return () =>
    new Promise<void>(resolve => {
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        win.clearTimeout(timer);
        resolve();
      };
      const timer = win.setTimeout(finish, maxWaitMs);
      // rAF callbacks run just before the frame's rendering, in the same task.
      win.requestAnimationFrame(finish);
    }).then(then);
}

/**
 * The page code's frame requests (following quotes, tooltips, the article in view), kept so that
 * a stop cancels every one still queued: after a stop no callback of ours is left with the page.
 */

/** What a frame request needs of the window (the page's, or a stand-in in tests). */
export type FrameWindow = Pick<Window, 'requestAnimationFrame' | 'cancelAnimationFrame'>;

/** Requests frames on `win`; `cancelAll` cancels those that have not run yet. */
export interface FrameRequests {
  /** Runs `fn` before the next frame (throws where the window has no frames, as rAF does). */
  request(fn: () => void): void;
  cancelAll(): void;
}

/** Frame requests on `win`, each forgotten once it ran. */
export function frameRequests(win: FrameWindow): FrameRequests {
  const pending = new Set<number>();
  return {
    request(fn) {
      const id = win.requestAnimationFrame(() => {
        pending.delete(id);
        fn();
      });
      pending.add(id);
    },
    cancelAll() {
      for (const id of pending) win.cancelAnimationFrame(id);
      pending.clear();
    },
  };
}

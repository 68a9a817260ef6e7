/**
 * The marking bundle's one listener for the tooltip: the tooltip itself (mark-tooltip.ts) is the
 * following bundle's, loaded on first use (handover.ts). Until it is asked for, the pointer is
 * hit-tested at most once per frame, as the tooltip would; the first time it rests on a mark,
 * `onMark` asks for the following code, and the pointer's last position is kept until the tooltip
 * takes over (`resting`), so the tooltip shows where the pointer is when it comes.
 *
 * Only the browser's own pointer events count (pointer-watch.ts): a page script cannot make us load
 * anything.
 */
import { guard } from './guard';
import { watchPointer, type Point } from './pointer-watch';

/** What `watchFirstHover` needs from main.ts. */
export interface FirstHoverHooks {
  /** True when a mark is under the viewport point. */
  onMarkAt: (x: number, y: number) => boolean;
  requestFrame: (fn: () => void) => void;
  /** The pointer came to rest on a mark: called once. */
  onMark: () => void;
}

/** The running watch. */
export interface FirstHover {
  /** The pointer's last position (null once it left the page); the tooltip starts from it. */
  resting(): Point | null;
  stop(): void;
}

/** Watches the pointer on `doc` for the first hover on a mark (see the top of this file). */
export function watchFirstHover(doc: Document, hooks: FirstHoverHooks): FirstHover {
  let found = false;
  // After the find the watch goes on until the tooltip takes over (tens of ms): the pointer's
  // position keeps up, so the tooltip starts where the pointer is; each frame's look is one check.
  const pointer = watchPointer(doc, {
    requestFrame: hooks.requestFrame,
    onPoint: ({ x, y }) =>
      guard('hover', () => {
        if (found || !hooks.onMarkAt(x, y)) return;
        found = true;
        hooks.onMark();
      }),
  });
  return { resting: pointer.last, stop: pointer.stop };
}

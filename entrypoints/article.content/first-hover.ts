/**
 * The marking bundle's one listener for the tooltip: the tooltip itself (mark-tooltip.ts) is the
 * following bundle's, loaded on first use (handover.ts). Until it is asked for, the pointer is
 * hit-tested at most once per frame, as the tooltip would; the first time it rests on a mark,
 * `onMark` asks for the following code, and the pointer's last position is kept until the tooltip
 * takes over (`resting`), so the tooltip shows where the pointer is when it comes.
 *
 * Passive, and only the browser's own (trusted) events: the page gets every pointer event exactly
 * as without the extension, and a page script cannot make us load anything.
 */
import { guard } from './guard';
import type { Point } from './mark-tooltip';

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
  let last: Point | null = null;
  let queued = false;
  let found = false;
  const look = () => {
    queued = false;
    guard('hover', () => {
      if (found || !last || !hooks.onMarkAt(last.x, last.y)) return;
      found = true;
      hooks.onMark();
    });
  };
  const onMove = (event: PointerEvent) => {
    if (!event.isTrusted) return;
    last = { x: event.clientX, y: event.clientY };
    if (found || queued) return;
    queued = true;
    hooks.requestFrame(look);
  };
  const onLeave = () => void (last = null);
  doc.addEventListener('pointermove', onMove, { capture: true, passive: true });
  doc.addEventListener('pointerleave', onLeave, { capture: true, passive: true });
  return {
    resting: () => last,
    stop() {
      doc.removeEventListener('pointermove', onMove, { capture: true });
      doc.removeEventListener('pointerleave', onLeave, { capture: true });
    },
  };
}

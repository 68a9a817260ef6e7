/**
 * The pointer over the page, seen at most once per frame: what the first-hover watch (marking
 * bundle, first-hover.ts) and the tooltip (following bundle, mark-tooltip.ts) both hit-test. Each
 * bundle holds its own copy of this stateless code (handover.ts).
 *
 * Passive, capture-phase listeners that never stop or change an event, and only the browser's own
 * (trusted) events: the page gets every pointer event exactly as without the extension, and a page
 * script cannot steer us with synthetic ones.
 */

/** A pointer position in the viewport. */
export interface Point {
  x: number;
  y: number;
}

/** What the watch reports to. */
export interface PointerHooks {
  requestFrame: (fn: () => void) => void;
  /** The pointer's latest position, in the first frame after it moved (or after `resting`). */
  onPoint: (point: Point) => void;
  /** The pointer left the page (or the page scrolled, with `leaveOnScroll`). */
  onLeave?: () => void;
}

/** How the watch starts. */
export interface PointerOptions {
  /** Where the pointer already rests: looked at in the first frame, before any move. */
  resting?: Point | null;
  /** A scroll counts as leaving (a tooltip drawn at the pointer would be left behind). */
  leaveOnScroll?: boolean;
}

/** The running watch. */
export interface PointerWatch {
  /** The pointer's last position, null before the first move or once it left. */
  last(): Point | null;
  stop(): void;
}

const LISTEN = { capture: true, passive: true } as const;

/** Watches the pointer on `doc` (see the top of this file). */
export function watchPointer(
  doc: Document,
  hooks: PointerHooks,
  options: PointerOptions = {},
): PointerWatch {
  let last = options.resting ?? null;
  let queued = false;
  const look = () => {
    queued = false;
    if (last) hooks.onPoint(last);
  };
  const queue = () => {
    if (queued) return;
    queued = true;
    hooks.requestFrame(look);
  };
  const onMove = (event: PointerEvent) => {
    if (!event.isTrusted) return;
    last = { x: event.clientX, y: event.clientY };
    queue();
  };
  const onLeave = () => {
    last = null;
    hooks.onLeave?.();
  };
  doc.addEventListener('pointermove', onMove, LISTEN);
  doc.addEventListener('pointerleave', onLeave, LISTEN);
  if (options.leaveOnScroll) doc.addEventListener('scroll', onLeave, LISTEN);
  if (last) queue();
  return {
    last: () => last,
    stop() {
      doc.removeEventListener('pointermove', onMove, { capture: true });
      doc.removeEventListener('pointerleave', onLeave, { capture: true });
      doc.removeEventListener('scroll', onLeave, { capture: true });
    },
  };
}

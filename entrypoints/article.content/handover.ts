/**
 * The page code comes in two bundles injected into the same isolated world (issue 8):
 *
 * - the MARKING bundle (content-scripts/article-page.js): read, hide clutter, write the marks,
 *   answer the panel, follow the page (page watcher, late clutter, corrections), and hear clicks
 *   on marks (mark-clicks.ts). All a page load pays for when nobody uses anything.
 * - the FOLLOWING bundle (content-scripts/article-follow.js): the marks' tooltips, next / previous
 *   quote and its announcements, the quote in view for the panel (following.ts). Loaded on first
 *   use: the first hover on a mark (first-hover.ts), click on a mark, next / previous quote, or
 *   panel (one open at load counts); main.ts then asks the background to inject it.
 *
 * What the following bundle needs of the run is handed over here, explicitly: one object the
 * marking bundle publishes on the world's `globalThis` under one private key and the following
 * bundle takes. Each bundle has its own copy of every module it imports, so a module holding
 * state (page-style.ts's map of our `<style>` elements that the exact restore needs, utils/i18n.ts's
 * message templates) must live in one bundle only; what the other needs of it comes through here
 * as functions (tests/content/bundle-state.test.ts proves the two share no such module).
 */
import type { Follow } from './follow';
import type { TooltipWatch, TooltipWords } from './mark-tooltip';
import type { Point } from './pointer-watch';
import type { PageRun } from './page-run';
import type { PageSession } from './session';

/** What the marking bundle hands over. */
export interface Handover {
  /** The run: its page, clock, timers, frame requests and stop. */
  readonly run: PageRun;
  /** The running session (replaced when the page changes). */
  session(): PageSession;
  /** False while no panel can be listening: the quote on screen is then not sent. */
  panelListening(): boolean;
  /** The words, from the marking bundle's utils/i18n.ts. */
  readonly words: TooltipWords;
  /** Where the pointer rests when the following code comes (its first hover), if anywhere. */
  resting(): Point | null;
  /** Takes the following bundle's parts: from then on the marking bundle calls them. */
  attach(parts: { follow: Follow; tooltips: TooltipWatch }): void;
}

/** The one private key: our isolated world's `globalThis`, which the page never sees. */
const HANDOVER = Symbol.for('kata-siapa.page-handover');
type WithHandover = typeof globalThis & { [HANDOVER]?: Handover };

/** Publishes the run for the following bundle (replacing an older run's, never taken). */
export function publishHandover(handover: Handover): void {
  (globalThis as WithHandover)[HANDOVER] = handover;
}

/** Takes the published run, once: null when there is none or it has stopped since. */
export function takeHandover(): Handover | null {
  const world = globalThis as WithHandover;
  const handover = world[HANDOVER] ?? null;
  delete world[HANDOVER];
  return handover && !handover.run.stopped() ? handover : null;
}

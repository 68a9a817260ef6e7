/**
 * The following bundle's work (handover.ts): takes the run the marking bundle published on first
 * use, starts the marks' tooltips (showing the one under a resting pointer at once), next /
 * previous quote and the quote in view, and gives them to the marking bundle.
 */
import { followQuotes } from './follow';
import type { Handover } from './handover';
import { watchTooltips } from './mark-tooltip';

/** Starts following for the handed-over run. */
export function startFollowing(handover: Handover): void {
  const { run, words } = handover;
  const follow = followQuotes(run.doc, {
    session: handover.session,
    requestFrame: fn => run.requestFrame('follow', fn),
    setTimer: run.setTimer,
    now: run.timers.now,
    panelListening: handover.panelListening,
    words,
  });
  const tooltips = watchTooltips(
    run.doc,
    (x, y) => handover.session().markAt(x, y),
    fn => run.requestFrame('tooltip', fn),
    words,
    handover.resting(),
  );
  run.onStop(tooltips.stop);
  run.onStop(follow.start());
  handover.attach({ follow, tooltips });
}

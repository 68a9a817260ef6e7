/**
 * The reader's corrections on the page (issue 9): read at start (they come with the background's
 * analysis), followed as they change, given to the running session, which draws them in the marks.
 * Part of the marking bundle: the marks are drawn with them.
 *
 * Followed from the start, before the background reads the store: a correction the reader makes
 * in the panel while the page is read and analysed is not lost between that read and the marks.
 * Changes come from the background (utils/stored-relay.ts), not from `storage` in the page.
 */
import { correctionsFor, type CorrectionStore } from '../../utils/corrections';
import { onCorrectionsRelayed } from '../../utils/stored-relay';
import { guard } from './guard';
import type { PageSession } from './session';

/** main.ts's handle on the corrections. */
export interface PageCorrections {
  /** Follows the stored corrections from now on; returns the stop. */
  listen(): () => void;
  /** The store as read at start; a change that came while it was read wins over it. */
  use(store: CorrectionStore): void;
  /** The session was replaced (new address or text): give it the corrections. */
  sessionChanged(): void;
  /** `changed` runs after each change that is drawn once the store is in use. */
  onDrawn(changed: () => void): void;
}

/** The corrections of `session()`, the running session (main.ts replaces it). */
export function pageCorrections(session: () => PageSession): PageCorrections {
  // null until `use`: before that the marks are not drawn, and a change is only kept.
  let store: CorrectionStore | null = null;
  let newer: CorrectionStore | null = null;
  let drawn = () => {};
  const give = () => {
    const current = session();
    current.setCorrections(correctionsFor(store ?? {}, current.url));
  };
  return {
    listen: () =>
      onCorrectionsRelayed(next =>
        guard('corrections change', () => {
          if (store === null) {
            newer = next;
            return;
          }
          store = next;
          give();
          drawn();
        }),
      ),
    use(loaded) {
      store = newer ?? loaded;
      give();
    },
    sessionChanged: give,
    onDrawn(changed) {
      drawn = changed;
    },
  };
}

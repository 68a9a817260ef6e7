/**
 * The reader's corrections on the page (issue 9): read from storage at start, followed as they
 * change, given to the running session, which draws them in the marks. Part of the marking bundle:
 * the marks are drawn with them.
 */
import { correctionsFor, onStoreChanged, type CorrectionStore } from '../../utils/corrections';
import { guard } from './guard';
import type { PageSession } from './session';

/** main.ts's handle on the corrections. */
export interface PageCorrections {
  /** The corrections store as loaded at start. */
  use(store: CorrectionStore): void;
  /** The session was replaced (new address or text): give it the corrections. */
  sessionChanged(): void;
  /** Follows the stored corrections; `changed` after each is drawn. Returns the stop. */
  watch(changed: () => void): () => void;
}

/** The corrections of `session()`, the running session (main.ts replaces it). */
export function pageCorrections(session: () => PageSession): PageCorrections {
  let store: CorrectionStore = {};
  const give = () => {
    const current = session();
    current.setCorrections(correctionsFor(store, current.url));
  };
  return {
    use(loaded) {
      store = loaded;
      give();
    },
    sessionChanged: give,
    watch: changed =>
      onStoreChanged(next => {
        guard('corrections change', () => {
          store = next;
          give();
          changed();
        });
      }),
  };
}

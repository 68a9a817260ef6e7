/**
 * Late clutter: what the page inserts after the start (ads, the next-article feed's slots) is
 * looked for in slices and hidden. One look at a time: insertions during a look ask for one more
 * after it, and a look that a new session (main.ts's re-read) overtook is dropped, since the new
 * session looks for its own clutter.
 */
import type { Work } from '../../core/article/work';
import type { Settings } from '../../core/protocol';
import type { PageSession } from './session';
import type { Sliced } from './slicer';

/** What the looks need from main.ts's running page code. */
export interface LateClutterHooks {
  /** The current session (replaced when the page changes). */
  session(): PageSession;
  /** The reader's settings; null until storage answered. */
  settings(): Settings | null;
  /** Runs reading work in slices; null once stopped or `superseded()`. */
  sliced<T>(work: Work<T>, superseded: () => boolean): Promise<Sliced<T>>;
  stopped(): boolean;
  /** Something was hidden: tell the panel. */
  hidden(): void;
}

/** Returns the function main.ts calls with each batch of nodes the page inserted. */
export function lateClutterLooks(
  hooks: LateClutterHooks,
): (added: readonly Node[]) => Promise<void> {
  /** What the page inserted since the last look (see ClutterHider.hide). */
  let inserted: Node[] = [];
  let looking = false;
  let lookAgain = false;
  return async added => {
    for (const node of added) inserted.push(node);
    if (looking) {
      lookAgain = true;
      return;
    }
    looking = true;
    try {
      do {
        lookAgain = false;
        const current = hooks.session();
        const settings = hooks.settings();
        if (!settings?.clutterHidden) break;
        const found = await hooks.sliced(
          current.clutterWork(settings),
          () => hooks.session() !== current,
        );
        if (!found || hooks.session() !== current) break;
        const batch = inserted;
        inserted = [];
        current.hideLate(found.value, batch);
        hooks.hidden();
      } while (lookAgain && !hooks.stopped());
    } finally {
      looking = false;
      if (!lookAgain) inserted = [];
    }
  };
}

/**
 * Watches for ads the page inserts after load (GPT fills slots late, banners arrive by script) and
 * asks for another clutter pass, debounced so a burst of insertions costs one pass.
 *
 * Insertions into the next-article feed count too (its appended articles bring their own ad
 * slots); insertions inside elements we already hid do not. The watcher never feeds on itself:
 * hiding only sets attributes, our styles go into <head> (outside the watched body), and marking
 * adds only `<ks-quote>` elements (skipped here) and moves text nodes (not elements).
 */
import { MARK_TAG } from './highlighter';
import { isInsideHidden } from './clutter-hider';

/** How long the page must be quiet before the clutter pass runs. */
export const DEBOUNCE_MS = 250;

/** Options for `watchAds`. */
export interface AdWatchOptions {
  /** Called once the page has been quiet for `DEBOUNCE_MS` after relevant insertions. */
  onChange: () => void;
  setTimer: (callback: () => void, ms: number) => number | undefined;
  clearTimer: (id: number | undefined) => void;
}

/** True for our own mark elements, whose insertion is no news about ads. */
function isOurs(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).localName === MARK_TAG;
}

/** Starts watching `root`; returns the function that stops it. */
export function watchAds(root: Element, options: AdWatchOptions): () => void {
  let timer: number | undefined;
  const relevant = (record: MutationRecord) =>
    Array.from(record.addedNodes).some(
      node => node.nodeType === 1 && !isOurs(node) && !isInsideHidden(record.target),
    );
  const observer = new MutationObserver(records => {
    try {
      if (!records.some(relevant)) return;
      options.clearTimer(timer);
      timer = options.setTimer(() => {
        timer = undefined;
        options.onChange();
      }, DEBOUNCE_MS);
    } catch (error) {
      // An observer callback that throws would surface in the page's console as the page's error.
      console.debug('[kata-siapa] ad watcher failed', error);
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    options.clearTimer(timer);
  };
}

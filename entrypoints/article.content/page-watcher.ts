/**
 * Follows a living page: one MutationObserver on the whole document, plus the address, sorts what
 * the page does into two kinds of news.
 *
 * - The article changed: the address changed (pushState, replaceState, popstate, hash), the body
 *   was swapped, a paragraph the engine read was rewritten, re-rendered or removed, or paragraphs
 *   were added inside the article (the next-article feed). The caller re-reads the page.
 * - Elements were inserted elsewhere (GPT fills slots late, banners arrive by script): the caller
 *   looks for new clutter.
 *
 * Each kind goes through a throttle with a maximum wait (throttle.ts), so a page that never stops
 * changing still gets its clutter hidden within half a second.
 *
 * The watcher never feeds on itself: hiding only sets attributes (not observed), marks are
 * highlights (no DOM at all), our styles go into <head> (ignored here), and our hosts on
 * <html> (the tooltip's `ks-tooltip`, the announcer's `ks-announcer`) are ignored.
 */
import { PARAGRAPH_SELECTOR } from '../../core/article/selectors';
import { isInsideHidden } from './clutter-hider';
import { Throttle, type Timers } from './throttle';

/** A burst of changes is handled after this much quiet (about one frame)… */
export const QUIET_MS = 20;
/** …and never later than this after its first change, however busy the page is. */
export const MAX_WAIT_MS = 300;

/** What the watcher asks of the page session. */
export interface WatchedPage {
  /** The address the current analysis is for. */
  url: string;
  /** The analysed article body, or null on a page that is not an article. */
  body: Element | null;
  /** True for a node inside a paragraph the engine read. */
  inParagraph(node: Node): boolean;
  /** True when a paragraph the engine read (or the body) is gone from the document. */
  lostParagraph(): boolean;
}

/** Options for `watchPage`. */
export interface PageWatchOptions {
  /** The session as it is now (it changes when the article changes). */
  current: () => WatchedPage;
  /** The page's address now (`location.href`). */
  href: () => string;
  /** The article (or the address) changed: re-read the page. */
  onArticleChange: () => void;
  /**
   * Elements were inserted outside the article text: look for new clutter. `added`: the nodes
   * inserted since the last call, so that work on them can be in proportion to them.
   */
  onInsert: (added: readonly Node[]) => void;
  timers: Timers;
  /**
   * Runs `check` about once a second while the page code runs: the caller's one-second tick, which
   * also checks that the extension is still there (main.ts), so a page with our marks wakes once
   * a second for both, not twice.
   */
  everySecond: (check: () => void) => void;
}

/** True for our own nodes (the tooltip host), whose comings and goings are no news. */
/** Our own hosts on <html>: the tooltip (mark-tooltip.ts) and the announcer (live-region.ts). */
const OUR_HOSTS = new Set(['ks-tooltip', 'ks-announcer']);
const isOurs = (node: Node) => node.nodeType === 1 && OUR_HOSTS.has((node as Element).localName);

/** True for a node that holds article prose: text, or an element that is or holds a paragraph. */
function holdsProse(node: Node): boolean {
  if (node.nodeType === 3) return (node as Text).data.trim() !== '';
  if (node.nodeType !== 1 || isOurs(node)) return false;
  const el = node as Element;
  return el.matches(PARAGRAPH_SELECTOR) || el.querySelector(PARAGRAPH_SELECTOR) !== null;
}

/** Sorts one record: 'article', 'insert' or null (no news). */
function classify(
  record: MutationRecord,
  page: WatchedPage,
  doc: Document,
): 'article' | 'insert' | null {
  const target = record.target;
  // Our styles and the page's head scripts: not the article, not clutter.
  if (doc.head && (target === doc.head || doc.head.contains(target))) return null;
  if (record.type === 'characterData') {
    return page.inParagraph(target) ? 'article' : null;
  }
  if (target === doc.documentElement) {
    // <body> swapped (or ours added to <html>).
    const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
    return nodes.some(n => !isOurs(n) && n.nodeType === 1) ? 'article' : null;
  }
  const added = Array.from(record.addedNodes).filter(n => !isOurs(n));
  const removed = Array.from(record.removedNodes);
  if (page.body && page.body.contains(target)) {
    if (page.inParagraph(target)) return 'article';
    if (added.some(holdsProse) || removed.some(holdsProse)) return 'article';
  }
  const insertedElement = added.some(n => n.nodeType === 1) && !isInsideHidden(target);
  return insertedElement ? 'insert' : null;
}

/** The address without its fragment: moving to an anchor of the same article is no news. */
export const withoutHash = (url: string) => url.replace(/#.*$/s, '');

/** Starts watching `doc`; returns the function that stops it. */
export function watchPage(doc: Document, options: PageWatchOptions): () => void {
  const article = new Throttle(options.onArticleChange, QUIET_MS, MAX_WAIT_MS, options.timers);
  let added: Node[] = [];
  const insert = new Throttle(
    () => {
      const batch = added;
      added = [];
      options.onInsert(batch);
    },
    QUIET_MS * 2,
    MAX_WAIT_MS,
    options.timers,
  );
  const moved = () => withoutHash(options.href()) !== withoutHash(options.current().url);
  let watching = true;
  const checkAddress = () => {
    if (watching && moved()) article.schedule();
  };
  const observer = new MutationObserver(records => {
    try {
      const page = options.current();
      let changed = false;
      let inserted = false;
      let removals = false;
      for (const record of records) {
        const kind = classify(record, page, doc);
        if (kind === 'article') changed = true;
        else if (kind === 'insert') {
          inserted = true;
          for (const node of Array.from(record.addedNodes))
            if (node.nodeType === 1) added.push(node);
        }
        if (record.removedNodes.length > 0) removals = true;
        if (changed) break;
      }
      if (!changed && removals && page.lostParagraph()) changed = true;
      if (!changed && moved()) changed = true;
      if (changed) article.schedule();
      else if (inserted) insert.schedule();
    } catch (error) {
      // An observer callback that throws would surface in the page's console as the page's error.
      console.debug('[kata-siapa] page watcher failed', error);
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  // History moves without DOM changes: popstate and hashchange come to every world; pushState and
  // replaceState do not, so the address is also compared on every mutation batch and once a second.
  const win = doc.defaultView;
  const onHistory = () => checkAddress();
  win?.addEventListener('popstate', onHistory);
  win?.addEventListener('hashchange', onHistory);
  options.everySecond(checkAddress);
  return () => {
    watching = false;
    observer.disconnect();
    added = [];
    article.cancel();
    insert.cancel();
    win?.removeEventListener('popstate', onHistory);
    win?.removeEventListener('hashchange', onHistory);
  };
}

/**
 * The detector's watch on a page it left alone: the page may move to an article without loading
 * a new document (`history.pushState`/`replaceState`, back and forward), and then the page code
 * must come (issue 7). The only work on such a page is comparing one string when told.
 *
 * `popstate` and `hashchange` reach every world; `pushState`/`replaceState` made by the page's
 * script reach ours only through the Navigation API's `currententrychange` (Chromium), which also
 * comes with every other move in the document (back and forward, a new fragment): where the API
 * is, it is the one listener, since each other listener on a new interface (the window's events,
 * the document's visibility) is set up in this world on every page load (about 0.3 ms of script
 * on a page we leave alone, bench:page). Where there is no Navigation API (Firefox ESR),
 * `popstate` and `hashchange`, and the address is compared once per `pollMs`, only while the page
 * is visible: a hidden tab's address is compared once when it shows again. So a page in Chromium
 * costs us no timer at all, and a background tab in Firefox none either.
 */

/** The window parts the watch uses (a seam for tests). */
export type AddressWindow = Pick<
  Window,
  'location' | 'addEventListener' | 'removeEventListener' | 'setInterval' | 'clearInterval'
> & {
  navigation?: EventTarget;
  document: Pick<Document, 'hidden' | 'addEventListener' | 'removeEventListener'>;
};

/**
 * Calls `onMove(href)` with the page's new address whenever it changes: at once when an event
 * tells us, else at the next poll (only without the Navigation API, only while visible). Returns
 * the function that stops watching.
 */
export function followAddress(
  win: AddressWindow,
  onMove: (href: string) => void,
  pollMs = 1000,
): () => void {
  let last = win.location.href;
  const check = () => {
    const now = win.location.href;
    if (now === last) return;
    last = now;
    onMove(now);
  };
  const { navigation } = win;
  if (navigation) {
    navigation.addEventListener('currententrychange', check);
    return () => navigation.removeEventListener('currententrychange', check);
  }
  let timer: ReturnType<Window['setInterval']> | null = null;
  /** Polls while visible; stops the poll while the page is hidden. */
  const schedule = () => {
    const wanted = !win.document.hidden;
    if (wanted && timer === null) timer = win.setInterval(check, pollMs);
    if (!wanted && timer !== null) {
      win.clearInterval(timer);
      timer = null;
    }
  };
  const onVisibility = () => {
    check();
    schedule();
  };
  win.addEventListener('popstate', check);
  win.addEventListener('hashchange', check);
  win.document.addEventListener('visibilitychange', onVisibility);
  schedule();
  return () => {
    win.removeEventListener('popstate', check);
    win.removeEventListener('hashchange', check);
    win.document.removeEventListener('visibilitychange', onVisibility);
    if (timer !== null) win.clearInterval(timer);
    timer = null;
  };
}

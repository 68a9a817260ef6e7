/**
 * The detector's watch on a page it left alone: the page may move to an article without loading
 * a new document (`history.pushState`/`replaceState`, back and forward), and then the page code
 * must come (issue 7). The only work on such a page is comparing one string now and then.
 *
 * `popstate` and `hashchange` reach every world; `pushState`/`replaceState` made by the page's
 * script reach ours only through the Navigation API's `currententrychange` (Chromium; Firefox ESR
 * has no Navigation API yet), so the address is also compared once per `pollMs`.
 */

/** The window parts the watch uses (a seam for tests). */
export type AddressWindow = Pick<
  Window,
  'location' | 'addEventListener' | 'removeEventListener' | 'setInterval' | 'clearInterval'
> & { navigation?: EventTarget };

/**
 * Calls `onTick(href, moved)` with the page's address whenever it changes (`moved` true, at once
 * when an event tells us) and once per `pollMs` (`moved` false unless the poll is the first to
 * see the change). Returns the function that stops watching.
 */
export function followAddress(
  win: AddressWindow,
  onTick: (href: string, moved: boolean) => void,
  pollMs = 1000,
): () => void {
  let last = win.location.href;
  const check = () => {
    const now = win.location.href;
    const moved = now !== last;
    last = now;
    onTick(now, moved);
  };
  const onEvent = () => {
    if (win.location.href !== last) check();
  };
  win.addEventListener('popstate', onEvent);
  win.addEventListener('hashchange', onEvent);
  win.navigation?.addEventListener('currententrychange', onEvent);
  const timer = win.setInterval(check, pollMs);
  return () => {
    win.removeEventListener('popstate', onEvent);
    win.removeEventListener('hashchange', onEvent);
    win.navigation?.removeEventListener('currententrychange', onEvent);
    win.clearInterval(timer);
  };
}

/**
 * Read-only DOM helpers that tolerate selectors a browser does not know. Firefox 115 (our minimum)
 * has no `:has()`, and one unknown selector inside a comma list makes the whole list throw, so
 * each selector is checked once and unsupported ones are dropped instead of breaking the page side.
 */

const validity = new Map<string, boolean>();

/**
 * True when this browser's selector engine accepts `selector` (cached per selector). Only a
 * selector with a pseudo-class or pseudo-element (`:`) can be one a browser lacks (`:has()`): the
 * type, class, id, attribute and combinator selectors our lists use are in every browser we run
 * in, so they are not tried at all (which, on every page load, cost a parse each).
 */
export function isSupportedSelector(doc: Document, selector: string): boolean {
  if (!selector.includes(':')) return true;
  let ok = validity.get(selector);
  if (ok === undefined) validity.set(selector, (ok = parses(doc, selector)));
  return ok;
}

/**
 * The supported selectors of `list`, joined into one comma list ('' when none is supported). A
 * list with pseudo-classes is tried whole first, as the comma list the caller then queries: where
 * the browser knows them all (every browser but Firefox 115), that one parse is the one its query
 * reuses (a document keeps the selectors it parsed, by their text), where a trial of each selector
 * on its own parsed each once more.
 */
export function joinSelectors(doc: Document, list: readonly string[]): string {
  const whole = list.join(', ');
  // Cached by its text like any selector, so Firefox 115 tries a list it rejects only once.
  if (list.some(selector => selector.includes(':')) && isSupportedSelector(doc, whole))
    return whole;
  return list.filter(selector => isSupportedSelector(doc, selector)).join(', ');
}

/**
 * True when `selectors` (one, or a comma list) parses in this browser: a match of the document's
 * root element, which throws on a selector the browser does not know as a query does. Not a query
 * on a fragment: that made the script world's first DocumentFragment on every article load, about
 * 0.3 ms of the page's main thread in the first read (the skipped containers' `:has()` list), for
 * a trial a match on one element (`html`, whose children are `head` and `body`) answers as well;
 * the document keeps the parsed selector for the query that follows. A document without a root
 * element still tries a fragment.
 */
function parses(doc: Document, selectors: string): boolean {
  try {
    const root = doc.documentElement;
    if (root) root.matches(selectors);
    else doc.createDocumentFragment().querySelector(selectors);
    return true;
  } catch {
    return false;
  }
}

/**
 * All elements under `root` matching any supported selector of `list`, in document order.
 *
 * A list with pseudo-classes is queried as it is first: where the browser knows them all (every
 * browser the extension runs in, `:has()` included), the query is the one parse, and no trial on
 * a fragment comes before it (on an article load that trial made the fresh script world's first
 * DocumentFragment, about 0.3 ms of the page's main thread, for the ad list alone). Only a list
 * the browser rejects, which throws, is tried selector by selector (`joinSelectors`, remembered
 * like any trial).
 */
export function queryAll(root: ParentNode, doc: Document, list: readonly string[]): Element[] {
  const whole = list.join(', ');
  if (whole.includes(':') && validity.get(whole) !== false) {
    try {
      const found = Array.from(root.querySelectorAll(whole));
      validity.set(whole, true);
      return found;
    } catch {
      validity.set(whole, false);
    }
  }
  const joined = joinSelectors(doc, list);
  return joined ? Array.from(root.querySelectorAll(joined)) : [];
}

/** The first element under `root` matching any supported selector of `list`, in list order. */
export function queryFirstOf(
  root: ParentNode,
  doc: Document,
  list: readonly string[],
): Element | null {
  for (const selector of list) {
    if (!isSupportedSelector(doc, selector)) continue;
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/**
 * The closest ancestor-or-self of `el` matching the joined selector `joined`, but only if it lies
 * inside `within` (so a match on the page around the article body does not count).
 */
export function closestWithin(el: Element, joined: string, within: Element): Element | null {
  if (!joined) return null;
  const hit = el.closest(joined);
  return hit && within.contains(hit) ? hit : null;
}

/** True when `node` comes after `ref` in document order and is not inside it. */
export function follows(ref: Node, node: Node): boolean {
  // DOCUMENT_POSITION_FOLLOWING (4), written as a number: DOMParser documents have no window.
  return (ref.compareDocumentPosition(node) & 4) !== 0;
}

/**
 * Hides clutter reversibly: a `data-ks-hidden` attribute on each element plus ONE injected rule
 * `[data-ks-hidden]{display:none!important}`. Nothing is removed from the page, so the page's
 * scripts keep their nodes and `showClutter()` restores the document exactly.
 */
import { injectStyle, removeStyle } from './page-style';

/** The attribute that hides an element. */
export const HIDDEN_ATTR = 'data-ks-hidden';

const STYLE_ID = 'ks-clutter-style';
const CSS = `[${HIDDEN_ATTR}]{display:none!important}`;

/** The elements hidden by us (not ones that already carried the attribute). */
const hidden = new Set<Element>();

/** Hides `elements` (those not hidden yet) and returns how many are hidden in all. */
export function hideClutter(elements: readonly Element[]): number {
  for (const el of elements) {
    if (hidden.has(el) || el.hasAttribute(HIDDEN_ATTR)) continue;
    el.setAttribute(HIDDEN_ATTR, '');
    hidden.add(el);
  }
  const doc = elements[0]?.ownerDocument;
  if (doc && hidden.size > 0) injectStyle(doc, STYLE_ID, CSS);
  return hidden.size;
}

/** Shows everything `hideClutter` hid and removes the style rule: its exact inverse. */
export function showClutter(doc: Document = document): void {
  for (const el of hidden) el.removeAttribute(HIDDEN_ATTR);
  hidden.clear();
  removeStyle(doc, STYLE_ID);
}

/** How many elements are hidden now. */
export function hiddenCount(): number {
  return hidden.size;
}

/** True when `node` is inside something we hid (page mutations there need no new look). */
export function isInsideHidden(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return el?.closest(`[${HIDDEN_ATTR}]`) != null;
}

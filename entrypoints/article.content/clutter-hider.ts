/**
 * Hides clutter reversibly: a `data-ks-hidden` attribute on each element plus ONE rule
 * `[data-ks-hidden]{display:none!important}`, a part of our one `<style>` (page-style.ts). Nothing is removed from the page, so the page's
 * scripts keep their nodes and `showAll()` restores the document exactly.
 */
import { injectStyle, removeStyle } from './page-style';

/** The attribute that hides an element. */
export const HIDDEN_ATTR = 'data-ks-hidden';

const STYLE_ID = 'ks-clutter-style';
const CSS = `[${HIDDEN_ATTR}]{display:none!important}`;

/** The elements one page session hid (never ones that already carried the attribute). */
export class ClutterHider {
  private hidden = new Set<Element>();
  /** True once `hide` was given something to hide: from then on the page may hold copies. */
  private everHid = false;

  /**
   * @param foreign Elements that carried the attribute before the script started (the page's
   * own, never touched). Any other element found with it is a copy the page made of one of ours
   * (`cloneNode`, `innerHTML`), and is shown again with ours.
   */
  constructor(
    readonly doc: Document,
    private readonly foreign: ReadonlySet<Element> = new Set(),
  ) {}

  /** Takes in the copies the page made of our hidden elements, so `showAll` shows them too. */
  adoptCopies(): void {
    for (const el of Array.from(this.doc.querySelectorAll(`[${HIDDEN_ATTR}]`))) {
      if (!this.foreign.has(el)) this.hidden.add(el);
    }
  }

  /** `adoptCopies` within the subtrees the page just inserted: work in proportion to them. */
  private adoptCopiesIn(added: readonly Node[]): void {
    for (const node of added) {
      if (node.nodeType !== 1 || !node.isConnected) continue;
      const root = node as Element;
      if (root.hasAttribute(HIDDEN_ATTR) && !this.foreign.has(root)) this.hidden.add(root);
      for (const el of Array.from(root.querySelectorAll(`[${HIDDEN_ATTR}]`))) {
        if (!this.foreign.has(el)) this.hidden.add(el);
      }
    }
  }

  /**
   * Hides `elements` (those not hidden yet) and returns how many of ours are in the page. Copies
   * the page made of ours are taken in first: those within `added` when the caller knows what the
   * page inserted since the last call (a late-ad batch), else the whole document's.
   */
  hide(elements: readonly Element[], added?: readonly Node[]): number {
    // Before this hider's first hiding there is nothing of ours the page could have copied: no
    // search of the whole document then (`showAll` still takes in every copy, before it shows).
    if (added) this.adoptCopiesIn(added);
    else if (this.everHid) this.adoptCopies();
    this.everHid ||= elements.length > 0;
    for (const el of elements) {
      if (this.hidden.has(el) || el.hasAttribute(HIDDEN_ATTR)) continue;
      el.setAttribute(HIDDEN_ATTR, '');
      this.hidden.add(el);
    }
    if (this.hidden.size > 0) injectStyle(this.doc, STYLE_ID, CSS);
    return this.count();
  }

  /** Shows everything `hide` hid and removes the style rule: its exact inverse. */
  showAll(): void {
    this.adoptCopies();
    for (const el of this.hidden) el.removeAttribute(HIDDEN_ATTR);
    this.hidden.clear();
    removeStyle(this.doc, STYLE_ID);
  }

  /**
   * How many hidden elements are in the document now. Elements the page has since removed are
   * not counted, but kept: the page may put them back (still hidden), and `showAll` shows them.
   */
  count(): number {
    let n = 0;
    for (const el of this.hidden) if (el.isConnected) n++;
    return n;
  }
}

/** True when `node` is inside something hidden (page mutations there need no new look). */
export function isInsideHidden(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return el?.closest(`[${HIDDEN_ATTR}]`) != null;
}

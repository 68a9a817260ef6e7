/**
 * Marks for assistive technology. Highlights are paint only: the accessibility tree knows nothing
 * of them. So each paragraph with marked quotes gets an `aria-description` naming the quotes'
 * speakers (Chromium exposes it as the paragraph's description; checked with the DevTools
 * protocol's `Accessibility.getFullAXTree` in tests/e2e/marks.e2e.ts). It adds nothing to the
 * tab order, splits no text node and inserts no element; it is an attribute, which the page
 * watcher does not observe, restored exactly on `clear()`.
 *
 * A page may copy a marked paragraph (`cloneNode`, `outerHTML`) while marks are on, and the copy
 * carries our attribute. Every value we write is remembered per document, so a copy is recognised:
 * marking it again treats it as having none of its own, and `clear()` takes ours off every element
 * of the document. A paragraph with an `aria-description` of the page's own is left alone.
 */
const ATTR = 'aria-description';

/** The descriptions we wrote in each document, across every session of the page code. */
const written = new WeakMap<Document, Set<string>>();
/** The paragraphs some article's marks describe now, per document (the others' are copies). */
const live = new WeakMap<Document, Set<Element>>();

function ofDocument<T>(map: WeakMap<Document, Set<T>>, doc: Document): Set<T> {
  let set = map.get(doc);
  if (!set) map.set(doc, (set = new Set()));
  return set;
}

/** The descriptions of one article's marked paragraphs. */
export class MarkDescriptions {
  /** Each paragraph we described. */
  private described = new Set<Element>();

  constructor(private readonly doc: Document) {}

  /**
   * Describes each paragraph with `text(paragraph)`, replacing earlier descriptions (released, not
   * swept: a caller that may have left copies of ours in the page, as a re-mark does, calls
   * `clear()` first, which sweeps once).
   */
  write(paragraphs: Iterable<Element>, text: (paragraph: Element) => string): void {
    this.release();
    const ours = ofDocument(written, this.doc);
    const described = ofDocument(live, this.doc);
    for (const paragraph of paragraphs) {
      const own = paragraph.getAttribute(ATTR);
      if (own !== null && !ours.has(own)) continue;
      const value = text(paragraph);
      if (!value) continue;
      ours.add(value);
      paragraph.setAttribute(ATTR, value);
      this.described.add(paragraph);
      described.add(paragraph);
    }
  }

  /**
   * Takes our descriptions off the paragraphs, and off any copy the page made of a described
   * paragraph (an element with one of our values that no article's marks describe now).
   */
  clear(): void {
    this.release();
    this.sweepCopies();
  }

  /** Takes our descriptions off the paragraphs this one described (no look at the rest). */
  private release(): void {
    const ours = written.get(this.doc);
    const described = live.get(this.doc);
    for (const paragraph of this.described) {
      described?.delete(paragraph);
      if (ours?.has(paragraph.getAttribute(ATTR) ?? '')) paragraph.removeAttribute(ATTR);
    }
    this.described.clear();
  }

  /**
   * Takes our values off the copies no article's marks describe now: one query of the whole
   * document, so only where we ever wrote one.
   */
  private sweepCopies(): void {
    const ours = written.get(this.doc);
    if (!ours || ours.size === 0) return;
    const described = live.get(this.doc);
    for (const el of Array.from(this.doc.querySelectorAll(`[${ATTR}]`))) {
      if (!described?.has(el) && ours.has(el.getAttribute(ATTR)!)) el.removeAttribute(ATTR);
    }
  }
}

/**
 * The attribute that scopes the marks' stylesheet to the paragraphs holding marks
 * (`[data-ks-marked]::highlight(ks-s0)`, highlighter.ts `markCss`).
 *
 * Why: when a stylesheet is added, the browser recalculates the style of every element its rules
 * could match, by the rightmost selector. Rules written for the marked paragraphs' tag
 * (`p::highlight(…)`) matched every `p` of the document, comments and footers included; an
 * attribute that only the marked paragraphs carry makes the recalculation after our write touch
 * only them (and their insides, which inherit the highlight style). On current-design, a forced
 * recalculation right after the sheet went in: median 0.7 ms for the tag, 0.45 ms for the
 * attribute (40 cold loads, each drawn at random). On bench:long-task's invented articles of 0.28,
 * 0.54 and 1.07 MB (3 loads each, against the tag-scoped build load for load): all main-thread
 * CPU from our start 50 -> 40, 84 -> 59 and 141 -> 100 ms, the most CPU in one task 18 -> 10,
 * 36 -> 16 and 67 -> 29 ms.
 *
 * Restored exactly: our value is this script's own (`OURS`), so a copy the page made of a marked
 * paragraph (`cloneNode`, `innerHTML`) is recognised by it and cleared too, and an element that
 * carries the attribute of its own (another value) is never written nor cleared: the scope
 * matches it already. The page watcher does not observe attributes.
 */
export const MARKED_ATTR = 'data-ks-marked';

/** Our value of the attribute, drawn once per run of this bundle. */
const OURS = `ks${Math.random().toString(36).slice(2, 10)}`;

/** The paragraphs some article's marks flag now, per document (any other with `OURS` is a copy). */
const live = new WeakMap<Document, Set<Element>>();
/** Documents where we ever flagged a paragraph: only there can a copy of ours exist. */
const used = new WeakSet<Document>();

/** The flagged paragraphs of one article's marks. */
export class MarkedParagraphs {
  private readonly flagged = new Set<Element>();

  constructor(private readonly doc: Document) {}

  /**
   * Flags `paragraphs`, replacing the earlier ones (released, not swept: a caller that may have
   * left copies of ours in the page, as a re-mark does, calls `clear()` first, which sweeps once).
   */
  write(paragraphs: Iterable<Element>): void {
    this.release();
    let marked = live.get(this.doc);
    if (!marked) live.set(this.doc, (marked = new Set()));
    used.add(this.doc);
    for (const paragraph of paragraphs) {
      const own = paragraph.getAttribute(MARKED_ATTR);
      if (own !== null && own !== OURS) continue;
      if (own === null) paragraph.setAttribute(MARKED_ATTR, OURS);
      this.flagged.add(paragraph);
      marked.add(paragraph);
    }
  }

  /** Takes the flag off our paragraphs, and off any copy of ours no article's marks flag now. */
  clear(): void {
    this.release();
    this.sweepCopies();
  }

  /** Takes the flag off the paragraphs this one flagged (no look at the rest of the page). */
  private release(): void {
    const marked = live.get(this.doc);
    for (const paragraph of this.flagged) {
      marked?.delete(paragraph);
      if (paragraph.getAttribute(MARKED_ATTR) === OURS) paragraph.removeAttribute(MARKED_ATTR);
    }
    this.flagged.clear();
  }

  /**
   * Takes our flag off the copies the page made (`cloneNode`, `innerHTML`) that no article's marks
   * flag now: one query of the whole document, so only where we ever flagged a paragraph.
   */
  private sweepCopies(): void {
    if (!used.has(this.doc)) return;
    const marked = live.get(this.doc);
    for (const el of Array.from(this.doc.querySelectorAll(`[${MARKED_ATTR}="${OURS}"]`))) {
      if (!marked?.has(el)) el.removeAttribute(MARKED_ATTR);
    }
  }
}

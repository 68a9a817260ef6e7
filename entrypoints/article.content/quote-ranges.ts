/**
 * From character offsets to DOM ranges: a quote's span (offsets into its paragraph's
 * `textContent`) becomes one live `Range` over the paragraph's text nodes. Read-only.
 *
 * Each paragraph's text is read once, in one walk over its text nodes, for all of its quotes
 * (reading it again per quote made a paragraph with many quotes quadratic).
 */

/** A span to place: offsets into the paragraph's text and the text expected there. */
export interface SpanToPlace {
  start: number;
  end: number;
  text: string;
}

/** The text nodes of `root` in order, with where each starts in `root.textContent`. */
function textNodes(root: Element): { nodes: Text[]; starts: number[]; text: string } {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let pos = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text;
    nodes.push(text);
    starts.push(pos);
    parts.push(text.data);
    pos += text.data.length;
  }
  return { nodes, starts, text: parts.join('') };
}

/**
 * One range per span over `root`'s text, in the order given; null for a span whose text is no
 * longer where the engine found it (the page rewrote the paragraph since), so the wrong words
 * are never marked. Spans may come in any order; the walk is shared.
 */
export function rangesIn(root: Element, spans: readonly SpanToPlace[]): (Range | null)[] {
  const { nodes, starts, text } = textNodes(root);
  const doc = root.ownerDocument;
  /** The text node holding offset `at` (the last one starting at or before it): binary search. */
  const nodeAt = (at: number, preferEnd: boolean): number => {
    let lo = 0;
    let hi = nodes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const before = preferEnd ? starts[mid]! < at : starts[mid]! <= at;
      if (before) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return spans.map(span => {
    if (span.end <= span.start || text.slice(span.start, span.end) !== span.text) return null;
    if (nodes.length === 0) return null;
    const first = nodeAt(span.start, false);
    // The end belongs to the node it closes, not to the (possibly empty) one starting there.
    const last = nodeAt(span.end, true);
    const range = doc.createRange();
    range.setStart(nodes[first]!, span.start - starts[first]!);
    range.setEnd(nodes[last]!, span.end - starts[last]!);
    return range;
  });
}

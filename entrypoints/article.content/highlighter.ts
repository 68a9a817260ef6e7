/**
 * Quote marks in the page: the only module that writes page text nodes.
 *
 * Each quote's span (character offsets into its paragraph element's `textContent`) is mapped onto
 * the text nodes under that element and every piece is wrapped in a `<ks-quote>` element. Every
 * change is logged, and `removeMarks()` replays the log backwards, so the page returns to exactly
 * what it was (the text nodes split here are merged back, unlike hypothesis's highlighter).
 */
import type { Analysis, Quote, Speaker, TextSpan } from '../../core/types';
import { UNNAMED_COLOR, speakerColor } from '../../core/speaker-colors';
import { removeStyle, injectStyle } from './page-style';

/**
 * A custom element name rather than `<span>` or `<mark>`: page CSS aimed at those (Republika styles
 * `article span`) cannot restyle or hide our marks, and our own CSS cannot hit the page's.
 */
export const MARK_TAG = 'ks-quote';

const MARK_STYLE_ID = 'ks-mark-style';

// `cursor: help` says "this has a tooltip"; the flash ring is what scrollToQuote plays.
const MARK_CSS = `${MARK_TAG}{border-radius:3px;padding:0 1px;cursor:help;color:inherit;box-decoration-break:clone;-webkit-box-decoration-break:clone}
${MARK_TAG}.ks-flash{animation:ks-flash 1.2s ease-out 2}
@keyframes ks-flash{0%{box-shadow:0 0 0 3px #d9480f}100%{box-shadow:0 0 0 3px transparent}}`;

/** One change to the page, kept so it can be undone exactly. */
type Change =
  { kind: 'split'; original: Text; created: Text } | { kind: 'wrap'; wrapper: Element; text: Text };

const changes: Change[] = [];

/** Splits `node` at `offset` (logged) and returns the second half. */
function split(node: Text, offset: number): Text {
  const created = node.splitText(offset);
  changes.push({ kind: 'split', original: node, created });
  return created;
}

/** The pieces of `range` in `root`'s text nodes, split off so each is a whole text node. */
function textPieces(root: Element, start: number, end: number): Text[] {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const pieces: Text[] = [];
  let pos = 0;
  for (let node of nodes) {
    const from = pos;
    const to = pos + node.length;
    pos = to;
    if (to <= start || from >= end) continue;
    if (start > from) node = split(node, start - from);
    const length = Math.min(end, to) - Math.max(start, from);
    if (length < node.length) split(node, length);
    pieces.push(node);
  }
  return pieces;
}

/**
 * The tooltip. It names the speaker (and role), then the cue word and the words that named the
 * speaker at this quote, because those are the reader's evidence: "— kata (Bambang)" says where
 * in the sentence the attribution comes from, so a wrong attribution is easy to spot and check.
 */
export function tooltip(quote: Quote, speakers: Speaker[]): string {
  const who =
    speakers.length === 0
      ? 'Pembicara tidak disebut'
      : speakers.length === 1
        ? [speakers[0]!.name, speakers[0]!.role].filter(Boolean).join(', ')
        : speakers.map(s => s.name).join(' dan ');
  // The mention adds nothing when it already spells the name out ("kata Menteri X" for X).
  const mention =
    quote.mention && !speakers.some(s => quote.mention!.includes(s.name)) ? quote.mention : null;
  const cue = [quote.cue, mention ? `(${mention})` : null].filter(Boolean).join(' ');
  return cue ? `${who} — ${cue}` : who;
}

function makeMark(doc: Document, quote: Quote, speakers: Speaker[], color: string): Element {
  const mark = doc.createElement(MARK_TAG);
  mark.setAttribute('data-ks-quote', quote.id);
  mark.setAttribute('data-ks-speaker', speakers.map(s => s.name).join(', '));
  mark.setAttribute('title', tooltip(quote, speakers));
  mark.setAttribute('style', `background: ${color}`);
  return mark;
}

/**
 * True when `root` still holds `quote` where the engine found it. Marks can be switched on long
 * after the analysis; if the page has since rewritten or replaced the paragraph, the offsets
 * would wrap the wrong words (or a detached copy), so such a quote is left unmarked.
 */
function stillThere(root: Element, span: TextSpan, quote: Quote): boolean {
  return root.isConnected && (root.textContent ?? '').slice(span.start, span.end) === quote.text;
}

/**
 * Wraps every quote of `analysis` in `paragraphs` (the elements the engine read, in order).
 * Whitespace-only pieces are skipped: wrapping them could put an element where the page allows
 * only certain children (between list items, table cells). Returns the number of marks made.
 */
export function markQuotes(paragraphs: readonly Element[], analysis: Analysis): number {
  const { speakers, quotes } = analysis.result;
  const doc = paragraphs[0]?.ownerDocument;
  if (!doc) return 0;
  let count = 0;
  for (const quote of quotes) {
    const span = analysis.spans[quote.id];
    const root = span ? paragraphs[span.paragraph] : undefined;
    if (!span || !root || span.end <= span.start || !stillThere(root, span, quote)) continue;
    const quoteSpeakers = quote.speakerIds
      .map(id => speakers.find(s => s.id === id))
      .filter((s): s is Speaker => s !== undefined);
    const first = quoteSpeakers[0];
    const color = first ? speakerColor(speakers.indexOf(first)) : UNNAMED_COLOR;
    for (const text of textPieces(root, span.start, span.end)) {
      if (!text.data.trim()) continue;
      const wrapper = makeMark(doc, quote, quoteSpeakers, color);
      text.before(wrapper);
      wrapper.append(text);
      changes.push({ kind: 'wrap', wrapper, text });
      count++;
    }
  }
  if (count > 0) injectStyle(doc, MARK_STYLE_ID, MARK_CSS);
  return count;
}

/** True while marks are in the page. */
export function hasMarks(): boolean {
  return changes.length > 0;
}

/** Removes every mark and merges split text nodes back: the exact inverse of `markQuotes`. */
export function removeMarks(doc: Document = document): void {
  for (let change = changes.pop(); change; change = changes.pop()) {
    if (change.kind === 'wrap') {
      change.wrapper.replaceWith(change.text);
    } else if (change.original.nextSibling === change.created) {
      // Only merge what is still adjacent: if the page moved nodes meanwhile, leave them be.
      change.original.appendData(change.created.data);
      change.created.remove();
    }
  }
  removeStyle(doc, MARK_STYLE_ID);
}

/** The marks of one quote, in page order. */
export function marksOf(doc: Document, quoteId: string): Element[] {
  return Array.from(doc.querySelectorAll(`${MARK_TAG}[data-ks-quote]`)).filter(
    el => el.getAttribute('data-ks-quote') === quoteId,
  );
}

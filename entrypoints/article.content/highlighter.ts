/**
 * Quote marks drawn with the CSS Custom Highlight API (`CSS.highlights`, `::highlight()`): the
 * browser paints ranges over the page's own text, and the page's nodes are never split, wrapped
 * or moved. So whatever the page's code later does to its text (`node.data = …`, a framework
 * re-render, `innerHTML` copies, clones), its text stays exactly what its code wrote, there is no
 * mark element to copy or to escape "marks off", and a click on marked text reaches the page's
 * own element (a link) untouched.
 *
 * Names (the contract with the panel's styles, see /work/coord/marks-api.md and README):
 * - `ks-s<N>`: the quotes whose first speaker is `AnalysisResult.speakers[N]`;
 * - `ks-unnamed`: quotes whose speaker is not named;
 * - `ks-flash`: the quote `scrollToQuote` flashes (drawn above the others);
 * - `ks-dim`: while the reader focuses one speaker, every other quote (moved out of its speaker's
 *   highlight into this faint one, and back when the focus clears);
 * - `ks-a<K>-s<N>`, `ks-a<K>-unnamed`: the same for the K-th article the next-article feed
 *   appended (K ≥ 1), whose quote ids are `a<K>-q…`.
 * Styles are one part (`ks-mark-style`) of our one `<style>` in <head> (page-style.ts; the part
 * goes with the marks); restyling a speaker (colour, underline, dimming the others) is a change of
 * that sheet, never of the page.
 * Its rules are for the marked paragraphs, each flagged with `data-ks-marked` while marked
 * (marked-paragraphs.ts: the browser then recalculates the style of those alone), restored exactly.
 *
 * Highlights are invisible to assistive technology, so each marked paragraph also carries a
 * description of its quotes' speakers (mark-descriptions.ts): an attribute, restored exactly.
 *
 * Without the API (jsdom in unit tests) the ranges are still computed, hit-tested and reported by
 * `describe()`; only the painting is missing.
 */
import { runNow, type Work } from '../../core/article/work';
import type { Analysis, AnalysisResult, Quote, Speaker } from '../../core/types';
import {
  PALETTES,
  speakerStyle,
  styleDeclarations,
  type MarkTheme,
} from '../../core/speaker-colors';
import type { MarkBox, MarkInfo } from '../../core/protocol';
import { MarkDescriptions } from './mark-descriptions';
import { MARKED_ATTR, MarkedParagraphs } from './marked-paragraphs';
import { paragraphDescription } from './mark-words';
import { injectStyle, removeStyle, themeAt } from './page-style';
import { rangesIn, type SpanToPlace } from './quote-ranges';

/**
 * The highlight of the speaker at `index` in `AnalysisResult.speakers`; -1 for unnamed. `article`
 * counts the articles of a next-article feed: 0 is the page's own, whose names carry no prefix.
 */
export function speakerHighlight(index: number, article = 0): string {
  const prefix = article === 0 ? 'ks-' : `ks-a${article}-`;
  return index < 0 ? `${prefix}unnamed` : `${prefix}s${index}`;
}

/**
 * The highlight of an article's quotes dimmed while the reader focuses another speaker
 * (`ks-dim`; feed article K: `ks-a<K>-dim`).
 */
function dimHighlight(article = 0): string {
  return article === 0 ? 'ks-dim' : `ks-a${article}-dim`;
}

/** The highlight that `flash()` paints over a quote. */
export const FLASH_HIGHLIGHT = 'ks-flash';

/** Our sheet's part that colours the highlights (article K ≥ 1 of a feed: `ks-mark-style-a<K>`). */
export const MARK_STYLE_ID = 'ks-mark-style';
const styleId = (article: number) =>
  article === 0 ? MARK_STYLE_ID : `${MARK_STYLE_ID}-a${article}`;

/** One marked quote: the engine's quote, its speakers, its range and the highlight it is in. */
export interface QuoteMark {
  quote: Quote;
  speakers: Speaker[];
  /** The result the quote belongs to (for the "why" line, which looks at earlier quotes). */
  result: AnalysisResult;
  highlight: string;
  range: Range;
  paragraph: Element;
}

/** Where an analysis's marks go, found before anything is written (`QuoteMarks.planWork`). */
export interface MarkPlan {
  /** How many speakers the result has (one highlight each). */
  speakerCount: number;
  /** The marks placed, in the engine's quote order. */
  marks: QuoteMark[];
  /** The palette the marked text needs. */
  theme: MarkTheme;
  /**
   * Each marked paragraph's description for assistive technology (mark-descriptions.ts), worded
   * while planning (reading the extension's catalogue), so that `commit` only writes them.
   */
  descriptions: Map<Element, string>;
}

/** The page's highlight registry, or null where the API is missing (jsdom). */
type Registry = Map<string, unknown>;
type HighlightCtor = new (...ranges: Range[]) => { priority: number; add(r: Range): void };

function registryOf(doc: Document): { registry: Registry; Highlight: HighlightCtor } | null {
  const win = doc.defaultView as
    (Window & { CSS?: { highlights?: Registry }; Highlight?: HighlightCtor }) | null;
  const registry = win?.CSS?.highlights;
  const Highlight = win?.Highlight;
  return registry && Highlight ? { registry, Highlight } : null;
}

/** What the mark stylesheet depends on. */
export interface MarkCssOptions {
  /** How many speakers the result has (one highlight each, `ks-s0` …). */
  speakerCount: number;
  /** True when some quote is unnamed (`ks-unnamed`). */
  unnamed: boolean;
  /** 0 for the page's own article, K for the K-th feed article (name prefix `ks-a<K>-`). */
  article: number;
  /** The palette: 'dark' for light text on a dark page (see `themeAt`). */
  theme: MarkTheme;
  /**
   * True: each rule is for the paragraphs holding marks only (`[data-ks-marked]::highlight(…)`,
   * marked-paragraphs.ts), not for every element (see `HIGHLIGHTS_INHERIT`).
   */
  scoped?: boolean;
}

/**
 * True where a highlight pseudo-element inherits from its parent element's (CSS highlight
 * inheritance), so that rules scoped to the marked paragraphs (marked-paragraphs.ts, which says
 * why) still style the text in a paragraph's own elements (links, emphasis): Chromium 156 paints
 * and computes it so (tests/e2e/marks.e2e.ts reads the style on the element holding each
 * highlight's first range); Firefox ESR 153 does not (an `<em>` in a scoped range stays
 * unpainted), so the Firefox build keeps the rules for every element.
 */
const HIGHLIGHTS_INHERIT = !import.meta.env.FIREFOX;

/**
 * The stylesheet of an article's highlights: each speaker's fill and underline
 * (core/speaker-colors.ts), the flash on top. Only what `::highlight()` accepts: colours and text
 * decoration.
 */
export function markCss({
  speakerCount,
  unnamed,
  article,
  theme,
  scoped = false,
}: MarkCssOptions): string {
  const scope = scoped ? `[${MARKED_ATTR}]` : '';
  const rule = (name: string, declarations: string) =>
    `${scope}::highlight(${name}){${declarations}}`;
  const rules: string[] = [];
  for (let i = 0; i < speakerCount; i++) {
    rules.push(rule(speakerHighlight(i, article), styleDeclarations(speakerStyle(i, theme))));
  }
  if (unnamed) {
    rules.push(rule(speakerHighlight(-1, article), styleDeclarations(speakerStyle(-1, theme))));
  }
  const palette = PALETTES[theme];
  // No fill and the page's own text colour: only a thin dotted line says a quote is there.
  rules.push(
    rule(
      dimHighlight(article),
      'background-color:transparent;text-decoration-line:underline;text-decoration-style:dotted;' +
        `text-decoration-thickness:1px;text-decoration-color:${palette.dimmedLine}`,
    ),
  );
  rules.push(
    rule(FLASH_HIGHLIGHT, `background-color:${palette.flashFill};color:${palette.flashText}`),
  );
  return rules.join('\n');
}

/** Where the rectangles of a point hit: true when (x, y) is inside one of `rects`. */
function inside(rects: ArrayLike<DOMRect>, x: number, y: number): boolean {
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

/** The caret position under a point, by whichever API the browser has. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** The marks of one page: draws, describes, hit-tests, flashes and clears them. */
export class QuoteMarks {
  private marks: QuoteMark[] = [];
  private byId = new Map<string, QuoteMark>();
  private byParagraph = new Map<Element, QuoteMark[]>();
  private names = new Set<string>();
  private flashing = new Set<string>();
  private theme: MarkTheme = 'light';
  /** The quotes in focus (`focusSpeaker`); null: no focus, nothing dimmed. Kept across redraws. */
  private focus: ReadonlySet<string> | null = null;
  /** The marked paragraphs' descriptions for assistive technology. */
  private readonly descriptions: MarkDescriptions;
  /** The marked paragraphs' flag, which the stylesheet is scoped to (marked-paragraphs.ts). */
  private readonly flags: MarkedParagraphs;

  /** `article`: 0 for the page's own article, K for the K-th one a next-article feed appended. */
  constructor(
    readonly doc: Document,
    readonly article = 0,
  ) {
    this.descriptions = new MarkDescriptions(doc);
    this.flags = new MarkedParagraphs(doc);
  }

  /** True while marks are drawn (or, without the API, computed). */
  get active(): boolean {
    return this.marks.length > 0;
  }

  /** Every mark, in the engine's quote order. */
  all(): readonly QuoteMark[] {
    return this.marks;
  }

  /**
   * Marks every quote of `analysis` in `paragraphs` (the elements the engine read). A quote whose
   * text is no longer where the engine found it is left unmarked. Replaces earlier marks. Reads
   * each paragraph's text once. Returns the number of quotes marked.
   */
  draw(paragraphs: readonly Element[], analysis: Analysis): number {
    return this.commit(runNow(this.planWork(paragraphs, analysis)));
  }

  /**
   * Where `draw` puts each mark, found by reading only (the paragraphs' text, the page's colours),
   * as work that may pause between paragraphs (slicer.ts). `commit` then writes it in one go.
   */
  *planWork(paragraphs: readonly Element[], analysis: Analysis): Work<MarkPlan> {
    const { speakers, quotes } = analysis.result;
    const speakerIndex = new Map(speakers.map((s, i) => [s.id, i]));
    // Group the quotes by paragraph so each paragraph is walked once.
    const perParagraph = new Map<number, { quote: Quote; span: SpanToPlace }[]>();
    for (const quote of quotes) {
      const span = analysis.spans[quote.id];
      if (!span || !paragraphs[span.paragraph]) continue;
      const list = perParagraph.get(span.paragraph) ?? [];
      list.push({ quote, span: { start: span.start, end: span.end, text: quote.text } });
      perParagraph.set(span.paragraph, list);
    }
    const placed = new Map<string, QuoteMark>();
    for (const [index, list] of perParagraph) {
      yield;
      const paragraph = paragraphs[index]!;
      if (!paragraph.isConnected) continue;
      const ranges = rangesIn(
        paragraph,
        list.map(item => item.span),
      );
      list.forEach(({ quote }, i) => {
        const range = ranges[i];
        if (!range) return;
        const quoteSpeakers = quote.speakerIds
          .map(id => speakers[speakerIndex.get(id) ?? -1])
          .filter((s): s is Speaker => s !== undefined);
        const first = quote.speakerIds[0];
        const index = first === undefined ? -1 : (speakerIndex.get(first) ?? -1);
        const highlight = speakerHighlight(index, this.article);
        placed.set(quote.id, {
          quote,
          speakers: quoteSpeakers,
          result: analysis.result,
          highlight,
          range,
          paragraph,
        });
      });
    }
    // Engine order, so describe() and hit-testing agree with the panel.
    const marks = quotes.flatMap(quote => placed.get(quote.id) ?? []);
    // The palette follows the text we mark: light text on a dark page gets the dark palette.
    const theme = marks.length > 0 ? themeAt(marks[0]!.paragraph) : 'light';
    const descriptions = yield* describeWork(marks);
    return { speakerCount: speakers.length, marks, theme, descriptions };
  }

  /**
   * Writes the stylesheet `commit(plan)` needs, and nothing else: no highlight is painted yet, so
   * the page looks the same. A caller that can wait a frame between this and `commit` spreads
   * their rendering over two tasks: a new sheet of `::highlight()` rules makes the browser
   * recalculate the style of every element it may match (every marked paragraph, or every element
   * where the rules are not scoped), and registering the highlights makes
   * it walk every marked line box again (`PrePaint`); on a 1 MB article each is 15–25 ms, and
   * both in one frame made one task over 50 ms. `clear()` removes it.
   */
  style(plan: MarkPlan): void {
    if (plan.marks.length > 0) injectStyle(this.doc, styleId(this.article), this.cssOf(plan));
  }

  /** The stylesheet of `plan`'s marks. */
  private cssOf(plan: MarkPlan): string {
    const unnamedName = speakerHighlight(-1, this.article);
    return markCss({
      speakerCount: plan.speakerCount,
      unnamed: plan.marks.some(m => m.highlight === unnamedName),
      article: this.article,
      theme: plan.theme,
      scoped: HIGHLIGHTS_INHERIT,
    });
  }

  /**
   * Draws what `planWork` found: the one write (highlights, their style, the descriptions). A
   * stylesheet `style(plan)` wrote before is kept as it is, not written again.
   */
  commit(plan: MarkPlan): number {
    this.unpaint();
    for (const mark of plan.marks) {
      this.marks.push(mark);
      this.byId.set(mark.quote.id, mark);
      const list = this.byParagraph.get(mark.paragraph) ?? [];
      list.push(mark);
      this.byParagraph.set(mark.paragraph, list);
    }
    if (this.marks.length === 0) {
      removeStyle(this.doc, styleId(this.article));
      return 0;
    }
    this.theme = plan.theme;
    // Only where the rules are scoped to it: no attribute the Firefox build would not use.
    if (HIGHLIGHTS_INHERIT) this.flags.write(this.byParagraph.keys());
    injectStyle(this.doc, styleId(this.article), this.cssOf(plan));
    this.paint();
    this.descriptions.write(
      plan.descriptions.keys(),
      paragraph => plan.descriptions.get(paragraph) ?? '',
    );
    return this.marks.length;
  }

  /** True while another speaker is in focus, so this quote is drawn faint. */
  private dimmed(mark: QuoteMark): boolean {
    return this.focus !== null && !this.focus.has(mark.quote.id);
  }

  /**
   * Registers one highlight per speaker with the page's registry (replacing ours), the quotes
   * out of focus in the dim highlight instead.
   */
  private paint(): void {
    const api = registryOf(this.doc);
    if (!api) return;
    for (const name of this.names) api.registry.delete(name);
    this.names.clear();
    const groups = new Map<string, Range[]>();
    for (const mark of this.marks) {
      const name = this.dimmed(mark) ? dimHighlight(this.article) : mark.highlight;
      const list = groups.get(name) ?? [];
      list.push(mark.range);
      groups.set(name, list);
    }
    for (const [name, ranges] of groups) {
      api.registry.set(name, new api.Highlight(...ranges));
      this.names.add(name);
    }
  }

  /** Removes every highlight and the style: the page is as if we had never marked it. */
  clear(): void {
    this.unpaint();
    removeStyle(this.doc, styleId(this.article));
  }

  /** Removes every highlight and description; the stylesheet stays (see `commit`). */
  private unpaint(): void {
    const api = registryOf(this.doc);
    for (const name of this.names) api?.registry.delete(name);
    if (this.flashing.size > 0) api?.registry.delete(FLASH_HIGHLIGHT);
    this.names.clear();
    this.flashing.clear();
    this.marks = [];
    this.byId.clear();
    this.byParagraph.clear();
    this.descriptions.clear();
    this.flags.clear();
  }

  /** The mark of quote `id`, if marked. */
  get(id: string): QuoteMark | undefined {
    return this.byId.get(id);
  }

  /** True when any of the marks' paragraphs is `node` or holds it. */
  paragraphOf(node: Node): Element | null {
    for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el;) {
      if (this.byParagraph.has(el)) return el;
      el = el.parentElement;
    }
    return null;
  }

  /** The quote drawn under the viewport point (x, y), found by hit-testing the text there. */
  at(x: number, y: number): QuoteMark | null {
    const caret = caretAt(this.doc, x, y);
    if (!caret) return null;
    const paragraph = this.paragraphOf(caret.node);
    if (!paragraph) return null;
    for (const mark of this.byParagraph.get(paragraph) ?? []) {
      try {
        // The caret lands on the nearest text even beside it: the point must be on the quote's boxes.
        if (
          mark.range.isPointInRange(caret.node, caret.offset) &&
          inside(mark.range.getClientRects(), x, y)
        ) {
          return mark;
        }
      } catch {
        // A node the page moved to another document cannot be compared: not ours any more.
      }
    }
    return null;
  }

  /**
   * Focuses the quotes `ids` (of one speaker, as the panel groups them): every other mark is drawn
   * faint. Null clears. Kept when the marks are cleared and drawn again.
   */
  setFocus(ids: Iterable<string> | null): void {
    this.focus = ids === null ? null : new Set(ids);
    if (this.active) this.paint();
  }

  /** Paints quote `id` with the flash highlight (`on`) or takes it off again. */
  setFlash(id: string, on: boolean): void {
    const mark = this.byId.get(id);
    const api = registryOf(this.doc);
    if (on && mark) this.flashing.add(id);
    else this.flashing.delete(id);
    if (!api) return;
    const ranges = [...this.flashing]
      .map(q => this.byId.get(q)?.range)
      .filter((r): r is Range => !!r);
    if (ranges.length === 0) {
      api.registry.delete(FLASH_HIGHLIGHT);
      return;
    }
    const flash = new api.Highlight(...ranges);
    flash.priority = 1;
    api.registry.set(FLASH_HIGHLIGHT, flash);
  }

  /** What getMarks answers: per marked quote, its id, speakers, text and boxes on screen. */
  describe(): MarkInfo[] {
    return this.marks.map(mark => ({
      quoteId: mark.quote.id,
      speakers: mark.speakers.map(s => s.name),
      highlight: mark.highlight,
      text: mark.range.toString(),
      boxes: boxesOf(mark.range),
      flashing: this.flashing.has(mark.quote.id),
      dimmed: this.dimmed(mark),
    }));
  }
}

/** Paragraphs whose descriptions are worded between two pause points of `describeWork`. */
const DESCRIPTIONS_PER_PAUSE = 32;

/**
 * Each marked paragraph's description (`paragraphDescription` of its marks, in engine order),
 * paragraphs in the order of their first mark, as work that pauses every few paragraphs.
 */
function* describeWork(marks: readonly QuoteMark[]): Work<Map<Element, string>> {
  const byParagraph = new Map<Element, QuoteMark[]>();
  for (const mark of marks) {
    const list = byParagraph.get(mark.paragraph) ?? [];
    list.push(mark);
    byParagraph.set(mark.paragraph, list);
  }
  const descriptions = new Map<Element, string>();
  let count = 0;
  for (const [paragraph, list] of byParagraph) {
    if (++count % DESCRIPTIONS_PER_PAUSE === 0) yield;
    descriptions.set(paragraph, paragraphDescription(list));
  }
  return descriptions;
}

/** The range's boxes on screen, in viewport pixels ([] where layout is unknown, as in jsdom). */
function boxesOf(range: Range): MarkBox[] {
  if (typeof range.getClientRects !== 'function') return [];
  return Array.from(range.getClientRects())
    .filter(r => r.width > 0 && r.height > 0)
    .map(r => ({ x: r.x, y: r.y, width: r.width, height: r.height }));
}

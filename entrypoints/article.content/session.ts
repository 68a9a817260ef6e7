/**
 * One page's state in the content script, for one address and one body: the analysis of its
 * article (plus those a next-article feed appended), what is marked and hidden, and the answers to
 * the panel's commands. Every change it makes to the page has its inverse in `undo()`.
 */
import type { DocumentAnalysis } from '../../core/analyze-document';
import { findClutterWork } from '../../core/article/find-clutter';
import { runNow, type Work } from '../../core/article/work';
import { applyCorrections, type Correction } from '../../core/corrections';
import type { AnalyzeArticlesReply, MarkInfo, PageState, Settings } from '../../core/protocol';
import type { Analysis, Speaker } from '../../core/types';
import { ClutterHider } from './clutter-hider';
import { batchStyles } from './page-style';
import { QuoteMarks, type MarkPlan, type QuoteMark } from './highlighter';
import type { StartTiming } from './start-timing';
import type { SplitLimits } from './write-split';

/** How long the flash stays on a quote after scrollToQuote. */
const FLASH_MS = 2400;

/** Timers go through one place so they can all stop when the script stops. */
export type SetTimer = (callback: () => void, ms: number) => void;

/** A quote as next / previous quote sees it (`PageSession.quotesInOrder`). */
export interface QuoteStop {
  quoteId: string;
  speakers: Speaker[];
  /** What to measure: the quote's mark, or its paragraph when marks are off. */
  box: Range | Element;
}

/** What `PageSession.prepareWork` read for `apply`: the marks' places and the clutter. */
export interface Prepared {
  /** The session's version when it was read (see `PageSession.version`). */
  version: number;
  settings: Settings;
  /** Per article, where its marks go (null: nothing to draw). */
  marks: (MarkPlan | null)[];
  clutter: Element[];
}

/** True when `settings` want `marks` drawn and they are not drawn yet. */
function toDraw(marks: QuoteMarks, settings: Settings): boolean {
  return settings.marksVisible && !marks.active;
}

/** One article of the page and its marks (its analysis pending until the background answers). */
interface ArticleView {
  page: DocumentAnalysis;
  marks: QuoteMarks;
}

/** The page side of one tab, for one address: the analyses plus the marks and hidden elements. */
export class PageSession {
  private settings: Settings | null = null;
  private readonly articles: ArticleView[];
  private readonly hider: ClutterHider;
  /** Every paragraph the engine read, to tell a change of article text from other changes. */
  private readonly paragraphs: Set<Element>;
  /** Which article the reader is looking at (0: the page's own; K: the K-th from the feed). */
  private inView = 0;
  /** The background engine's time for this session's analyses (`PageState.engineMs`). */
  private engineMs: number | null = null;
  /** The reader's corrections for this address (utils/corrections.ts); the marks show them. */
  private corrections: readonly Correction[] = [];
  /** Counts changes of the analyses or corrections, so a `Prepared` from before is not used. */
  private version = 0;
  /** `quotesInOrder()`, kept until the marks or the corrections change. */
  private stops: QuoteStop[] | null = null;

  constructor(
    readonly doc: Document,
    readonly url: string,
    pages: readonly DocumentAnalysis[],
    /** Start-up timing, kept by the run (page-run.ts) and reported in `state()`. */
    private readonly timing: StartTiming,
    private readonly setTimer: SetTimer,
    /** Elements that carried `data-ks-hidden` before the script started (see ClutterHider). */
    foreign: ReadonlySet<Element> = new Set(),
  ) {
    this.articles = pages.map((page, i) => ({ page, marks: new QuoteMarks(doc, i) }));
    this.hider = new ClutterHider(doc, foreign);
    this.paragraphs = new Set(pages.flatMap(p => p.paragraphs));
  }

  /** The page's own analysis (the first article). */
  get page(): DocumentAnalysis {
    return this.articles[0]!.page;
  }

  /** The page's own article body (null on a page that is not an article). */
  get body(): Element | null {
    return this.page.body;
  }

  /** Every analysed article: the page's own first, then the feed's in page order. */
  get pages(): readonly DocumentAnalysis[] {
    return this.articles.map(a => a.page);
  }

  /** True when the page is an article (the only case where the session touches the DOM). */
  get isArticle(): boolean {
    return this.page.body !== null && this.page.analysis.result.article.isArticle;
  }

  /**
   * Takes in the background's analyses (one per article, in order). Data only: the page changes
   * with the next `apply`. Null (no answer) keeps the pending ones: no quotes, nothing marked.
   */
  analysed(reply: AnalyzeArticlesReply | null): void {
    if (!reply) return;
    this.version++;
    this.engineMs = reply.engineMs;
    this.stops = null;
    reply.analyses.forEach((analysis, i) => {
      const view = this.articles[i];
      if (!view) return;
      view.marks.clear();
      view.page = { ...view.page, analysis };
    });
  }

  /**
   * The clutter to hide under `settings`, as work that reads only and may pause (slicer.ts). The
   * paragraphs are those this session read: they are not read again.
   */
  *clutterWork(settings: Settings): Work<Element[]> {
    const body = this.page.body;
    if (!this.isArticle || !settings.clutterHidden || !body?.isConnected) return [];
    return yield* findClutterWork(this.doc, body, this.page.paragraphs);
  }

  /**
   * Everything `apply(settings)` must read before it writes (where the marks go, the clutter), as
   * work that reads only and may pause (slicer.ts); `apply(settings, prepared)` then only writes.
   */
  *prepareWork(settings: Settings): Work<Prepared> {
    const version = this.version;
    const marks: (MarkPlan | null)[] = [];
    for (const { page, marks: drawn } of this.articles) {
      const wanted = this.isArticle && toDraw(drawn, settings);
      marks.push(wanted ? yield* drawn.planWork(page.paragraphs, this.corrected(page)) : null);
    }
    const clutter = yield* this.clutterWork(settings);
    return { version, settings, marks, clutter };
  }

  /** How big `prepared`'s write is: the paragraphs read and the marks it paints (write-split.ts). */
  writeSize(prepared: Prepared | undefined): SplitLimits {
    const marks = prepared?.marks.reduce((sum, plan) => sum + (plan?.marks.length ?? 0), 0) ?? 0;
    return { paragraphs: this.paragraphs.size, marks };
  }

  /**
   * The first of two writes that together do `apply(settings, prepared)`, for a caller that can
   * wait a frame between them: the marks' stylesheets and the hidden clutter, no mark painted yet
   * (see `QuoteMarks.style`: the browser's style recalculation for them then gets a task of its
   * own). `apply` then paints the marks, and writes what this did not (nothing, when neither the
   * settings nor the analysis changed in between). Nothing when `prepared` is no longer current.
   */
  applyStyles(settings: Settings, prepared: Prepared | undefined): void {
    const ready = this.current(prepared, settings);
    if (!this.isArticle || !ready) return;
    batchStyles(this.doc, () => {
      this.articles.forEach(({ marks }, i) => {
        const plan = ready.marks[i];
        if (plan && toDraw(marks, settings)) marks.style(plan);
      });
      if (settings.clutterHidden) this.hider.hide(ready.clutter);
    });
  }

  /**
   * Brings marks and hidden clutter in line with `settings`, at once. `prepared`: what
   * `prepareWork(settings)` found just before (what it could not know, as when the analysis or
   * the corrections changed since, is found now).
   */
  apply(settings: Settings, prepared?: Prepared): void {
    this.settings = settings;
    this.stops = null;
    if (!this.isArticle) return;
    // One write of our sheet for the marks' part and the clutter's (page-style.ts).
    batchStyles(this.doc, () => this.write(settings, prepared));
  }

  /** `apply`'s writes, our sheet's held until they are all done. */
  private write(settings: Settings, prepared: Prepared | undefined): void {
    const ready = this.current(prepared, settings);
    // Marks first: drawing reads the page's colours (themeAt), which after our hiding would
    // force a style recalculation of its own; read before any write, it costs none.
    this.articles.forEach(({ page, marks }, i) => {
      const plan = ready?.marks[i];
      if (toDraw(marks, settings)) {
        if (plan) marks.commit(plan);
        else marks.draw(page.paragraphs, this.corrected(page));
      }
      if (!settings.marksVisible) marks.clear();
    });
    if (!settings.clutterHidden) this.hider.showAll();
    else this.hider.hide(ready ? ready.clutter : runNow(this.clutterWork(settings)));
  }

  /**
   * `prepared` when it was read for this session's analyses and corrections as they are now and
   * for `settings`, so that writing it is writing what a read now would find; else null.
   */
  private current(prepared: Prepared | undefined, settings: Settings): Prepared | null {
    return prepared?.version === this.version && prepared.settings === settings ? prepared : null;
  }

  /** The analysis with the reader's corrections applied (what the marks and tooltips show). */
  private corrected(page: DocumentAnalysis): Analysis {
    if (this.corrections.length === 0) return page.analysis;
    return {
      ...page.analysis,
      result: applyCorrections(page.analysis.result, this.corrections).result,
    };
  }

  /** Takes the reader's corrections for this address; drawn marks are redrawn with them at once. */
  setCorrections(corrections: readonly Correction[]): void {
    if (JSON.stringify(corrections) === JSON.stringify(this.corrections)) return;
    this.corrections = corrections;
    this.version++;
    this.stops = null;
    if (!this.isArticle || !this.settings?.marksVisible) return;
    for (const { page, marks } of this.articles) marks.draw(page.paragraphs, this.corrected(page));
  }

  /**
   * Every quote of the page in page order (each article's quotes in the engine's order), with
   * its speakers after the reader's corrections and what to measure to see it on screen: its
   * mark's range while marks are drawn, else its paragraph. For next / previous quote.
   */
  quotesInOrder(): QuoteStop[] {
    this.stops ??= this.articles.flatMap(({ page, marks }) => {
      const { result, spans } = this.corrected(page);
      const byId = new Map(result.speakers.map(s => [s.id, s]));
      return result.quotes.flatMap(quote => {
        const span = spans[quote.id];
        const paragraph = span ? page.paragraphs[span.paragraph] : undefined;
        if (!paragraph) return [];
        const speakers = quote.speakerIds
          .map(id => byId.get(id))
          .filter((s): s is Speaker => s !== undefined);
        return [{ quoteId: quote.id, speakers, box: marks.get(quote.id)?.range ?? paragraph }];
      });
    });
    return this.stops;
  }

  /**
   * Hides late clutter: `found` is what `clutterWork` found after the page inserted `added`
   * (whose copies of our hidden elements are taken in, see ClutterHider.hide). Nothing when
   * hiding is off by now.
   */
  hideLate(found: readonly Element[], added: readonly Node[]): void {
    if (!this.isArticle || !this.settings?.clutterHidden) return;
    this.hider.hide(found, added);
  }

  /** Sets which article the reader looks at; true when that changed the state. */
  setInView(index: number): boolean {
    const next = Math.max(0, Math.min(index, this.articles.length - 1));
    if (next === this.inView) return false;
    this.inView = next;
    return true;
  }

  /** The state the panel shows: the article in view. */
  state(): PageState {
    const view = this.articles[this.inView] ?? this.articles[0]!;
    return {
      url: this.url,
      analysis: view.page.analysis.result,
      hiddenCount: this.hider.count(),
      workMs: this.timing.workMs,
      elapsedMs: this.timing.elapsedMs,
      engineMs: this.engineMs,
      articleIndex: this.inView,
      articleCount: this.articles.length,
    };
  }

  /** True while any article's marks are drawn (no layout read, unlike `marks()`). */
  hasMarks(): boolean {
    return this.articles.some(a => a.marks.active);
  }

  /** The marks drawn now, every article's, in page order (the getMarks answer). */
  marks(): MarkInfo[] {
    return this.articles.flatMap(a => a.marks.describe());
  }

  /**
   * Scrolls to a quote and flashes it. With marks switched off it scrolls to the quote's
   * paragraph instead. False when the quote is not on this page.
   */
  scrollToQuote(quoteId: string): boolean {
    for (const { page, marks } of this.articles) {
      const mark = marks.get(quoteId);
      const span = page.analysis.spans[quoteId];
      const paragraph = mark?.paragraph ?? (span ? page.paragraphs[span.paragraph] : undefined);
      // Removed, or hidden by the page (display: none): there is nothing to show the reader.
      if (!paragraph?.isConnected || paragraph.checkVisibility?.() === false) continue;
      const start = mark?.range.startContainer;
      const target = start?.parentElement ?? paragraph;
      // jsdom (unit tests) has no scrollIntoView; real browsers all do.
      if (typeof target.scrollIntoView === 'function') {
        target.scrollIntoView({ block: 'center', behavior: 'smooth' });
      }
      if (mark) {
        marks.setFlash(quoteId, true);
        this.setTimer(() => marks.setFlash(quoteId, false), FLASH_MS);
      }
      return true;
    }
    return false;
  }

  /**
   * Focuses the quotes `ids` (one speaker's, as the panel shows them): every other mark in every
   * article is drawn faint; null clears. False on a page that is not an article.
   */
  focus(ids: readonly string[] | null): boolean {
    for (const { marks } of this.articles) marks.setFocus(ids);
    return this.isArticle;
  }

  /** True when `node` is, or is inside, one of the paragraphs the engine read. */
  inParagraph(node: Node): boolean {
    for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el;) {
      if (this.paragraphs.has(el)) return true;
      el = el.parentElement;
    }
    return false;
  }

  /** True when the page removed a paragraph the engine read (or the body). */
  lostParagraph(): boolean {
    if (this.page.body && !this.page.body.isConnected) return true;
    for (const p of this.paragraphs) if (!p.isConnected) return true;
    return false;
  }

  /** The quote drawn under the viewport point (x, y), in any article. */
  markAt(x: number, y: number): QuoteMark | null {
    for (const { marks } of this.articles) {
      const mark = marks.active ? marks.at(x, y) : null;
      if (mark) return mark;
    }
    return null;
  }

  /** Removes every mark and shows everything hidden: the page as it was. */
  undo(): void {
    this.stops = null;
    for (const { marks } of this.articles) marks.clear();
    this.hider.showAll();
  }
}

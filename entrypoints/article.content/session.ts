/**
 * One article page's state in the content script: the analysis, what is marked and hidden, and
 * the answers to the panel's commands. Every change it makes to the page has its inverse in
 * `undo()`.
 */
import type { DocumentAnalysis } from '../../core/analyze-document';
import { findClutter } from '../../core/article/find-clutter';
import type { PageState, Settings } from '../../core/protocol';
import { hiddenCount, hideClutter, showClutter } from './clutter-hider';
import { hasMarks, markQuotes, marksOf, removeMarks } from './highlighter';
import type { StartTiming } from './start-timing';

/** How long the flash ring stays on a mark after scrollToQuote (two 1.2 s pulses). */
const FLASH_MS = 2400;

/** Timers go through the content-script context so they stop when it is invalidated. */
export type SetTimer = (callback: () => void, ms: number) => void;

/** The page side of one tab: the analysis plus the marks and hidden elements it put there. */
export class PageSession {
  private settings: Settings | null = null;

  constructor(
    readonly doc: Document,
    readonly url: string,
    readonly page: DocumentAnalysis,
    /** Start-up timing, kept by main.ts and reported in `state()`. */
    private readonly timing: StartTiming,
    private readonly setTimer: SetTimer,
  ) {}

  /** True when the page is an article (the only case where the session touches the DOM). */
  get isArticle(): boolean {
    return this.page.body !== null && this.page.analysis.result.article.isArticle;
  }

  /** Brings marks and hidden clutter in line with `settings`, at once. */
  apply(settings: Settings): void {
    this.settings = settings;
    if (!this.isArticle) return;
    if (settings.clutterHidden) this.hideNewClutter();
    else showClutter(this.doc);
    if (settings.marksVisible && !hasMarks()) markQuotes(this.page.paragraphs, this.page.analysis);
    if (!settings.marksVisible) removeMarks(this.doc);
  }

  /** Looks for clutter again (after the page inserted ads) and hides what is new. */
  hideNewClutter(): void {
    if (!this.isArticle || !this.page.body || !this.settings?.clutterHidden) return;
    hideClutter(findClutter(this.doc, this.page.body));
  }

  /** The state the panel shows. */
  state(): PageState {
    return {
      url: this.url,
      analysis: this.page.analysis.result,
      hiddenCount: hiddenCount(),
      workMs: this.timing.workMs,
      elapsedMs: this.timing.elapsedMs,
    };
  }

  /**
   * Scrolls to a quote and flashes its marks. With marks switched off it scrolls to the quote's
   * paragraph instead. False when the quote is not on this page.
   */
  scrollToQuote(quoteId: string): boolean {
    const marks = marksOf(this.doc, quoteId);
    const span = this.page.analysis.spans[quoteId];
    const target = marks[0] ?? (span ? this.page.paragraphs[span.paragraph] : undefined);
    if (!target) return false;
    // jsdom (unit tests) has no scrollIntoView; real browsers all do.
    if (typeof target.scrollIntoView === 'function') {
      target.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }
    for (const mark of marks) {
      mark.classList.add('ks-flash');
      this.setTimer(() => mark.classList.remove('ks-flash'), FLASH_MS);
    }
    return true;
  }

  /** Removes every mark and shows everything hidden: the page as it was. */
  undo(): void {
    removeMarks(this.doc);
    showClutter(this.doc);
  }
}

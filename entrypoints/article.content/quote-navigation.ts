/**
 * Following the reader through the quotes: which quote is on screen (reported to the panel as it
 * changes), a clicked mark (mark-clicks.ts hears the click and tells the panel; the quote becomes
 * the one on screen), and next / previous quote (the shortcuts and the panel's buttons: scroll it
 * into view, flash it, announce its speaker). Part of the following bundle, loaded on first use
 * (handover.ts).
 *
 * The scroll listener is passive: the page gets each scroll exactly as without the extension.
 *
 * "On screen" is decided like this: the quote the reader moved to or clicked stays the one on
 * screen while it is in view (the scroll that brings it there does not count against it); else
 * the first quote, in page order, with a box in the viewport; else none.
 */
import type { ContentEvent, QuoteDirection } from '../../core/protocol';
import type { LiveRegion } from './live-region';
import type { QuoteStop, SetTimer } from './session';

/** A moved-to quote that never came into view (scrolling blocked) stops being pinned after this. */
const PIN_MS = 2000;

/** What the follower needs from the page side (main.ts gives it the running session's). */
export interface FollowOptions {
  /** The page's quotes in page order, fresh at each call (the session changes with the page). */
  quotes: () => QuoteStop[];
  /** Scrolls the quote into view and flashes it; false when it is not on the page. */
  scrollTo: (quoteId: string) => boolean;
  send: (event: ContentEvent) => void;
  region: LiveRegion;
  /** The announcement for quote `position` of `total` and its speakers (UI language). */
  describe: (position: number, total: number, speakers: string[]) => string;
  /** The announcement when there is no quote that way. */
  noMore: (direction: QuoteDirection) => string;
  requestFrame: (fn: () => void) => void;
  /** Runs `fn` after `ms` (the page's timer; dropped when the page side stops). */
  setTimer: SetTimer;
  now: () => number;
}

/** The boxes of a quote (its mark's line boxes, or its paragraph's box). */
function rectsOf(box: Range | Element): DOMRect[] {
  // jsdom's ranges (unit tests) have no layout at all.
  if (typeof box.getClientRects !== 'function') return [];
  return Array.from(box.getClientRects()).filter(r => r.width > 0 && r.height > 0);
}

/** True when part of the box is inside the viewport's height. */
function onScreen(box: Range | Element, viewHeight: number): boolean {
  return rectsOf(box).some(r => r.bottom > 0 && r.top < viewHeight);
}

/**
 * The index of the first quote whose box ends below `y` (quotes.length when none does). Quotes
 * are in page order, which is top-to-bottom order, so this is a binary search: a frame's check
 * costs a few measurements even on an article with thousands of quotes.
 */
export function firstEndingBelow(quotes: readonly QuoteStop[], y: number): number {
  let low = 0;
  let high = quotes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const rects = rectsOf(quotes[middle]!.box);
    const bottom = rects.length ? Math.max(...rects.map(r => r.bottom)) : -Infinity;
    if (bottom > y) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Follows the quote on screen, clicks on marks and next / previous quote for one document. */
export class QuoteFollower {
  private current: string | null = null;
  /** A clicked mark no panel has shown yet (the panel was closed), while it is on screen. */
  private unclaimed: string | null = null;
  private pinned: { quoteId: string; seen: boolean; since: number } | null = null;
  private queued = false;
  /** A look set for when an unseen pin runs out (see `check`). */
  private pinTimer = false;

  constructor(
    private readonly doc: Document,
    private readonly options: FollowOptions,
  ) {}

  /** The quote on screen as last reported (PageState.quoteInView). */
  get inView(): string | null {
    return this.current;
  }

  /** A clicked mark no open panel has shown yet (PageState.quoteClicked). */
  get clicked(): string | null {
    return this.unclaimed;
  }

  /** Starts listening; returns the function that stops (and removes the live region). */
  start(): () => void {
    const onScroll = () => this.queueCheck();
    this.doc.addEventListener('scroll', onScroll, { capture: true, passive: true });
    this.queueCheck();
    return () => {
      this.doc.removeEventListener('scroll', onScroll, { capture: true });
      this.options.region.stop();
    };
  }

  /** Looks again at what is on screen at the next frame (after scrolling, or a new analysis). */
  queueCheck(): void {
    if (this.queued) return;
    this.queued = true;
    this.options.requestFrame(() => {
      this.queued = false;
      this.check();
    });
  }

  /** Goes to the next or previous quote; its id, or null when there is none that way. */
  move(direction: QuoteDirection): string | null {
    const quotes = this.options.quotes();
    const viewHeight = this.viewHeight();
    let index = quotes.findIndex(q => q.quoteId === this.current);
    // The current quote counts while on screen, or while a move is still scrolling to it; once
    // the reader has scrolled away from it, the next quote is counted from the window.
    const arriving = this.pinned?.quoteId === this.current && !this.pinned.seen;
    if (index >= 0 && !arriving && !onScreen(quotes[index]!.box, viewHeight)) index = -1;
    let target: number;
    if (index >= 0) target = direction === 'next' ? index + 1 : index - 1;
    else {
      // Nothing on screen is ours: the next quote is the first below the top of the window.
      const first = firstEndingBelow(quotes, 0);
      target = direction === 'next' ? first : first - 1;
    }
    const stop = quotes[target];
    if (!stop || !this.options.scrollTo(stop.quoteId)) {
      this.options.region.say(this.options.noMore(direction));
      return null;
    }
    this.pin(stop.quoteId);
    this.report(stop.quoteId, 'move');
    const names = stop.speakers.map(s => s.name);
    this.options.region.say(this.options.describe(target + 1, quotes.length, names));
    return stop.quoteId;
  }

  /**
   * A trusted click on a mark (mark-clicks.ts, which sent it to the panel): the quote on screen
   * from now on, pinned as seen; `shown` says whether an open panel showed its card, and if not,
   * the page keeps it (`clicked`) while it stays the current quote.
   */
  noteClick(quoteId: string, shown: Promise<boolean>): void {
    this.pin(quoteId, true);
    this.current = quoteId;
    this.unclaimed = null;
    void shown.then(wasShown => {
      if (!wasShown && this.current === quoteId) this.unclaimed = quoteId;
    });
  }

  private pin(quoteId: string, seen = false): void {
    this.pinned = { quoteId, seen, since: this.options.now() };
  }

  private check(): void {
    const quotes = this.options.quotes();
    const viewHeight = this.viewHeight();
    const pinned = this.pinned && quotes.find(q => q.quoteId === this.pinned!.quoteId);
    if (pinned && this.pinned) {
      if (onScreen(pinned.box, viewHeight)) {
        this.pinned.seen = true;
        return;
      }
      // Still scrolling towards it: keep it until it has been seen, or for a while. Look again
      // when the while is up: the reader may have scrolled away before any frame saw it arrive
      // (their scroll stops the smooth one), and no scroll event would come to make us look.
      const waited = this.options.now() - this.pinned.since;
      if (!this.pinned.seen && waited < PIN_MS) {
        this.lookAgainIn(PIN_MS - waited);
        return;
      }
    }
    this.pinned = null;
    const first = quotes[firstEndingBelow(quotes, 0)];
    const visible = first && onScreen(first.box, viewHeight) ? first.quoteId : null;
    this.report(visible, 'scroll');
  }

  /** Looks again after `ms`, unless a look is set already. */
  private lookAgainIn(ms: number): void {
    if (this.pinTimer) return;
    this.pinTimer = true;
    this.options.setTimer(() => {
      this.pinTimer = false;
      this.queueCheck();
    }, ms);
  }

  private report(quoteId: string | null, by: 'move' | 'scroll'): void {
    if (quoteId === this.current && by === 'scroll') return;
    this.current = quoteId;
    if (quoteId !== this.unclaimed) this.unclaimed = null;
    this.options.send({ type: 'quoteInViewChanged', quoteId, by });
  }

  private viewHeight(): number {
    return this.doc.defaultView?.innerHeight ?? 0;
  }
}

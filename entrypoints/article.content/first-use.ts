/**
 * The following bundle for one run (handover.ts), brought on a reader's first use: the first
 * hover on a mark (first-hover.ts), a click on a mark (mark-clicks.ts, which tells the panel at
 * once), next / previous quote, or a panel (one open at load counts). A use during the start waits
 * for the marks: the bundle is asked for once the start's write is done, and only once. Until it
 * comes, the quote in view is none, a clicked mark no panel showed is kept here, and what needs
 * the bundle (a next / previous quote, a click to keep) waits for it.
 */
import type { Follow } from './follow';
import { watchFirstHover, type FirstHover } from './first-hover';
import { guard } from './guard';
import { publishHandover } from './handover';
import { watchMarkClicks, type MarkClickHooks } from './mark-clicks';
import type { TooltipWatch, TooltipWords } from './mark-tooltip';
import type { PageRun } from './page-run';
import type { PageSession } from './session';

/**
 * How long what waits for the following bundle waits before it goes on without (the background
 * could not inject it); the bundle comes within tens of milliseconds otherwise.
 */
const FOLLOW_WAIT_MS = 3000;

/** What `FirstUse` needs from main.ts. */
export interface FirstUseHooks {
  run: PageRun;
  /** The running session (main.ts replaces it when the page changes). */
  session: () => PageSession;
  panelListening: () => boolean;
  words: TooltipWords;
  /** Sends a click on a mark to the panel; resolves true when an open panel showed it. */
  sendClick: MarkClickHooks['send'];
  /** Asks for the following bundle (the background injects it). */
  load: () => void;
}

/** The following bundle's parts for one run, and how they come (see the top of this file). */
export class FirstUse {
  /** Next / previous quote, the quote on screen and clicked: null until the bundle came. */
  follow: Follow | null = null;
  /** The marks' tooltips: null until the bundle came. */
  tooltips: TooltipWatch | null = null;
  private wanted = false;
  private asked = false;
  private ready = false;
  private hover: FirstHover | null = null;
  private waiting: ((follow: Follow | null) => void)[] = [];
  private clickedEarly: string | null = null;
  /** Clicks on marks so far: only the latest one's answer may set `clickedEarly`. */
  private clicks = 0;

  constructor(private readonly hooks: FirstUseHooks) {}

  /** The quote on screen (PageState.quoteInView). */
  inView(): string | null {
    return this.follow?.inView() ?? null;
  }

  /** A clicked mark no open panel has shown yet (PageState.quoteClicked). */
  clicked(): string | null {
    return this.follow ? this.follow.clicked() : this.clickedEarly;
  }

  /** From the start's write on: clicks on marks, and the first hover until the bundle comes. */
  watch(): void {
    const { run } = this.hooks;
    run.onStop(
      watchMarkClicks(run.doc, {
        quoteAt: (x, y) => this.hooks.session().markAt(x, y)?.quote.id ?? null,
        send: this.hooks.sendClick,
        clicked: (quoteId, shown) => this.onClick(quoteId, shown),
      }),
    );
    const hover = watchFirstHover(run.doc, {
      onMarkAt: (x, y) => this.hooks.session().markAt(x, y) !== null,
      requestFrame: fn => run.requestFrame('hover', fn),
      onMark: () => this.want(),
    });
    this.hover = hover;
    run.onStop(hover.stop);
  }

  /** The start's write is done: a use that came before is asked for now. */
  startDone(): void {
    this.ready = true;
    if (this.wanted) this.want();
  }

  /**
   * A reader's use: the bundle is asked for (once, and not before `startDone`). Not on a page that
   * is no article: nothing there to follow (a later article's first use asks again).
   */
  want(): void {
    if (!this.hooks.session().isArticle) return;
    this.wanted = true;
    const { run } = this.hooks;
    if (this.asked || !this.ready || run.stopped()) return;
    this.asked = true;
    publishHandover({
      run,
      session: this.hooks.session,
      panelListening: this.hooks.panelListening,
      words: this.hooks.words,
      resting: () => this.hover?.resting() ?? null,
      attach: ({ follow, tooltips }) => {
        this.follow = follow;
        this.tooltips = tooltips;
        this.hover?.stop();
        this.hover = null;
        this.clickedEarly = null;
        for (const then of this.waiting.splice(0)) then(follow);
      },
    });
    guard('ask for following', this.hooks.load);
  }

  /**
   * Runs `then` with the bundle's following once it has come (at once when it has), or with
   * null after `FOLLOW_WAIT_MS` if it has not (at once on a non-article, where none comes);
   * `answer` gets the result. A use.
   */
  after<T>(then: (follow: Follow | null) => T, answer?: (result: T | undefined) => void): void {
    let done = false;
    const settle = (follow: Follow | null) => {
      if (done) return;
      done = true;
      const result = guard('first use', () => then(follow));
      answer?.(result);
    };
    if (this.follow || !this.hooks.session().isArticle) {
      settle(this.follow);
      return;
    }
    this.waiting.push(settle);
    this.hooks.run.setTimer(() => settle(null), FOLLOW_WAIT_MS);
    this.want();
  }

  /** A click on a mark, already sent to the panel: kept by following, or until it comes. */
  private onClick(quoteId: string, shown: Promise<boolean>): void {
    if (this.follow) {
      this.follow.noteClick(quoteId, shown);
      return;
    }
    const click = ++this.clicks;
    this.clickedEarly = null;
    // Panels answer in any order: an earlier click's late answer must not replace a later click.
    void shown.then(wasShown => {
      if (!wasShown && !this.follow && click === this.clicks) this.clickedEarly = quoteId;
    });
    this.after(follow => follow?.noteClick(quoteId, shown));
  }
}

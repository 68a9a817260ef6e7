/**
 * The page side of following the article with the panel (issue 9), wired to the running session
 * in one place: the quote on screen, the clicked mark and next / previous quote
 * (quote-navigation.ts) with its announcements (live-region.ts). Part of the following bundle,
 * loaded on first use (handover.ts): the words come from the marking bundle.
 */
import type { QuoteDirection } from '../../core/protocol';
import { announce } from '../../utils/messaging';
import { LiveRegion } from './live-region';
import type { TooltipWords } from './mark-tooltip';
import { QuoteFollower } from './quote-navigation';
import type { PageSession, SetTimer } from './session';

/** What `followQuotes` needs from the marking bundle (handover.ts). */
export interface FollowHooks {
  /** The running session (main.ts replaces it when the page changes). */
  session: () => PageSession;
  requestFrame: (fn: () => void) => void;
  setTimer: SetTimer;
  now: () => number;
  /** False while no panel can be listening (main.ts): the quote on screen is then not sent. */
  panelListening: () => boolean;
  words: TooltipWords;
}

/** main.ts's handle on following. */
export interface Follow {
  /** Starts listening (scrolling); returns the function that stops. */
  start(): () => void;
  /** The session was replaced (new address or text, or corrections redrawn): look again. */
  sessionChanged(): void;
  /** Marks were switched on or off: what to measure changed. */
  marksChanged(): void;
  move(direction: QuoteDirection): string | null;
  inView(): string | null;
  /** A clicked mark no open panel has shown yet. */
  clicked(): string | null;
  /** A mark was clicked (mark-clicks.ts); `shown`: whether an open panel showed it. */
  noteClick(quoteId: string, shown: Promise<boolean>): void;
}

/** Creates the page side's following for `doc`. */
export function followQuotes(doc: Document, hooks: FollowHooks): Follow {
  const { t, uiLanguage } = hooks.words;
  const region = new LiveRegion(doc, hooks.setTimer, uiLanguage);
  const follower = new QuoteFollower(doc, {
    quotes: () => hooks.session().quotesInOrder(),
    scrollTo: quoteId => hooks.session().scrollToQuote(quoteId),
    send: event => {
      if (hooks.panelListening()) void announce(event);
    },
    region,
    describe: (position, total, speakers) =>
      t('quoteAnnounced', [position, total, speakers.join(', ') || t('speakerNotNamed')]),
    noMore: direction => t(direction === 'next' ? 'noNextQuote' : 'noPreviousQuote'),
    // Documents without frames (jsdom in unit tests) look again on a timer instead.
    requestFrame: fn => {
      try {
        hooks.requestFrame(fn);
      } catch {
        hooks.setTimer(fn, 16);
      }
    },
    setTimer: hooks.setTimer,
    now: hooks.now,
  });
  return {
    start: () => follower.start(),
    sessionChanged: () => follower.queueCheck(),
    marksChanged() {
      // Marks off: the announcer goes too, so the page holds nothing of ours.
      if (!hooks.session().hasMarks()) region.stop();
      follower.queueCheck();
    },
    move: direction => follower.move(direction),
    inView: () => follower.inView,
    clicked: () => follower.clicked,
    noteClick: (quoteId, shown) => follower.noteClick(quoteId, shown),
  };
}

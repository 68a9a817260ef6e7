/**
 * The page side of following the article with the panel (issue 9), wired to the running session
 * in one place so main.ts only calls in: the reader's corrections (read from storage at start,
 * followed as they change, drawn in the marks), the quote on screen, clicks on marks and next /
 * previous quote (quote-navigation.ts) with its announcements (live-region.ts).
 */
import type { QuoteDirection } from '../../core/protocol';
import { correctionsFor, onStoreChanged, type CorrectionStore } from '../../utils/corrections';
import { t, uiLanguage } from '../../utils/i18n';
import { announce, announceToPanel } from '../../utils/messaging';
import { LiveRegion } from './live-region';
import { QuoteFollower } from './quote-navigation';
import type { PageSession, SetTimer } from './session';

/** What `followQuotes` needs from main.ts. */
export interface FollowHooks {
  /** The running session (main.ts replaces it when the page changes). */
  session: () => PageSession;
  requestFrame: (fn: () => void) => void;
  setTimer: SetTimer;
  now: () => number;
  /** False while no panel can be listening (main.ts): the quote on screen is then not sent. */
  panelListening: () => boolean;
}

/** main.ts's handle on following. */
export interface Follow {
  /** Starts listening (clicks, scrolling, stored corrections); returns the function that stops. */
  start(): () => void;
  /** The corrections store as loaded at start. */
  useCorrections(store: CorrectionStore): void;
  /** The session was replaced (new address or text): give it the corrections, look again. */
  sessionChanged(): void;
  /** Marks were switched on or off: what to measure changed. */
  marksChanged(): void;
  move(direction: QuoteDirection): string | null;
  inView(): string | null;
  /** A clicked mark no open panel has shown yet. */
  clicked(): string | null;
}

/** Creates the page side's following for `doc`. */
export function followQuotes(doc: Document, hooks: FollowHooks): Follow {
  let store: CorrectionStore = {};
  const region = new LiveRegion(doc, hooks.setTimer, uiLanguage);
  const follower = new QuoteFollower(doc, {
    quotes: () => hooks.session().quotesInOrder(),
    quoteAt: (x, y) => hooks.session().markAt(x, y)?.quote.id ?? null,
    scrollTo: quoteId => hooks.session().scrollToQuote(quoteId),
    send: event => {
      if (hooks.panelListening()) void announce(event);
    },
    sendClick: announceToPanel,
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
  const giveCorrections = () => {
    const session = hooks.session();
    session.setCorrections(correctionsFor(store, session.url));
  };
  return {
    start() {
      const stopFollowing = follower.start();
      const stopWatching = onStoreChanged(next => {
        try {
          store = next;
          giveCorrections();
          follower.queueCheck();
        } catch (error) {
          console.debug('[kata-siapa] corrections change failed', error);
        }
      });
      return () => {
        stopWatching();
        stopFollowing();
      };
    },
    useCorrections(loaded) {
      store = loaded;
      giveCorrections();
    },
    sessionChanged() {
      giveCorrections();
      follower.queueCheck();
    },
    marksChanged() {
      // Marks off: the announcer goes too, so the page holds nothing of ours.
      if (!hooks.session().hasMarks()) region.stop();
      follower.queueCheck();
    },
    move: direction => follower.move(direction),
    inView: () => follower.inView,
    clicked: () => follower.clicked,
  };
}

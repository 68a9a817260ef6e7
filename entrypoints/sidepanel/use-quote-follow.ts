/**
 * The panel following the page: which quote is on screen (aria-current and the running count),
 * the card to bring into view after a click on a mark or a move to the next / previous quote, and
 * the move itself for the panel's buttons.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import type { ContentEvent, PageState, QuoteDirection } from '../../core/protocol';
import type { QuoteTarget } from '../../components/panel-actions';
import { isContentEvent, sendToTab } from '../../utils/messaging';

/** The page's follow events and the move command (`browserFollowSource`; a fake in tests). */
export interface FollowSource {
  /**
   * Follow events from a tab. The listener returns true to claim a `quoteClicked` (the page then
   * knows an open panel showed it). Returns the unsubscribe function.
   */
  onEvent(listener: (tabId: number, event: ContentEvent) => boolean): () => void;
  move(tabId: number, direction: QuoteDirection): Promise<string | null>;
}

export const browserFollowSource: FollowSource = {
  onEvent(listener) {
    const handler = (message: unknown, sender: { tab?: { id?: number } }) => {
      const tabId = sender.tab?.id;
      if (!isContentEvent(message) || message.type === 'quotesChanged' || tabId === undefined) {
        return undefined;
      }
      // Answering only the clicks we show: every other message is left to other listeners.
      return listener(tabId, message) ? Promise.resolve(true) : undefined;
    };
    browser.runtime.onMessage.addListener(handler);
    return () => browser.runtime.onMessage.removeListener(handler);
  },
  move: (tabId, direction) => sendToTab(tabId, { type: 'moveToQuote', direction }),
};

export interface QuoteFollow {
  /** The quote on screen in the page (null: none, or not known). */
  inView: string | null;
  /** The latest quote to bring into view, if any. */
  target: QuoteTarget | null;
  /** Asks the page to move; resolves with the quote moved to, or null. */
  move(direction: QuoteDirection): Promise<string | null>;
}

/** Follows tab `tabId` (null: no article shown) whose latest state is `state`. */
export function useQuoteFollow(
  tabId: number | null,
  state: PageState | null,
  source: FollowSource = browserFollowSource,
): QuoteFollow {
  const [inView, setInView] = useState<string | null>(null);
  const [target, setTarget] = useState<QuoteTarget | null>(null);

  // Each state the page gives (the pull on open, then every push) says what is on screen; a
  // click the page kept while no panel was open is shown once, on the first state of the tab.
  useEffect(() => {
    if (state?.quoteInView !== undefined) setInView(state.quoteInView);
  }, [state]);
  const clickedOnOpen = state?.quoteClicked ?? null;
  useEffect(() => {
    setTarget(null);
    if (clickedOnOpen) setTarget({ quoteId: clickedOnOpen, kind: 'click', seq: 0 });
    // Only when the tab changes: later states repeat the same kept click.
  }, [tabId]);

  useEffect(() => {
    if (tabId === null) return undefined;
    return source.onEvent((from, event) => {
      if (from !== tabId) return false;
      if (event.type === 'quoteClicked') {
        setInView(event.quoteId);
        setTarget(last => ({ quoteId: event.quoteId, kind: 'click', seq: (last?.seq ?? 0) + 1 }));
        return true;
      }
      if (event.type === 'quoteInViewChanged') {
        setInView(event.quoteId);
        const { quoteId } = event;
        if (event.by === 'move' && quoteId) {
          setTarget(last => ({ quoteId, kind: 'move', seq: (last?.seq ?? 0) + 1 }));
        }
      }
      return false;
    });
  }, [tabId, source]);

  const move = useCallback(
    (direction: QuoteDirection) =>
      tabId === null ? Promise.resolve(null) : source.move(tabId, direction),
    [tabId, source],
  );
  return { inView, target, move };
}

/**
 * The panel's single source of truth: which tab it shows and that tab's `PageState`.
 *
 * It pulls the state when it opens (a push sent while the panel was closed is lost), then keeps it
 * fresh from `quotesChanged` pushes and re-queries when the reader switches tab or the tab
 * navigates. A `?tabId=N` panel is pinned to that tab and ignores tab switches.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import type { PageState } from '../../core/protocol';
import { isContentEvent, sendToTab } from '../../utils/messaging';

/** What the panel can show. `unsupported`: no content script answered (not a Republika page). */
export type PanelView =
  | { kind: 'loading' }
  | { kind: 'unsupported'; tabId: number | null }
  | { kind: 'page'; tabId: number; state: PageState };

/** The browser events and requests the hook uses; `browserPageSource` in the panel, a fake in tests. */
export interface PageSource {
  activeTab(): Promise<{ id: number; windowId: number } | null>;
  getState(tabId: number): Promise<PageState>;
  /** `quotesChanged` from a tab's content script; returns the unsubscribe function. */
  onStateChanged(listener: (tabId: number, state: PageState) => void): () => void;
  onTabActivated(listener: (tabId: number, windowId: number) => void): () => void;
  onTabUpdated(
    listener: (tabId: number, change: { status?: string; url?: string }) => void,
  ): () => void;
}

/** The real extension APIs behind `PageSource`. */
export const browserPageSource: PageSource = {
  async activeTab() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id === undefined ? null : { id: tab.id, windowId: tab.windowId };
  },
  getState: tabId => sendToTab(tabId, { type: 'getPageState' }),
  onStateChanged(listener) {
    const handler = (message: unknown, sender: { tab?: { id?: number } }) => {
      const tabId = sender.tab?.id;
      if (isContentEvent(message) && message.type === 'quotesChanged' && tabId !== undefined) {
        listener(tabId, message.state);
      }
      // Returning nothing: the panel never answers, so other listeners may.
    };
    browser.runtime.onMessage.addListener(handler);
    return () => browser.runtime.onMessage.removeListener(handler);
  },
  onTabActivated(listener) {
    const handler = (info: { tabId: number; windowId: number }) =>
      listener(info.tabId, info.windowId);
    browser.tabs.onActivated.addListener(handler);
    return () => browser.tabs.onActivated.removeListener(handler);
  },
  onTabUpdated(listener) {
    const handler = (tabId: number, change: { status?: string; url?: string }) =>
      listener(tabId, change);
    browser.tabs.onUpdated.addListener(handler);
    return () => browser.tabs.onUpdated.removeListener(handler);
  },
};

/** Reads `?tabId=N` from the panel's URL; null when absent or not a number. */
export function pinnedTabIdFrom(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  // Digits only: Number('') is 0, and tab ids are never negative or fractional.
  return raw !== null && /^\d+$/.test(raw) ? Number(raw) : null;
}

/** The view for the pinned tab, or for the active tab of the panel's window as it changes. */
export function usePageState(pinnedTabId: number | null, source = browserPageSource): PanelView {
  const [view, setView] = useState<PanelView>({ kind: 'loading' });

  useEffect(() => {
    let tabId = pinnedTabId;
    let windowId: number | null = null;
    // Each request takes a ticket; only the latest may set the view, so a slow answer for the
    // previous tab never overwrites the tab the reader has switched to.
    let ticket = 0;
    let closed = false;

    const show = (next: PanelView) => {
      if (!closed) setView(next);
    };
    const load = async (id: number | null) => {
      const mine = ++ticket;
      if (id === null) return show({ kind: 'unsupported', tabId: null });
      try {
        const state = await source.getState(id);
        if (mine === ticket) show({ kind: 'page', tabId: id, state });
      } catch {
        // "Could not establish connection": no content script there, so not a Republika page.
        if (mine === ticket) show({ kind: 'unsupported', tabId: id });
      }
    };

    const unsubscribe = [
      source.onStateChanged((from, state) => {
        if (from !== tabId) return;
        ticket++;
        show({ kind: 'page', tabId: from, state });
      }),
      source.onTabActivated((id, win) => {
        if (pinnedTabId !== null || (windowId !== null && win !== windowId)) return;
        tabId = id;
        show({ kind: 'loading' });
        void load(id);
      }),
      source.onTabUpdated((id, change) => {
        if (id !== tabId) return;
        // While the new page loads its content script is not there yet: wait for `complete`.
        if (change.status === 'loading' || change.url) show({ kind: 'loading' });
        if (change.status === 'complete' || (change.url && change.status === undefined)) {
          void load(id);
        }
      }),
    ];

    void (async () => {
      if (tabId === null) {
        const tab = await source.activeTab().catch(() => null);
        windowId = tab?.windowId ?? null;
        // A tab switch while we asked has already chosen (and is loading) a newer tab.
        if (tabId !== null) return;
        tabId = tab?.id ?? null;
      }
      await load(tabId);
    })();

    return () => {
      closed = true;
      unsubscribe.forEach(off => off());
    };
  }, [pinnedTabId, source]);

  return view;
}

/**
 * The background's part in following the article with the panel. The next / previous quote
 * shortcuts (manifest `commands`, wxt.config.ts): the background hears
 * the command and tells the tab it came from to move (`moveToQuote`); the page scrolls, flashes
 * and announces, and reports the new quote on screen, which the open panel follows.
 */
import type { ContentEvent, PanelCommand, QuoteDirection } from '../core/protocol';

/** The manifest's command names and the way each moves. */
const QUOTE_COMMANDS: Readonly<Record<string, QuoteDirection>> = {
  'next-quote': 'next',
  'previous-quote': 'previous',
};

/** The slice of the extension APIs the shortcuts need (a seam for tests). */
export interface QuoteCommandApis {
  commands: {
    onCommand: {
      addListener(listener: (command: string, tab?: { id?: number }) => void): void;
    };
  };
  tabs: {
    query(query: { active: true; currentWindow: true }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: PanelCommand): Promise<unknown>;
  };
}

/** The tab a command came from: the one the browser names, else the active tab. */
async function commandTab(apis: QuoteCommandApis, tab?: { id?: number }): Promise<number | null> {
  if (tab?.id !== undefined) return tab.id;
  const [active] = await apis.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

/** Wires the shortcuts; a tab without our page code (not an article) simply does not answer. */
export function setupQuoteCommands(apis: QuoteCommandApis): void {
  apis.commands.onCommand.addListener((command, tab) => {
    const direction = QUOTE_COMMANDS[command];
    if (!direction) return;
    void commandTab(apis, tab)
      .then(tabId =>
        tabId === null ? null : apis.tabs.sendMessage(tabId, { type: 'moveToQuote', direction }),
      )
      .catch(error => console.debug('[kata-siapa] no quote to move to here', error));
  });
}

/** The slice of the extension APIs `openPanelOnMarkClick` needs (Chrome's side panel). */
export interface MarkClickApis {
  runtime: {
    onMessage: {
      addListener(
        listener: (message: unknown, sender: { tab?: { windowId?: number } }) => undefined,
      ): void;
    };
  };
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
}

/**
 * Chrome: a click on a mark opens the side panel when it is closed (a no-op when it is open), so
 * the click always leads to the quote's card. `sidePanel.open()` needs a user gesture, and a
 * trusted click in the content script carries one through `runtime.sendMessage` to this listener
 * (verified in Chromium 156, tests/e2e/follow.e2e.ts), as long as nothing is awaited before the
 * call. Not for clicks on links or controls inside a quote: those are the page's.
 *
 * Firefox has no such path: `sidebarAction.open()` is allowed only in the handler of a user
 * action of the extension's own (toolbar button, shortcut, menu), which a page message is not.
 * There the page keeps the click (`PageState.quoteClicked`) and the sidebar shows the card when
 * the reader opens it.
 */
export function openPanelOnMarkClick(apis: MarkClickApis): void {
  const sidePanel = apis.sidePanel;
  if (!sidePanel) return;
  apis.runtime.onMessage.addListener((message, sender) => {
    const event = message as Partial<Extract<ContentEvent, { type: 'quoteClicked' }>> | null;
    const windowId = sender.tab?.windowId;
    if (event?.type !== 'quoteClicked' || event.onLink || windowId === undefined) return undefined;
    sidePanel
      .open({ windowId })
      .catch(error => console.debug('[kata-siapa] could not open the panel', error));
    return undefined;
  });
}

/**
 * Background: makes the toolbar button (and the Alt+Shift+K shortcut bound to it) open and close
 * the panel (Chrome does that itself once told to; Firefox needs a click handler), and loads the
 * page code into tabs where the detector found an article, then analyses the text that page code
 * sends (utils/page-code.ts): the engine runs here, never in the page. It also passes the next /
 * previous quote shortcuts to the tab and opens the side panel on a click on a mark
 * (utils/quote-commands.ts).
 */
import { browser, defineBackground } from '#imports';
import { analyzeForPages, loadPageCodeOnArticles, warmUpOnAsk } from '../utils/page-code';
import { relayStoredChanges } from '../utils/stored-relay';
import {
  openPanelOnMarkClick,
  setupQuoteCommands,
  type MarkClickApis,
  type QuoteCommandApis,
} from '../utils/quote-commands';

/** The slice of the extension APIs the toggle needs (a seam for tests; Firefox-only parts optional). */
export interface PanelToggleApis {
  sidePanel?: {
    setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
  };
  /** Firefox's sidebar (`sidebar_action`); not in WXT's Chrome-derived types. */
  sidebarAction?: { toggle(): Promise<void> };
  action?: ClickEvents;
  /** Firefox MV2 has only `browserAction`. */
  browserAction?: ClickEvents;
}

interface ClickEvents {
  onClicked: { addListener(listener: () => void): void };
}

/** Which mechanism `setupPanelToggle` wired, for tests and logs. */
export type PanelToggleKind = 'sidePanel' | 'sidebarAction' | 'none';

/**
 * Wires the toolbar button to the panel. Chrome: `openPanelOnActionClick` makes the action (and the
 * `_execute_action` shortcut) open the side panel; `action.onClicked` then never fires. Firefox:
 * the click handler calls `sidebarAction.toggle()` synchronously, because Firefox only allows it
 * inside the user action, before any `await`.
 */
export function setupPanelToggle(apis: PanelToggleApis): PanelToggleKind {
  if (apis.sidePanel?.setPanelBehavior) {
    apis.sidePanel
      .setPanelBehavior({ openPanelOnActionClick: true })
      .catch(error => console.error('Kata Siapa: setPanelBehavior failed', error));
    return 'sidePanel';
  }
  const sidebar = apis.sidebarAction;
  const clicks = apis.action ?? apis.browserAction;
  if (sidebar && clicks) {
    clicks.onClicked.addListener(() => {
      void sidebar.toggle();
    });
    return 'sidebarAction';
  }
  return 'none';
}

export default defineBackground(() => {
  setupPanelToggle(browser as unknown as PanelToggleApis);
  // The detector content script asks for the engine and page code on article pages only.
  loadPageCodeOnArticles();
  // …and the page code sends the article's text here: the engine runs in the background.
  analyzeForPages();
  // An article page's start script wakes this worker and has it set the engine up while the
  // page code loads (core/warm-up.ts), so the article's analysis runs warm.
  warmUpOnAsk();
  // The reader's settings and corrections reach the page code from here: its world never builds
  // the storage bindings on an article load (utils/stored-relay.ts).
  relayStoredChanges();
  // Alt+Shift+J / Alt+Shift+L (changeable): next / previous quote in the tab.
  setupQuoteCommands(browser as unknown as QuoteCommandApis);
  // Chrome: a click on a mark opens the side panel at its card.
  openPanelOnMarkClick(browser as unknown as MarkClickApis);
});

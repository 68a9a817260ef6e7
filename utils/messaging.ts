/**
 * Typed wrappers over the extension messaging APIs for the contract in core/protocol.ts, so neither
 * side sends a message the other does not know.
 */
import { browser } from '#imports';
import type { ContentEvent, PanelCommand, PanelCommandReplies } from '../core/protocol';

/** Panel → page: sends a command to the tab's content script and returns its typed reply. */
export function sendToTab<C extends PanelCommand>(
  tabId: number,
  command: C,
): Promise<PanelCommandReplies[C['type']]> {
  return browser.tabs.sendMessage(tabId, command) as Promise<PanelCommandReplies[C['type']]>;
}

/** Page → panel: announces an event. No panel open is not an error (it pulls on open). */
export async function announce(event: ContentEvent): Promise<void> {
  await announceToPanel(event);
}

const CONTENT_EVENTS: readonly string[] = ['quotesChanged', 'quoteClicked', 'quoteInViewChanged'];

/** Page → panel: announces an event an open panel answers with `true`; false when none did. */
export async function announceToPanel(event: ContentEvent): Promise<boolean> {
  try {
    return (await browser.runtime.sendMessage(event)) === true;
  } catch {
    return false;
  }
}

/** Type guard for messages arriving at the panel. */
export function isContentEvent(message: unknown): message is ContentEvent {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' && CONTENT_EVENTS.includes(type);
}

/** Type guard for messages arriving at the page. */
export function isPanelCommand(message: unknown): message is PanelCommand {
  const type = (message as { type?: unknown } | null)?.type;
  return (
    type === 'getPageState' ||
    type === 'scrollToQuote' ||
    type === 'getMarks' ||
    type === 'moveToQuote' ||
    type === 'focusSpeaker'
  );
}

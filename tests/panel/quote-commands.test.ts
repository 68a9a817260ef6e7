import { describe, expect, it, vi } from 'vitest';
import {
  openPanelOnMarkClick,
  setupQuoteCommands,
  type MarkClickApis,
  type QuoteCommandApis,
} from '../../utils/quote-commands';

/** Fake APIs: the test fires commands and messages as the browser would. */
function fakeApis(activeTab: number | null = 7) {
  let onCommand: (command: string, tab?: { id?: number }) => void = () => {};
  let onMessage: (message: unknown, sender: { tab?: { windowId?: number } }) => undefined = () =>
    undefined;
  const sendMessage = vi.fn(async () => 'q1');
  const open = vi.fn(async () => {});
  const commands: QuoteCommandApis = {
    commands: { onCommand: { addListener: listener => void (onCommand = listener) } },
    tabs: {
      query: async () => (activeTab === null ? [] : [{ id: activeTab }]),
      sendMessage,
    },
  };
  const clicks: MarkClickApis = {
    runtime: { onMessage: { addListener: listener => void (onMessage = listener) } },
    sidePanel: { open },
  };
  return {
    commands,
    clicks,
    sendMessage,
    open,
    command: (name: string, tab?: { id?: number }) => onCommand(name, tab),
    message: (m: unknown, sender: { tab?: { windowId?: number } }) => onMessage(m, sender),
  };
}

const flush = () => new Promise(resolve => setTimeout(resolve, 0));

describe('utils/quote-commands', () => {
  it.each([
    ['next-quote', 'next'],
    ['previous-quote', 'previous'],
  ])('%s tells the tab it came from to move %s', async (name, direction) => {
    const apis = fakeApis();
    setupQuoteCommands(apis.commands);
    apis.command(name, { id: 3 });
    await flush();
    expect(apis.sendMessage).toHaveBeenCalledWith(3, { type: 'moveToQuote', direction });
  });

  it('uses the active tab when the browser names none, and ignores other commands', async () => {
    const apis = fakeApis(9);
    setupQuoteCommands(apis.commands);
    apis.command('next-quote');
    apis.command('_execute_action');
    await flush();
    expect(apis.sendMessage.mock.calls).toEqual([[9, { type: 'moveToQuote', direction: 'next' }]]);
  });

  it('opens the side panel at once on a click on a mark, never for a link in it', () => {
    const apis = fakeApis();
    openPanelOnMarkClick(apis.clicks);
    const sender = { tab: { windowId: 4 } };
    apis.message({ type: 'quoteClicked', quoteId: 'q1', onLink: true }, sender);
    apis.message({ type: 'quotesChanged' }, sender);
    expect(apis.open).not.toHaveBeenCalled();
    apis.message({ type: 'quoteClicked', quoteId: 'q1', onLink: false }, sender);
    // Synchronously, inside the listener: an await first would lose the click's gesture.
    expect(apis.open).toHaveBeenCalledWith({ windowId: 4 });
  });
});

/**
 * utils/stored-relay.ts: the background passes the reader's stored changes to the page code, which
 * hears them on `runtime.onMessage` and never builds the storage bindings in the page's world.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type StoredChanged } from '../../core/protocol';
import { CORRECTIONS_KEY } from '../../utils/corrections';
import {
  onCorrectionsRelayed,
  onSettingsRelayed,
  relayStoredChanges,
  relayedOf,
} from '../../utils/stored-relay';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

/** The background's relay, its messages collected. */
function relay(): StoredChanged[] {
  const sent: StoredChanged[] = [];
  relayStoredChanges(async message => void sent.push(message));
  return sent;
}

test.each([
  ['settings', { [SETTINGS_KEY]: { newValue: { marksVisible: false } } }, [SETTINGS_KEY]],
  ['corrections', { [CORRECTIONS_KEY]: { newValue: {} } }, [CORRECTIONS_KEY]],
  [
    'both, and a key of the panel',
    { [SETTINGS_KEY]: {}, [CORRECTIONS_KEY]: {}, other: {} },
    [SETTINGS_KEY, CORRECTIONS_KEY],
  ],
  ['a key of the panel alone', { other: { newValue: 1 } }, null],
])('keeps the page code’s keys only: %s', (_, changes, keys) => {
  const kept = relayedOf(changes);
  expect(kept && Object.keys(kept)).toEqual(keys);
});

test('passes on changes of local storage to the page code’s keys, and nothing else', async () => {
  const sent = relay();
  await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { marksVisible: false }, other: 1 });
  await fakeBrowser.storage.local.set({ other: 2 });
  await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { marksVisible: true } });
  expect(sent).toEqual([
    {
      type: 'storedChanged',
      changes: { [SETTINGS_KEY]: { newValue: { marksVisible: false } } },
    },
  ]);
});

test('sends each change to every Republika tab, whichever have no page code to hear it', async () => {
  const query = vi
    .spyOn(fakeBrowser.tabs, 'query')
    .mockResolvedValue([{ id: 3 }, { id: 8 }] as never);
  const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (
    tabId: number,
  ) => {
    if (tabId === 3) throw new Error('Receiving end does not exist.');
  }) as never);
  relayStoredChanges();
  await fakeBrowser.storage.local.set({ [CORRECTIONS_KEY]: {} });
  await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(2));
  expect(query.mock.calls[0]![0]).toEqual({
    url: expect.arrayContaining(['*://*.republika.co.id/*']),
  });
  expect(send.mock.calls.map(call => call[0])).toEqual([3, 8]);
});

test('the page code hears settings (defaults filled in) and corrections, and stops hearing', async () => {
  const settings: unknown[] = [];
  const stores: unknown[] = [];
  const stopSettings = onSettingsRelayed(s => settings.push(s));
  onCorrectionsRelayed(s => stores.push(s));
  const tell = (changes: StoredChanged['changes']) =>
    fakeBrowser.runtime.onMessage.trigger({ type: 'storedChanged', changes }, {}, () => {});
  await tell({ [SETTINGS_KEY]: { newValue: { clutterHidden: false } } });
  await tell({ [CORRECTIONS_KEY]: {} });
  await fakeBrowser.runtime.onMessage.trigger({ type: 'getMarks' }, {}, () => {});
  stopSettings();
  await tell({ [SETTINGS_KEY]: { newValue: { marksVisible: false } } });
  expect(settings).toEqual([{ ...DEFAULT_SETTINGS, clutterHidden: false }]);
  expect(stores).toEqual([{}]);
});

/**
 * The reader's settings and corrections reach the page code through the background (core/protocol.ts
 * `StoredChanged`): the background follows `storage.onChanged` and passes the changes of the keys the
 * page code follows to every Republika tab; the page code listens on `runtime.onMessage`, whose
 * bindings its world has built already (the detector's message), and never touches `storage` on an
 * article load unless the background's answer did not bring the stored state (page-code.ts).
 */
import { browser } from '#imports';
import { SETTINGS_KEY, type Settings, type StoredChanged } from '../core/protocol';
import { CORRECTIONS_KEY, storeIn, type CorrectionStore } from './corrections';
import { REPUBLIKA_MATCHES } from './republika-matches';
import { settingsIn } from './settings';
import { KEYS_AT_START } from './stored-at-start';

/** The storage keys the page code follows: those it starts from. */
export const RELAYED_KEYS: readonly string[] = KEYS_AT_START;

type Changes = StoredChanged['changes'];

/** Type guard for the background's relayed change. */
export function isStoredChanged(message: unknown): message is StoredChanged {
  const m = message as Partial<StoredChanged> | null;
  return m?.type === 'storedChanged' && typeof m.changes === 'object' && m.changes !== null;
}

/**
 * The new values of `RELAYED_KEYS` among `changes` (the old ones are not passed on: the page code
 * never reads them); null when none of those keys changed.
 */
export function relayedOf(changes: Changes): Changes | null {
  const kept = Object.entries(changes)
    .filter(([key]) => RELAYED_KEYS.includes(key))
    .map(([key, change]) => [key, { newValue: change.newValue }]);
  return kept.length > 0 ? Object.fromEntries(kept) : null;
}

/** Sends `message` to every frame of every Republika tab; tabs with no page code drop it. */
async function toRepublikaTabs(message: StoredChanged): Promise<void> {
  const tabs = await browser.tabs.query({ url: REPUBLIKA_MATCHES });
  await Promise.all(
    tabs.map(tab =>
      tab.id === undefined
        ? undefined
        : browser.tabs.sendMessage(tab.id, message).catch(() => undefined),
    ),
  );
}

/**
 * Background: passes every change of the page code's keys in `storage.local` to the pages (`send`:
 * a seam for tests, the Republika tabs by default).
 */
export function relayStoredChanges(
  send: (message: StoredChanged) => Promise<void> = toRepublikaTabs,
): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    const relayed = relayedOf(changes as Changes);
    if (!relayed) return;
    send({ type: 'storedChanged', changes: relayed }).catch(error =>
      console.debug('[kata-siapa] could not pass a stored change to the pages', error),
    );
  });
}

/**
 * Page code: calls `listener` with the new value of `key` whenever the background passes a change
 * of it (undefined: removed); returns the unsubscribe function.
 */
export function onRelayedChange(key: string, listener: (value: unknown) => void): () => void {
  const handler = (message: unknown) => {
    if (isStoredChanged(message) && key in message.changes) {
      listener(message.changes[key]?.newValue);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}

/** Page code: the reader's settings as the background passes their changes (defaults filled in). */
export function onSettingsRelayed(listener: (settings: Settings) => void): () => void {
  return onRelayedChange(SETTINGS_KEY, value => listener(settingsIn({ [SETTINGS_KEY]: value })));
}

/** Page code: the whole corrections store as the background passes its changes. */
export function onCorrectionsRelayed(listener: (store: CorrectionStore) => void): () => void {
  return onRelayedChange(CORRECTIONS_KEY, value => listener(storeIn({ [CORRECTIONS_KEY]: value })));
}

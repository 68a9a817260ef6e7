/**
 * Reader settings in extension storage: the panel writes them, every Republika tab's content script
 * listens and applies them at once, and they survive restarts.
 */
import { browser } from '#imports';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../core/protocol';

/** The settings in what `storage.local.get` returned, with defaults for anything missing. */
export function settingsIn(stored: Record<string, unknown>): Settings {
  return { ...DEFAULT_SETTINGS, ...(stored[SETTINGS_KEY] as Partial<Settings> | undefined) };
}

/** The stored settings, with defaults for anything missing. */
export async function loadSettings(): Promise<Settings> {
  return settingsIn(await browser.storage.local.get(SETTINGS_KEY));
}

/**
 * The last save in flight. Saves are read-modify-write; two switches flipped in quick succession
 * would otherwise both read the old settings, and the second write would undo the first.
 */
let lastSave: Promise<unknown> = Promise.resolve();

/** Merges `change` into the stored settings (after any earlier save) and returns the result. */
export function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const saved = lastSave.then(async () => {
    const next = { ...(await loadSettings()), ...change };
    await browser.storage.local.set({ [SETTINGS_KEY]: next });
    return next;
  });
  // A failed save must not block the ones after it; its caller still sees the failure.
  lastSave = saved.catch(() => undefined);
  return saved;
}

/** Calls `listener` whenever the stored settings change; returns the unsubscribe function. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    const value = changes[SETTINGS_KEY]?.newValue as Partial<Settings> | undefined;
    listener({ ...DEFAULT_SETTINGS, ...value });
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

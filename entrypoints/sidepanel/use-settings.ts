/**
 * The reader's settings as panel state: loaded from storage, kept in sync when another panel (or
 * window) changes them, and saved on change. The content scripts follow storage on their own.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../../core/protocol';
import { loadSettings, onSettingsChanged, saveSettings } from '../../utils/settings';

/** `[settings, change]`: `change` saves a partial update and shows it at once. */
export function useSettings(): [Settings, (change: Partial<Settings>) => void] {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  // Our own saves still in flight. Storage answers and echoes meanwhile are older than what the
  // switches show (a second flip may already be on screen), so they wait for the last save.
  const saving = useRef(0);

  useEffect(() => {
    let closed = false;
    const show = (next: Settings) => {
      if (!closed && saving.current === 0) setSettings(next);
    };
    void loadSettings().then(show);
    const off = onSettingsChanged(show);
    return () => {
      closed = true;
      off();
    };
  }, []);

  const change = useCallback((update: Partial<Settings>) => {
    // Optimistic: the switch moves under the finger; the stored value confirms it afterwards.
    setSettings(current => ({ ...current, ...update }));
    saving.current++;
    void saveSettings(update)
      // A failed save: show what storage really holds.
      .catch(() => loadSettings())
      .then(
        stored => {
          if (--saving.current === 0) setSettings(stored);
        },
        () => {
          // Storage unreadable too: the switches keep showing what the reader chose.
          saving.current--;
        },
      );
  }, []);

  return [settings, change];
}

/**
 * The reader's settings as panel state: loaded from storage, kept in sync when another panel (or
 * window) changes them, and saved on change. The content scripts follow storage on their own.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../../core/protocol';
import { loadSettings, onSettingsChanged, saveSettings } from '../../utils/settings';

/** `[settings, change]`: `change` saves a partial update and shows it at once. */
export function useSettings(): [Settings, (change: Partial<Settings>) => void] {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);

  useEffect(() => {
    let closed = false;
    void loadSettings().then(loaded => {
      if (!closed) setSettings(loaded);
    });
    const off = onSettingsChanged(next => setSettings(next));
    return () => {
      closed = true;
      off();
    };
  }, []);

  const change = useCallback((update: Partial<Settings>) => {
    // Optimistic: the switch moves under the finger; storage's echo confirms the same value.
    setSettings(current => ({ ...current, ...update }));
    void saveSettings(update);
  }, []);

  return [settings, change];
}

/**
 * What the page code reads from extension storage when it starts: the reader's settings and the
 * corrections store, in ONE `storage.local.get` (each call is a round trip to the browser and a
 * pass through the API's argument checks, paid on every article load). Never rejects: storage
 * that fails gives the defaults (marks and hiding on, no corrections).
 */
import { browser } from '#imports';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../../core/protocol';
import { CORRECTIONS_KEY, storeIn, type CorrectionStore } from '../../utils/corrections';
import { settingsIn } from '../../utils/settings';

/** The reader's stored state the page code starts from. */
export interface Stored {
  settings: Settings;
  corrections: CorrectionStore;
}

/** Reads the settings and the corrections store at once (see the top of this file). */
export async function loadStored(): Promise<Stored> {
  try {
    const stored = await browser.storage.local.get([SETTINGS_KEY, CORRECTIONS_KEY]);
    return { settings: settingsIn(stored), corrections: storeIn(stored) };
  } catch {
    return { settings: DEFAULT_SETTINGS, corrections: {} };
  }
}

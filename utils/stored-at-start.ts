/**
 * What the page code starts from in extension storage: the reader's settings and the corrections
 * store. The background reads them while its engine analyses the page (utils/page-code.ts) and
 * sends them with the analysis, so an article load makes no storage call of its own in the page
 * (each is a round trip to the browser and a pass through the API's argument checks on the page's
 * main thread). The page reads storage itself only when that answer did not bring them
 * (entrypoints/article.content/stored.ts).
 */
import { browser } from '#imports';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../core/protocol';
import { CORRECTIONS_KEY, storeIn, type CorrectionStore } from './corrections';
import { settingsIn } from './settings';

/** The storage keys read at start, in one `storage.local.get`. */
export const KEYS_AT_START: readonly string[] = [SETTINGS_KEY, CORRECTIONS_KEY];

/** The reader's stored state the page code starts from. */
export interface Stored {
  settings: Settings;
  corrections: CorrectionStore;
}

/** What storage holds when it holds nothing, or failed: marks and hiding on, no corrections. */
export const NOTHING_STORED: Readonly<Stored> = Object.freeze({
  settings: DEFAULT_SETTINGS,
  corrections: Object.freeze({}),
});

/** The state in what `storage.local.get(KEYS_AT_START)` returned; null for anything not an object. */
export function storedIn(raw: unknown): Stored | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const record = raw as Record<string, unknown>;
  return { settings: settingsIn(record), corrections: storeIn(record) };
}

/** One storage read of the keys above, as storage returned it; undefined when storage failed. */
export async function readAtStart(): Promise<Record<string, unknown> | undefined> {
  try {
    return await browser.storage.local.get(KEYS_AT_START);
  } catch {
    return undefined;
  }
}

/**
 * The reader's corrections in extension storage (`storage.local`, never synced or sent anywhere),
 * per article URL, for the last `MAX_ARTICLES` articles corrected. The panel writes them; the
 * panel and the page read them (core/corrections.ts applies them).
 */
import { browser } from '#imports';
import type { Correction } from '../core/corrections';

/** Storage key of the whole store. */
export const CORRECTIONS_KEY = 'corrections';

/** Bound on the store: the least recently corrected articles are dropped beyond it. */
export const MAX_ARTICLES = 200;

/** One article's corrections and when the reader last changed them (ms since the epoch). */
export interface ArticleCorrections {
  updatedAt: number;
  items: Correction[];
}

export type CorrectionStore = Record<string, ArticleCorrections>;

/** The article's key: its URL without fragment or query (Republika adds tracking queries). */
export function articleKey(url: string): string {
  return url.split('#')[0]!.split('?')[0]!;
}

/** The store in what `storage.local.get` returned (empty when there is none). */
export function storeIn(stored: Record<string, unknown>): CorrectionStore {
  return (stored[CORRECTIONS_KEY] as CorrectionStore | undefined) ?? {};
}

/** The whole store. */
export async function loadStore(): Promise<CorrectionStore> {
  return storeIn(await browser.storage.local.get(CORRECTIONS_KEY));
}

/** The corrections of the article at `url` in a loaded store, oldest first. */
export function correctionsFor(store: CorrectionStore, url: string): Correction[] {
  return store[articleKey(url)]?.items ?? [];
}

/** The corrections of one article, oldest first. */
export async function loadCorrections(url: string): Promise<Correction[]> {
  return correctionsFor(await loadStore(), url);
}

/** Keeps the `max` most recently updated articles. */
export function bounded(store: CorrectionStore, max = MAX_ARTICLES): CorrectionStore {
  const entries = Object.entries(store).sort(([, a], [, b]) => b.updatedAt - a.updatedAt);
  return Object.fromEntries(entries.slice(0, max));
}

let lastWrite: Promise<unknown> = Promise.resolve();

/** Read-modify-write of one article's list, serialised like settings saves. */
function update(url: string, change: (items: Correction[]) => Correction[]): Promise<Correction[]> {
  const done = lastWrite.then(async () => {
    const store = await loadStore();
    const key = articleKey(url);
    const items = change(store[key]?.items ?? []);
    if (items.length === 0) delete store[key];
    else store[key] = { updatedAt: Date.now(), items };
    await browser.storage.local.set({ [CORRECTIONS_KEY]: bounded(store) });
    return items;
  });
  lastWrite = done.catch(() => undefined);
  return done;
}

/** Same quote: same text in the same paragraph. */
export const sameQuote = (a: Correction, b: Pick<Correction, 'text' | 'paragraph'>) =>
  a.text === b.text && a.paragraph === b.paragraph;

/** Adds (or replaces) the correction of one quote. */
export function saveCorrection(url: string, correction: Correction): Promise<Correction[]> {
  return update(url, items => [...items.filter(item => !sameQuote(item, correction)), correction]);
}

/** Undoes the correction of one quote: the engine's speaker is back. */
export function removeCorrection(
  url: string,
  quote: Pick<Correction, 'text' | 'paragraph'>,
): Promise<Correction[]> {
  return update(url, items => items.filter(item => !sameQuote(item, quote)));
}

/** Calls `listener` with the whole store whenever it changes (the page code hears it through utils/stored-relay.ts). */
export function onStoreChanged(listener: (store: CorrectionStore) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(CORRECTIONS_KEY in changes)) return;
    listener((changes[CORRECTIONS_KEY]?.newValue ?? {}) as CorrectionStore);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/** Calls `listener` with the article's corrections whenever the store changes. */
export function onCorrectionsChanged(
  url: string,
  listener: (items: Correction[]) => void,
): () => void {
  return onStoreChanged(store => listener(correctionsFor(store, url)));
}

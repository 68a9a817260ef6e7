/**
 * The reader's settings and corrections at start: normally they come with the background's
 * analysis (utils/stored-at-start.ts), so an article load makes no storage call in the page; read
 * here from storage, in ONE `storage.local.get`, only when that answer did not bring them (no
 * answer, or a page the reading found is no article after all, which asks the background nothing).
 * Never rejects: storage that fails gives the defaults (marks and hiding on, no corrections).
 */
import type { AnalyzeArticlesReply } from '../../core/protocol';
import { NOTHING_STORED, readAtStart, storedIn, type Stored } from '../../utils/stored-at-start';

export type { Stored } from '../../utils/stored-at-start';

/** Reads the settings and the corrections store from storage at once. */
export async function loadStored(): Promise<Stored> {
  return storedIn(await readAtStart()) ?? NOTHING_STORED;
}

/** The stored state the background's answer brought, else read from storage. */
export async function storedWith(reply: AnalyzeArticlesReply | null | undefined): Promise<Stored> {
  return storedIn(reply?.stored) ?? (await loadStored());
}

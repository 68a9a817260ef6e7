/**
 * utils/page-code.ts: the background's analysis brings the reader's stored settings and
 * corrections when the page code's first analysis asks (`withStored`), and a re-read's does not.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import {
  SETTINGS_KEY,
  type AnalyzeArticlesReply,
  type BackgroundCommand,
} from '../../core/protocol';
import { analyzeForPages } from '../../utils/page-code';

beforeEach(() => {
  fakeBrowser.reset();
  analyzeForPages();
});
afterEach(() => vi.restoreAllMocks());

const ARTICLE = {
  info: { url: 'https://www.republika.co.id/berita/ab12cd345/judul', title: 'Judul' },
  paragraphs: ['“Kami siap bekerja,” kata Budi Santoso.'],
};

test.each([
  ['the first analysis', true, { marksVisible: false }],
  ['a re-read', false, undefined],
])('%s: stored state in the answer', async (_case, withStored, settings) => {
  await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { marksVisible: false } });
  const get = vi.spyOn(fakeBrowser.storage.local, 'get');
  const command = { type: 'analyzeArticles', articles: [ARTICLE], withStored } as BackgroundCommand;
  const reply = (await fakeBrowser.runtime.sendMessage(command)) as AnalyzeArticlesReply;
  expect(reply.analyses).toHaveLength(1);
  expect(reply.stored?.[SETTINGS_KEY]).toEqual(settings);
  expect(get).toHaveBeenCalledTimes(withStored ? 1 : 0);
});

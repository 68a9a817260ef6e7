/**
 * entrypoints/article.content/stored.ts: the settings and corrections the page code starts from,
 * from the background's answer or, failing that, from one storage read of its own.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type AnalyzeArticlesReply } from '../../core/protocol';
import { loadStored, storedWith } from '../../entrypoints/article.content/stored';
import { CORRECTIONS_KEY, type CorrectionStore } from '../../utils/corrections';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

const STORE: CorrectionStore = {
  'https://www.republika.co.id/berita/ab12cd345/judul': {
    updatedAt: 1,
    items: [
      {
        quoteId: 'q1',
        text: 'Kami siap bekerja.',
        paragraph: 0,
        type: 'direct',
        cue: 'kata',
        mention: 'Budi',
        was: ['Budi'],
        speakers: [],
        at: '2026-01-01T00:00:00.000Z',
      },
    ],
  },
};

test('settings and corrections come from one storage read, with defaults filled in', async () => {
  await fakeBrowser.storage.local.set({
    [SETTINGS_KEY]: { clutterHidden: false },
    [CORRECTIONS_KEY]: STORE,
  });
  const get = vi.spyOn(fakeBrowser.storage.local, 'get');
  expect(await loadStored()).toEqual({
    settings: { ...DEFAULT_SETTINGS, clutterHidden: false },
    corrections: STORE,
  });
  expect(get).toHaveBeenCalledOnce();
});

test('an empty storage gives the default settings and no corrections', async () => {
  expect(await loadStored()).toEqual({ settings: DEFAULT_SETTINGS, corrections: {} });
});

test('a storage that fails gives the defaults instead of rejecting', async () => {
  vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage is gone'));
  expect(await loadStored()).toEqual({ settings: DEFAULT_SETTINGS, corrections: {} });
});

/** A background answer with no analyses, bringing `stored` (or not, when undefined). */
const reply = (stored?: unknown): AnalyzeArticlesReply =>
  ({ analyses: [], engineMs: 1, stored }) as AnalyzeArticlesReply;

test("the background's answer brings them: no storage read in the page", async () => {
  const get = vi.spyOn(fakeBrowser.storage.local, 'get');
  const stored = { [SETTINGS_KEY]: { marksVisible: false }, [CORRECTIONS_KEY]: STORE };
  expect(await storedWith(reply(stored))).toEqual({
    settings: { ...DEFAULT_SETTINGS, marksVisible: false },
    corrections: STORE,
  });
  expect(get).not.toHaveBeenCalled();
});

test.each([
  ['no answer', null],
  ['an answer without them (storage failed in the background)', reply()],
  ['an answer with something that is no storage result', reply('marksVisible')],
  ['an answer with a list', reply([1, 2])],
])('%s: the page reads storage itself', async (_case, answer) => {
  await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { clutterHidden: false } });
  const get = vi.spyOn(fakeBrowser.storage.local, 'get');
  expect((await storedWith(answer)).settings).toEqual({
    ...DEFAULT_SETTINGS,
    clutterHidden: false,
  });
  expect(get).toHaveBeenCalledOnce();
});

/** entrypoints/article.content/stored.ts: the page code's one storage read at start. */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../core/protocol';
import { loadStored } from '../../entrypoints/article.content/stored';
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

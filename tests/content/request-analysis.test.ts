import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { AnalyzeArticlesReply, ArticleText } from '../../core/protocol';
import { requestAnalysis } from '../../entrypoints/article.content/request-analysis';
import { setMessageSource, t } from '../../utils/i18n';

const ARTICLES: ArticleText[] = [
  {
    info: { isArticle: true, url: null, title: null, published: null, byline: null },
    paragraphs: ['“Kami siap,” kata Budi.'],
  },
];
const REPLY = { analyses: [{}], engineMs: 1 } as unknown as AnalyzeArticlesReply;

let restore = () => {};
beforeEach(() => {
  fakeBrowser.reset();
  // No catalogue: t() answers the key itself unless a template says otherwise.
  restore = setMessageSource(() => '');
});
afterEach(() => {
  vi.restoreAllMocks();
  restore();
});

describe('entrypoints/article.content/request-analysis', () => {
  test('a background still waking is asked again after each wait, until it answers', async () => {
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockRejectedValueOnce(new Error('no receiver'))
      .mockRejectedValueOnce(new Error('no receiver'))
      .mockResolvedValueOnce(REPLY as never);
    const waits: number[] = [];
    const reply = await requestAnalysis(ARTICLES, async ms => void waits.push(ms));
    expect(reply).toBe(REPLY);
    expect(send).toHaveBeenCalledTimes(3);
    expect(waits).toEqual([50, 200]);
  });

  test('stopped while waiting to retry: nothing more is sent, and it ends with null', async () => {
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockRejectedValue(new Error('no receiver'));
    const stop = new AbortController();
    // The stop comes during the first wait (as PageRun.wait, it then ends at once).
    const reply = await requestAnalysis(ARTICLES, async () => stop.abort(), stop.signal);
    expect(reply).toBeNull();
    expect(send).toHaveBeenCalledTimes(1);
  });

  test('stopped before a send failed: no wait and no retry', async () => {
    const stop = new AbortController();
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => {
      stop.abort();
      throw new Error('no receiver');
    });
    const wait = vi.fn(async () => {});
    expect(await requestAnalysis(ARTICLES, wait, stop.signal)).toBeNull();
    expect(send).toHaveBeenCalledTimes(1);
    expect(wait).not.toHaveBeenCalled();
  });

  test("the answer's message templates word t() from then on", async () => {
    const messages = { markBy: 'Kutipan dari $1' };
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ...REPLY, messages } as never);
    expect(t('markBy', ['Rina'])).toBe('markBy');
    await requestAnalysis(ARTICLES, async () => {});
    expect(t('markBy', ['Rina'])).toBe('Kutipan dari Rina');
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { copySummary, type SummaryClipboard } from '../../components/copy-summary';
import { formatSummaryText } from '../../core/summary';
import { SAMPLE_RESULT } from '../panel/sample-result';

/** jsdom has no ClipboardItem; this stand-in keeps the items for the test to read. */
class FakeClipboardItem {
  constructor(readonly items: Record<string, Blob>) {}
}

const TEXT = formatSummaryText(SAMPLE_RESULT);

describe('components/copy-summary copySummary', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('writes text/plain and sanitised text/html in one item', async () => {
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    const written: FakeClipboardItem[] = [];
    const clipboard: SummaryClipboard = {
      write: async items => void written.push(...(items as unknown as FakeClipboardItem[])),
      writeText: vi.fn(),
    };
    expect(await copySummary(SAMPLE_RESULT, undefined, clipboard)).toEqual({
      ok: true,
      rich: true,
    });
    const item = written[0]!.items;
    expect(await item['text/plain']!.text()).toBe(TEXT);
    const html = await item['text/html']!.text();
    expect(html).toContain('<h3>Kremlin</h3>');
    expect(clipboard.writeText).not.toHaveBeenCalled();
  });

  it.each<[string, SummaryClipboard, boolean]>([
    [
      'write refused: falls back to writeText',
      { write: () => Promise.reject(new Error('html refused')), writeText: vi.fn(async () => {}) },
      true,
    ],
    ['no write method: writeText', { writeText: vi.fn(async () => {}) }, false],
  ])('%s', async (_name, clipboard, stubItem) => {
    if (stubItem) vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    expect(await copySummary(SAMPLE_RESULT, undefined, clipboard)).toEqual({
      ok: true,
      rich: false,
    });
    expect(clipboard.writeText).toHaveBeenCalledWith(TEXT);
  });

  it.each<[string, SummaryClipboard | undefined, string]>([
    ['no clipboard at all', undefined, 'no-clipboard'],
    ['clipboard without methods', {}, 'no-clipboard'],
    [
      'writeText refused (document not focused)',
      {
        writeText: () =>
          Promise.reject(new DOMException('Document is not focused.', 'NotAllowedError')),
      },
      'Document is not focused.',
    ],
  ])('reports failure: %s', async (_name, clipboard, reason) => {
    expect(await copySummary(SAMPLE_RESULT, undefined, clipboard)).toEqual({ ok: false, reason });
  });

  it('builds the text before the first await (gesture rule)', () => {
    let seen = '';
    // A synchronous spy: if the text were built after an await, writeText would not be called yet.
    void copySummary(SAMPLE_RESULT, undefined, { writeText: async text => void (seen = text) });
    expect(seen).toBe(TEXT);
  });

  it('copies page text without bidi overrides or control characters', async () => {
    const written: string[] = [];
    const hostile = {
      ...SAMPLE_RESULT,
      quotes: SAMPLE_RESULT.quotes.map(q => ({ ...q, text: `\u202E${q.text}\u0007\u001B\u2066` })),
    };
    await copySummary(hostile, undefined, { writeText: async text => void written.push(text) });
    expect(written[0]).toBe(TEXT);
    expect(
      [...written[0]!].filter(
        c => /[\u202A-\u202E]/u.test(c) || (c.charCodeAt(0) < 32 && c !== '\n'),
      ),
    ).toEqual([]);
  });
});

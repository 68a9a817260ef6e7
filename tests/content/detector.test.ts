/**
 * The detector (entrypoints/article.content/index.ts) on a page whose address is not an article's
 * (the test page's own): the address decides, so it reads nothing of the page, starts no timer to
 * look for an article there, asks for no page code, and still answers the panel.
 */
import { ContentScriptContext } from '#imports';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { PageState } from '../../core/protocol';
import detector from '../../entrypoints/article.content/index';

let ctx: ContentScriptContext;

beforeEach(() => {
  fakeBrowser.reset();
  ctx = new ContentScriptContext('article');
});

afterEach(() => {
  ctx.notifyInvalidated();
  vi.restoreAllMocks();
});

test('at an address that is not an article, it reads no DOM, sets no timer, loads nothing', async () => {
  const reads = [
    vi.spyOn(document, 'querySelector'),
    vi.spyOn(document, 'querySelectorAll'),
    vi.spyOn(document, 'createDocumentFragment'),
  ];
  const timer = vi.spyOn(window, 'setTimeout');
  const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
  await detector.main(ctx);
  for (const read of reads) expect(read).not.toHaveBeenCalled();
  expect(timer).not.toHaveBeenCalled();
  expect(sent).not.toHaveBeenCalled();
  let reply: PageState | undefined;
  await fakeBrowser.runtime.onMessage.trigger({ type: 'getPageState' }, {}, (r: unknown) => {
    reply = r as PageState;
  });
  expect(reply?.url).toBe(location.href);
  expect(reply?.analysis.article.isArticle).toBe(false);
});

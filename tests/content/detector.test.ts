/**
 * The detector (entrypoints/article.content/index.ts) on a page whose address is not an article's
 * (the test page's own): the address decides, so it reads nothing of the page, starts no timer to
 * look for an article there, asks for no page code, and listens to no message (the panel shows
 * "not an article" where nothing answers; touching the extension API costs every such page load).
 */
import { ContentScriptContext } from '#imports';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
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

test('at an address that is not an article, it reads no DOM, sets no timer, loads and listens to nothing', async () => {
  const reads = [
    vi.spyOn(document, 'querySelector'),
    vi.spyOn(document, 'querySelectorAll'),
    vi.spyOn(document, 'createDocumentFragment'),
  ];
  const timer = vi.spyOn(window, 'setTimeout');
  const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
  const listens = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  await detector.main(ctx);
  for (const read of reads) expect(read).not.toHaveBeenCalled();
  expect(timer).not.toHaveBeenCalled();
  expect(sent).not.toHaveBeenCalled();
  expect(listens).not.toHaveBeenCalled();
});

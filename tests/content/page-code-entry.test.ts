/**
 * The page code's entry (entrypoints/article-page.content/index.ts) where the manifest starts it
 * without a detector: it decides as the detector does, so at an address that is not an article's
 * (the test page's own) it reads nothing of the page, starts no timer, sends nothing and listens
 * to no message, as the detector does there (tests/content/detector.test.ts). Its reading of an
 * article, and a start at an article address, are the browser tests' (tests/e2e/page-code.e2e.ts).
 */
import { ContentScriptContext } from '#imports';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import pageCode from '../../entrypoints/article-page.content/index';

let ctx: ContentScriptContext;

beforeEach(() => {
  fakeBrowser.reset();
  ctx = new ContentScriptContext('article-page');
});

afterEach(() => {
  ctx.notifyInvalidated();
  vi.restoreAllMocks();
});

test('started by the manifest at an address that is not an article, it reads, loads and sends nothing', async () => {
  const reads = [
    vi.spyOn(document, 'querySelector'),
    vi.spyOn(document, 'querySelectorAll'),
    vi.spyOn(document, 'createDocumentFragment'),
  ];
  const timer = vi.spyOn(window, 'setTimeout');
  const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
  const listens = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  await pageCode.main(ctx);
  await new Promise(resolve => queueMicrotask(() => resolve(null)));
  for (const read of reads) expect(read).not.toHaveBeenCalled();
  expect(timer).not.toHaveBeenCalled();
  expect(sent).not.toHaveBeenCalled();
  expect(listens).not.toHaveBeenCalled();
});

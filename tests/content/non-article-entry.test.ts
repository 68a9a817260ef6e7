/**
 * Both scripts that may start on a page, at an address that is not an article's (the test page's
 * own): the detector (entrypoints/article.content/detector.ts), which every Republika page loads, and
 * the page code (entrypoints/article-page.content/index.ts), which the manifest starts at article
 * addresses in the detector's place and which decides as the detector does. The address decides,
 * so neither reads anything of the page, starts a timer to look for an article there, sends a
 * message (asks for no page code) nor listens to one: the panel shows "not an article" where
 * nothing answers, and touching the extension API costs every such page load. Their reading of an
 * article, and a start at an article address, are the browser tests' (tests/e2e/page-code.e2e.ts).
 */
import { ContentScriptContext } from '#imports';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { startDetector } from '../../entrypoints/article.content/detector';
import pageCode from '../../entrypoints/article-page.content/index';

let contexts: ContentScriptContext[] = [];

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  for (const ctx of contexts) ctx.notifyInvalidated();
  contexts = [];
  vi.restoreAllMocks();
});

test.each([
  ['the detector', { main: (_ctx: ContentScriptContext) => startDetector() }, 'article'],
  ['the page code, started by the manifest', pageCode, 'article-page'],
])(
  'at an address that is not an article, %s reads, times, sends and listens to nothing',
  async (_, script, name) => {
    const ctx = new ContentScriptContext(name);
    contexts.push(ctx);
    const reads = [
      vi.spyOn(document, 'querySelector'),
      vi.spyOn(document, 'querySelectorAll'),
      vi.spyOn(document, 'createDocumentFragment'),
    ];
    const timer = vi.spyOn(window, 'setTimeout');
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const listens = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    await script.main(ctx);
    await new Promise(resolve => queueMicrotask(() => resolve(null)));
    for (const read of reads) expect(read).not.toHaveBeenCalled();
    expect(timer).not.toHaveBeenCalled();
    expect(sent).not.toHaveBeenCalled();
    expect(listens).not.toHaveBeenCalled();
  },
);

/**
 * utils/quiet-context.ts, the content-script context our scripts run with instead of WXT's: it
 * tells the page nothing and nothing the page dispatches invalidates it (issue 7). The built
 * scripts are checked in real Chromium by tests/e2e/robustness.e2e.ts.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ContentScriptContext } from '../../utils/quiet-context';

const STARTED = `${fakeBrowser.runtime.id}:article:wxt:content-script-started`;

afterEach(() => vi.restoreAllMocks());

describe('utils/quiet-context', () => {
  test('starting dispatches nothing on the document and posts no message', () => {
    const dispatch = vi.spyOn(document, 'dispatchEvent');
    const post = vi.spyOn(window, 'postMessage');
    new ContentScriptContext('article', { noScriptStartedPostMessage: true });
    expect(dispatch).not.toHaveBeenCalled();
    expect(post).not.toHaveBeenCalled();
  });

  test.each([
    [
      'WXT’s started event with a forged id',
      new CustomEvent(STARTED, { detail: { contentScriptName: 'article', messageId: 'x' } }),
    ],
    ['a message of that type', new MessageEvent('message', { data: { type: STARTED } })],
  ])('%s does not invalidate it', (_name, event) => {
    const ctx = new ContentScriptContext('article');
    const invalidated = vi.fn();
    ctx.onInvalidated(invalidated);
    document.dispatchEvent(event);
    window.dispatchEvent(event);
    expect(invalidated).not.toHaveBeenCalled();
    expect(ctx.isValid).toBe(true);
  });

  test('is invalidated once the extension is gone, and its timers stop', async () => {
    const ctx = new ContentScriptContext('article');
    const invalidated = vi.fn();
    const tick = vi.fn();
    ctx.onInvalidated(invalidated);
    ctx.setInterval(tick, 5);
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as never);
    expect(ctx.isInvalid).toBe(true);
    expect(invalidated).toHaveBeenCalledOnce();
    await new Promise(resolve => setTimeout(resolve, 30));
    expect(tick).not.toHaveBeenCalled();
  });
});

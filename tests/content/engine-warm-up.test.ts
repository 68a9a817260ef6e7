/**
 * The engine's warm-up (core/warm-up.ts): an article page's start script asks the background
 * (`engineWarmUp`, utils/article-start.ts), which analyses a short invented text once per start of
 * its worker (utils/page-code.ts), so that the article's own analysis runs on compiled code.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { analyzeArticles } from '../../core/analyze-articles';
import { emptyArticleInfo } from '../../core/analyze';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.doUnmock('../../core/analyze-articles');
});

test('the warm-up text takes the common paths: named speakers, direct and indirect quotes', async () => {
  const { WARM_UP_PARAGRAPHS } = await import('../../core/warm-up');
  const { result } = analyzeArticles([
    { info: emptyArticleInfo(), paragraphs: [...WARM_UP_PARAGRAPHS] },
  ])[0]!;
  expect(result.speakers.length).toBeGreaterThanOrEqual(2);
  expect(new Set(result.quotes.map(q => q.type))).toEqual(new Set(['direct', 'indirect']));
});

test.each([
  ['a fresh isolate', false, [true, false]],
  ['an isolate that has analysed an article', true, [false, false]],
])('%s: the warm-up runs at most once', async (_case, used, runs) => {
  vi.resetModules();
  const { engineUsed, warmUpEngine } = await import('../../core/warm-up');
  if (used) engineUsed();
  expect([warmUpEngine(), warmUpEngine()]).toEqual(runs);
});

test.each([
  [{ type: 'engineWarmUp' }, true],
  [{ type: 'articleDetected' }, false],
  [{ type: 'analyzeArticles', articles: [] }, false],
  [null, false],
  ['engineWarmUp', false],
])('isEngineWarmUp(%j) is %s', async (message, expected) => {
  const { isEngineWarmUp } = await import('../../utils/page-code');
  expect(isEngineWarmUp(message)).toBe(expected);
});

test('the background warms the engine up on the ask, in a task after the message, once', async () => {
  vi.resetModules();
  vi.useFakeTimers();
  const analyze = vi.fn(() => []);
  vi.doMock('../../core/analyze-articles', () => ({ analyzeArticles: analyze }));
  const { warmUpOnAsk } = await import('../../utils/page-code');
  warmUpOnAsk();
  const ask = () =>
    fakeBrowser.runtime.sendMessage({ type: 'engineWarmUp' }).catch(() => undefined);
  await ask();
  expect(analyze).not.toHaveBeenCalled();
  vi.runAllTimers();
  expect(analyze).toHaveBeenCalledTimes(1);
  // Already warm: asking again costs nothing.
  await ask();
  vi.runAllTimers();
  expect(analyze).toHaveBeenCalledTimes(1);
});

test('the start script asks for the warm-up before it imports the page code', async () => {
  vi.resetModules();
  const sendMessage = vi.fn(() => Promise.reject(new Error('no background yet')));
  const getURL = vi.fn(() => 'data:text/javascript,');
  vi.stubGlobal('chrome', { runtime: { id: 'ks', getURL, sendMessage } });
  await import('../../utils/article-start');
  expect(sendMessage).toHaveBeenCalledWith({ type: 'engineWarmUp' });
  expect(sendMessage.mock.invocationCallOrder[0]).toBeLessThan(getURL.mock.invocationCallOrder[0]!);
});

import { afterEach, describe, expect, test, vi } from 'vitest';
import { QUIET_MS, watchPage } from '../../entrypoints/article.content/page-watcher';
import type { Timers } from '../../entrypoints/article.content/throttle';
import { articlePage } from './dom';

const ARTICLE = 'https://www.republika.co.id/berita/abc123/jembatan-baru-dibuka';
const wait = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
/** The page's own timers, with no interval among them: the watcher must not need one. */
const timers: Timers = {
  setTimer: (fn, ms) => setTimeout(fn, ms),
  clearTimer: id => clearTimeout(id as number),
  now: () => performance.now(),
};

/** Watches a newsroom article at `ARTICLE`; the address it reports is `at.href`. */
function watched() {
  const doc = articlePage('<article><p>“Jembatan dibuka besok,” kata Kepala Dinas.</p></article>');
  const at = { href: ARTICLE };
  const checks: (() => void)[] = [];
  let changes = 0;
  const stop = watchPage(doc, {
    current: () => ({
      url: ARTICLE,
      body: doc.querySelector('article'),
      inParagraph: () => false,
      lostParagraph: () => false,
    }),
    href: () => at.href,
    onArticleChange: () => changes++,
    onInsert: () => {},
    timers,
    everySecond: check => checks.push(check),
  });
  return { at, checks, stop, changes: () => changes };
}

afterEach(() => vi.restoreAllMocks());

describe('watchPage and the address', () => {
  test('hands its address check to the caller’s one-second tick and sets no interval itself', () => {
    const setInterval = vi.spyOn(window, 'setInterval');
    const { checks, stop } = watched();
    expect(checks).toHaveLength(1);
    expect(setInterval).not.toHaveBeenCalled();
    stop();
  });

  test.each([
    ['the same address', ARTICLE, 0],
    ['the same article, another anchor', `${ARTICLE}#komentar`, 0],
    ['another article (pushState, no DOM change)', `${ARTICLE}-lagi`, 1],
  ])('a tick at %s: %i re-read', async (_, href, rereads) => {
    const { at, checks, stop, changes } = watched();
    at.href = href;
    checks[0]!();
    await wait(QUIET_MS + 30);
    expect(changes()).toBe(rereads);
    stop();
  });

  test('a tick after the stop asks for nothing', async () => {
    const { at, checks, stop, changes } = watched();
    stop();
    at.href = `${ARTICLE}-lagi`;
    checks[0]!();
    await wait(QUIET_MS + 30);
    expect(changes()).toBe(0);
  });
});

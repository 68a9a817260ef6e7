/**
 * entrypoints/article.content/follow-address.ts: the detector's only work on a page it left alone,
 * comparing the address on history events and once per poll. End to end (pushState from a
 * section page to an article) in tests/e2e/robustness.e2e.ts.
 */
import { describe, expect, test, vi } from 'vitest';
import {
  followAddress,
  type AddressWindow,
} from '../../entrypoints/article.content/follow-address';

/** A window whose address the test sets, with real event targets and fake timers. */
function fakeWindow(withNavigation: boolean) {
  const events = new EventTarget();
  const navigation = new EventTarget();
  const location = { href: 'https://www.republika.co.id/kanal/news' };
  const win = {
    location,
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
    setInterval: (fn: () => void, ms: number) => setInterval(fn, ms),
    clearInterval: (id: number) => clearInterval(id),
    ...(withNavigation && { navigation }),
  } as unknown as AddressWindow;
  return { win, events, navigation, location };
}

const ARTICLE = 'https://www.republika.co.id/berita/zz9abc123/judul';

describe('followAddress', () => {
  test.each([
    ['popstate', false],
    ['hashchange', false],
    ['currententrychange', true],
  ])('reports a move at once on %s', (type, viaNavigation) => {
    const { win, events, navigation, location } = fakeWindow(true);
    const ticks: [string, boolean][] = [];
    const stop = followAddress(win, (href, moved) => ticks.push([href, moved]));
    location.href = ARTICLE;
    (viaNavigation ? navigation : events).dispatchEvent(new Event(type));
    expect(ticks).toEqual([[ARTICLE, true]]);
    // The same event again without a move: nothing.
    (viaNavigation ? navigation : events).dispatchEvent(new Event(type));
    expect(ticks).toHaveLength(1);
    stop();
  });

  test('finds a pushState it was not told of on the next poll, and ticks once per poll', () => {
    vi.useFakeTimers();
    try {
      const { win, location } = fakeWindow(false);
      const ticks: [string, boolean][] = [];
      const stop = followAddress(win, (href, moved) => ticks.push([href, moved]), 1000);
      location.href = ARTICLE;
      vi.advanceTimersByTime(2000);
      expect(ticks).toEqual([
        [ARTICLE, true],
        [ARTICLE, false],
      ]);
      stop();
      vi.advanceTimersByTime(5000);
      expect(ticks).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

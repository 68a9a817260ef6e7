/**
 * entrypoints/article.content/follow-address.ts: the detector's only work on a page it left alone,
 * comparing the address on history events, and once per poll where there is no Navigation API. End to end (pushState from a
 * section page to an article) in tests/e2e/robustness.e2e.ts.
 */
import { describe, expect, test, vi } from 'vitest';
import {
  followAddress,
  type AddressWindow,
} from '../../entrypoints/article.content/follow-address';

/** A window whose address and visibility the test sets, with real event targets and timers. */
function fakeWindow(withNavigation: boolean) {
  const events = new EventTarget();
  const navigation = new EventTarget();
  const visibility = new EventTarget();
  const location = { href: 'https://www.republika.co.id/kanal/news' };
  const document = {
    hidden: false,
    addEventListener: visibility.addEventListener.bind(visibility),
    removeEventListener: visibility.removeEventListener.bind(visibility),
  };
  const win = {
    location,
    document,
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
    setInterval: (fn: () => void, ms: number) => setInterval(fn, ms),
    clearInterval: (id: number) => clearInterval(id),
    ...(withNavigation && { navigation }),
  } as unknown as AddressWindow;
  /** The page is hidden or shown again, as the browser tells it. */
  const setHidden = (hidden: boolean) => {
    document.hidden = hidden;
    visibility.dispatchEvent(new Event('visibilitychange'));
  };
  return { win, events, navigation, location, setHidden };
}

const ARTICLE = 'https://www.republika.co.id/berita/zz9abc123/judul';

describe('followAddress', () => {
  test.each([
    ['popstate', false],
    ['hashchange', false],
    ['currententrychange', true],
  ])('reports a move at once on %s', (type, viaNavigation) => {
    const { win, events, navigation, location } = fakeWindow(viaNavigation);
    const moves: string[] = [];
    const stop = followAddress(win, href => moves.push(href));
    location.href = ARTICLE;
    (viaNavigation ? navigation : events).dispatchEvent(new Event(type));
    expect(moves).toEqual([ARTICLE]);
    // The same event again without a move: nothing.
    (viaNavigation ? navigation : events).dispatchEvent(new Event(type));
    expect(moves).toHaveLength(1);
    stop();
  });

  test('with the Navigation API, listens to it alone: it tells every move, window events add nothing', () => {
    const { win, events, navigation, location, setHidden } = fakeWindow(true);
    const moves: string[] = [];
    const stop = followAddress(win, href => moves.push(href));
    location.href = ARTICLE;
    for (const type of ['popstate', 'hashchange']) events.dispatchEvent(new Event(type));
    setHidden(true);
    expect(moves).toEqual([]);
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(moves).toEqual([ARTICLE]);
    stop();
    location.href = `${ARTICLE}-2`;
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(moves).toHaveLength(1);
  });

  test('without the Navigation API, finds a pushState it was not told of on the next poll', () => {
    vi.useFakeTimers();
    try {
      const { win, location } = fakeWindow(false);
      const moves: string[] = [];
      const stop = followAddress(win, href => moves.push(href), 1000);
      location.href = ARTICLE;
      vi.advanceTimersByTime(2000);
      expect(moves).toEqual([ARTICLE]);
      stop();
      location.href = `${ARTICLE}-2`;
      vi.advanceTimersByTime(5000);
      expect(moves).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  test('with the Navigation API, sets no timer at all', () => {
    vi.useFakeTimers();
    try {
      const { win } = fakeWindow(true);
      const stop = followAddress(win, () => {});
      expect(vi.getTimerCount()).toBe(0);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });

  test('stops polling while the page is hidden, and looks once when it shows again', () => {
    vi.useFakeTimers();
    try {
      const { win, location, setHidden } = fakeWindow(false);
      const moves: string[] = [];
      const stop = followAddress(win, href => moves.push(href), 1000);
      setHidden(true);
      expect(vi.getTimerCount()).toBe(0);
      location.href = ARTICLE;
      vi.advanceTimersByTime(5000);
      expect(moves).toEqual([]);
      setHidden(false);
      expect(moves).toEqual([ARTICLE]);
      expect(vi.getTimerCount()).toBe(1);
      stop();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});

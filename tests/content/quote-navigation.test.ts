/**
 * QuoteFollower's choices with boxes laid out by hand (jsdom has no layout): which quote is on
 * screen, where next / previous go from it or from the window, what is announced, and what a
 * clicked mark leaves (mark-clicks.ts hears the click). Real layout, scrolling and clicks:
 * tests/e2e/follow.e2e.ts.
 */
import { describe, expect, it } from 'vitest';
import type { ContentEvent } from '../../core/protocol';
import { LiveRegion } from '../../entrypoints/article.content/live-region';
import {
  QuoteFollower,
  firstEndingBelow,
} from '../../entrypoints/article.content/quote-navigation';
import type { QuoteStop } from '../../entrypoints/article.content/session';

const VIEW = 600;

/** A quote whose one box spans [top, top + 20) in viewport pixels (changed by `scroll`). */
function stops(tops: number[]) {
  let offset = 0;
  const list: QuoteStop[] = tops.map((top, i) => ({
    quoteId: `q${i + 1}`,
    speakers: [{ id: `s${i}`, name: `Speaker ${i + 1}`, role: null, aliases: [], kind: 'person' }],
    box: {
      getClientRects: () =>
        [{ top: top - offset, bottom: top - offset + 20, width: 100, height: 20 }] as never,
    } as unknown as Element,
  }));
  return { list, scroll: (y: number) => (offset = y) };
}

function follower(tops: number[]) {
  document.body.innerHTML = '';
  Object.defineProperty(window, 'innerHeight', { value: VIEW, configurable: true });
  const quotes = stops(tops);
  const events: ContentEvent[] = [];
  const frames: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const region = new LiveRegion(
    document,
    fn => void timers.push(fn),
    () => 'en',
  );
  const scrolled: string[] = [];
  /** The follower's own timers, with their delays, and its clock. */
  const later: { fn: () => void; ms: number }[] = [];
  let clock = 0;
  const f = new QuoteFollower(document, {
    quotes: () => quotes.list,
    scrollTo: id => (scrolled.push(id), true),
    send: e => void events.push(e),
    region,
    describe: (n, total, names) => `Quote ${n} of ${total}: ${names.join(', ')}`,
    noMore: d => `no ${d}`,
    requestFrame: fn => void frames.push(fn),
    setTimer: (fn, ms) => void later.push({ fn, ms }),
    now: () => clock,
  });
  const runFrames = () => frames.splice(0).forEach(fn => fn());
  const runTimers = Object.assign(() => timers.splice(0).forEach(fn => fn()), {
    /** Only the oldest timer: the announcement's text, not yet its removal. */
    first: () => timers.shift()?.(),
  });
  /** Moves the clock on by `ms` and runs the follower's timers set by then. */
  const wait = (ms: number) => {
    clock += ms;
    later.splice(0).forEach(l => l.fn());
  };
  return { f, quotes, events, scrolled, region, runFrames, runTimers, later, wait };
}

describe('entrypoints/article.content/quote-navigation', () => {
  it('finds the first quote ending below a line by binary search', () => {
    const { list } = stops([100, 300, 900, 1500]);
    expect([-1, 0, 150, 320, 1000, 5000].map(y => firstEndingBelow(list, y))).toEqual([
      0, 0, 1, 2, 3, 4,
    ]);
  });

  it('reports the first quote on screen, or none, as the page scrolls', () => {
    const t = follower([700, 900, 1500]);
    const stop = t.f.start();
    t.runFrames();
    expect(t.f.inView).toBeNull();
    t.quotes.scroll(650);
    document.dispatchEvent(new Event('scroll'));
    t.runFrames();
    expect(t.f.inView).toBe('q1');
    expect(t.events.at(-1)).toEqual({ type: 'quoteInViewChanged', quoteId: 'q1', by: 'scroll' });
    stop();
  });

  it('moves from the window when nothing is current, then from the current quote', () => {
    const t = follower([700, 900, 1500]);
    expect(t.f.move('next')).toBe('q1');
    expect(t.scrolled).toEqual(['q1']);
    expect(t.events.at(-1)).toEqual({ type: 'quoteInViewChanged', quoteId: 'q1', by: 'move' });
    t.runTimers.first();
    expect(t.region.text).toBe('Quote 1 of 3: Speaker 1');
    // Still scrolling towards q1 (not yet on screen): next counts from it.
    expect(t.f.move('next')).toBe('q2');
    expect(t.f.move('previous')).toBe('q1');
    expect(t.f.move('previous')).toBeNull();
    t.runTimers();
    expect(t.region.text).toBeNull(); // spoken, then removed after a while
  });

  it('lets go of a moved-to quote the reader scrolled away from before it arrived, once the while is up', () => {
    const t = follower([700, 900, 1500]);
    const stop = t.f.start();
    t.runFrames();
    expect(t.f.move('next')).toBe('q1');
    // The reader scrolls (back to the top) before any frame saw q1 arrive: the smooth scroll
    // stops, and q1 is kept for a while as if it were still on its way…
    document.dispatchEvent(new Event('scroll'));
    t.runFrames();
    document.dispatchEvent(new Event('scroll'));
    t.runFrames();
    expect(t.f.inView).toBe('q1');
    expect(t.later.map(l => l.ms)).toEqual([2000]);
    // …and let go when the while is up, with no scroll to prompt a look.
    t.wait(2000);
    t.runFrames();
    expect(t.f.inView).toBeNull();
    expect(t.events.at(-1)).toEqual({ type: 'quoteInViewChanged', quoteId: null, by: 'scroll' });
    stop();
  });

  it('says so when there is no quote that way, and the host lives on <html> until stopped', () => {
    const t = follower([-500]);
    expect(t.f.move('next')).toBeNull();
    expect(document.documentElement.lastElementChild?.localName).toBe('ks-announcer');
    t.region.stop();
    expect(document.querySelector('ks-announcer')).toBeNull();
  });

  it.each([
    { shown: false, kept: 'q2' },
    { shown: true, kept: null },
  ])(
    'a clicked mark is the quote on screen; no panel showed it ($shown): kept $kept',
    async ({ shown, kept }) => {
      const t = follower([100, 300]);
      t.f.noteClick('q2', Promise.resolve(shown));
      expect(t.f.inView).toBe('q2');
      await Promise.resolve();
      expect(t.f.clicked).toBe(kept);
      // Still on screen: a frame's look keeps it, and nothing is sent for it.
      t.f.queueCheck();
      t.runFrames();
      expect(t.f.inView).toBe('q2');
      expect(t.events).toEqual([]);
    },
  );
});

/**
 * The shared pointer watch (pointer-watch.ts) under jsdom. jsdom's dispatched events are untrusted,
 * exactly what a page script can send: they must be ignored. The trusted path (a real pointer on a
 * mark) is covered end to end by the tooltip tests in Chromium (tests/e2e).
 */
import { describe, expect, it } from 'vitest';
import { watchPointer, type Point } from '../../entrypoints/article.content/pointer-watch';

function setUp(options: Parameters<typeof watchPointer>[2] = {}) {
  const frames: (() => void)[] = [];
  const points: Point[] = [];
  let left = 0;
  const watch = watchPointer(
    document,
    {
      requestFrame: fn => void frames.push(fn),
      onPoint: point => void points.push(point),
      onLeave: () => void left++,
    },
    options,
  );
  const runFrames = () => frames.splice(0).forEach(fn => fn());
  return { watch, frames, points, runFrames, left: () => left };
}

describe('watchPointer', () => {
  it('ignores pointer events a page script dispatches', () => {
    const { watch, frames, points } = setUp();
    document.dispatchEvent(new MouseEvent('pointermove', { clientX: 10, clientY: 20 }));
    expect(frames).toHaveLength(0);
    expect(points).toHaveLength(0);
    expect(watch.last()).toBeNull();
    watch.stop();
  });

  it('looks at a resting pointer in the first frame, once', () => {
    const { watch, frames, points, runFrames } = setUp({ resting: { x: 5, y: 7 } });
    expect(frames).toHaveLength(1);
    runFrames();
    expect(points).toEqual([{ x: 5, y: 7 }]);
    runFrames();
    expect(points).toHaveLength(1);
    watch.stop();
  });

  it('forgets the pointer when it leaves, and on scroll only when asked', () => {
    const plain = setUp({ resting: { x: 1, y: 1 } });
    document.dispatchEvent(new Event('scroll'));
    expect(plain.watch.last()).toEqual({ x: 1, y: 1 });
    document.dispatchEvent(new Event('pointerleave'));
    expect(plain.watch.last()).toBeNull();
    expect(plain.left()).toBe(1);
    plain.runFrames();
    expect(plain.points).toHaveLength(0);
    plain.watch.stop();

    const scrolling = setUp({ resting: { x: 1, y: 1 }, leaveOnScroll: true });
    document.dispatchEvent(new Event('scroll'));
    expect(scrolling.watch.last()).toBeNull();
    expect(scrolling.left()).toBe(1);
    scrolling.watch.stop();
  });

  it('hears nothing after the stop', () => {
    const { watch, left } = setUp({ leaveOnScroll: true });
    watch.stop();
    document.dispatchEvent(new Event('pointerleave'));
    document.dispatchEvent(new Event('scroll'));
    expect(left()).toBe(0);
  });
});

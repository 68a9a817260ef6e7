import { describe, expect, test } from 'vitest';
import { frameRequests, type FrameWindow } from '../../entrypoints/article.content/frame-requests';

/** A window whose frames run when the test says so, and which records cancellations. */
function fakeWindow() {
  const queued = new Map<number, FrameRequestCallback>();
  const cancelled: number[] = [];
  let next = 0;
  const win: FrameWindow = {
    requestAnimationFrame: fn => {
      queued.set(++next, fn);
      return next;
    },
    cancelAnimationFrame: id => {
      cancelled.push(id);
      queued.delete(id);
    },
  };
  const runFrame = () => {
    const now = [...queued];
    queued.clear();
    for (const [, fn] of now) fn(0);
  };
  return { win, queued, cancelled, runFrame };
}

describe('entrypoints/article.content/frame-requests', () => {
  test('runs each request at the next frame', () => {
    const { win, runFrame } = fakeWindow();
    const frames = frameRequests(win);
    const ran: string[] = [];
    frames.request(() => ran.push('a'));
    frames.request(() => ran.push('b'));
    expect(ran).toEqual([]);
    runFrame();
    expect(ran).toEqual(['a', 'b']);
  });

  test('cancelAll cancels what has not run, and only that', () => {
    const { win, queued, cancelled, runFrame } = fakeWindow();
    const frames = frameRequests(win);
    const ran: string[] = [];
    frames.request(() => ran.push('ran before the stop'));
    runFrame();
    frames.request(() => ran.push('queued at the stop'));
    frames.request(() => ran.push('also queued'));
    frames.cancelAll();
    expect(cancelled).toEqual([2, 3]);
    expect(queued.size).toBe(0);
    runFrame();
    expect(ran).toEqual(['ran before the stop']);
    frames.cancelAll();
    expect(cancelled).toEqual([2, 3]);
  });

  test('a window without frames throws on request, as requestAnimationFrame would', () => {
    const win = {} as FrameWindow;
    expect(() => frameRequests(win).request(() => {})).toThrow();
  });
});

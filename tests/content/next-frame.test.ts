import { describe, expect, test } from 'vitest';
import { nextFrameFor, waitFor } from '../../entrypoints/article.content/next-frame';

/** A window whose frames and timers run only when the test says so. */
function fakeWindow() {
  const frames = new Map<number, () => void>();
  const timers = new Map<number, () => void>();
  let ids = 0;
  const win = {
    requestAnimationFrame: (fn: () => void) => {
      frames.set(++ids, fn);
      return ids;
    },
    cancelAnimationFrame: (id: number) => frames.delete(id),
    setTimeout: (fn: () => void) => {
      timers.set(++ids, fn);
      return ids;
    },
    clearTimeout: (id: number) => timers.delete(id),
  } as unknown as Window;
  const runFrame = () => {
    const due = [...frames.values()];
    frames.clear();
    due.forEach(fn => fn());
  };
  const runTimers = () => [...timers.values()].forEach(fn => fn());
  return { win, runFrame, runTimers, timers, frames };
}

/** Lets promise callbacks run. */
const settle = () => new Promise(resolve => setTimeout(resolve, 0));

describe('entrypoints/article.content/next-frame', () => {
  test('waits for the next frame, then for the pause after it', async () => {
    const { win, runFrame, timers } = fakeWindow();
    const steps: string[] = [];
    const wait = nextFrameFor(win, async () => void steps.push('pause'));
    const done = wait().then(() => steps.push('done'));
    await settle();
    expect(steps).toEqual([]);
    runFrame();
    await done;
    expect(steps).toEqual(['pause', 'done']);
    // The fallback timer is dropped once the frame came.
    expect(timers.size).toBe(0);
  });

  test('ends after the fallback wait when no frame comes (a tab in the background)', async () => {
    const { win, runTimers } = fakeWindow();
    const steps: string[] = [];
    const done = nextFrameFor(win, async () => void steps.push('pause'))().then(() =>
      steps.push('done'),
    );
    await settle();
    expect(steps).toEqual([]);
    runTimers();
    await done;
    expect(steps).toEqual(['pause', 'done']);
  });

  test('a stop ends the wait at once, without the pause, and leaves no frame or timer to run', async () => {
    const { win, timers, frames } = fakeWindow();
    const steps: string[] = [];
    const stop = new AbortController();
    const wait = nextFrameFor(win, async () => void steps.push('pause'), 100, stop.signal);
    const done = wait().then(() => steps.push('done'));
    await settle();
    stop.abort();
    await done;
    expect(steps).toEqual(['done']);
    expect([timers.size, frames.size]).toEqual([0, 0]);
    // Once stopped, a new wait asks for no frame at all.
    await wait();
    expect([timers.size, frames.size]).toEqual([0, 0]);
    expect(steps).toEqual(['done']);
  });

  test('is the pause alone where there are no animation frames', async () => {
    const pause = async () => {};
    expect(nextFrameFor({} as Window, pause)).toBe(pause);
  });

  test('waitFor ends when its timer fires', async () => {
    const { win, runTimers, timers } = fakeWindow();
    let done = false;
    const wait = waitFor(win, 500, new AbortController().signal).then(() => (done = true));
    await settle();
    expect([done, timers.size]).toEqual([false, 1]);
    runTimers();
    await wait;
    expect(done).toBe(true);
  });

  test('waitFor ends at once on a stop, its timer cleared; after the stop it sets none', async () => {
    const { win, timers } = fakeWindow();
    const stop = new AbortController();
    const wait = waitFor(win, 500, stop.signal);
    await settle();
    stop.abort();
    await wait;
    expect(timers.size).toBe(0);
    await waitFor(win, 500, stop.signal);
    expect(timers.size).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { runNow, type Work } from '../../core/article/work';
import { pauseFor, runSliced, type Slicing } from '../../entrypoints/article.content/slicer';

/**
 * A clock the work itself moves: each step of `steps` advances it by that many ms. Nothing here
 * depends on real time.
 */
function fakeClock() {
  let time = 0;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

/** Work that costs `costs[i]` ms at step i, records which steps ran, and returns their count. */
function* costly(
  costs: readonly number[],
  advance: (ms: number) => void,
  ran: number[],
): Work<number> {
  for (const [i, cost] of costs.entries()) {
    advance(cost);
    ran.push(i);
    yield;
  }
  return ran.length;
}

/** Slicing on `clock` with a budget; records the pauses (with the clock at each) and the slices. */
function slicingOn(clock: ReturnType<typeof fakeClock>, budgetMs: number) {
  const pausedAt: number[] = [];
  const slices: [number, number][] = [];
  const slicing: Slicing = {
    budgetMs,
    now: clock.now,
    pause: async () => {
      pausedAt.push(clock.now());
    },
    onSlice: from => slices.push([from, clock.now()]),
  };
  return { slicing, pausedAt, slices };
}

describe('entrypoints/article.content/slicer', () => {
  it.each<[string, number[], number, [number, number][]]>([
    [
      'cheap steps share a slice until the budget is spent',
      [3, 3, 3, 3, 3],
      8,
      [
        [0, 9],
        [9, 15],
      ],
    ],
    [
      'a step over budget is a slice of its own',
      [20, 1, 1],
      8,
      [
        [0, 20],
        [20, 22],
      ],
    ],
    ['work within budget is one slice', [1, 2, 3], 8, [[0, 6]]],
    ['no steps: one empty slice', [], 8, [[0, 0]]],
  ])('%s', async (_name, costs, budget, expected) => {
    const clock = fakeClock();
    const ran: number[] = [];
    const { slicing, slices, pausedAt } = slicingOn(clock, budget);
    const result = await runSliced(costly(costs, clock.advance, ran), slicing);
    expect(result).toEqual({ value: costs.length });
    expect(slices).toEqual(expected);
    // One pause between two slices, never after the last.
    expect(pausedAt).toEqual(expected.slice(0, -1).map(([, end]) => end));
  });

  it('returns what running the work at once returns', async () => {
    const costs = [5, 5, 5, 5, 5, 5, 5];
    const sliced = await runSliced(
      costly(costs, fakeClock().advance, []),
      slicingOn(fakeClock(), 8).slicing,
    );
    expect(sliced).toEqual({ value: runNow(costly(costs, () => {}, [])) });
  });

  it('stops at the first pause after a cancel, running no further step and ending the work', async () => {
    const clock = fakeClock();
    const ran: number[] = [];
    let cancel = false;
    let ended = false;
    function* work(): Work<string> {
      try {
        for (let i = 0; i < 10; i++) {
          clock.advance(5);
          ran.push(i);
          if (i === 2) cancel = true; // e.g. the reader switched off while step 2 ran
          yield;
        }
        return 'done';
      } finally {
        ended = true;
      }
    }
    const { slicing } = slicingOn(clock, 8);
    expect(await runSliced(work(), slicing, () => cancel)).toBeNull();
    // Slices: steps 0–1 (10 ms), then 2–3; the pause after step 3 sees the cancel.
    expect(ran).toEqual([0, 1, 2, 3]);
    expect(ended).toBe(true);
  });

  it('rejects with the error a step throws, and ends the work', async () => {
    const clock = fakeClock();
    function* failing(): Work<number> {
      clock.advance(10);
      yield;
      throw new Error('page changed under us');
    }
    await expect(runSliced(failing(), slicingOn(clock, 8).slicing)).rejects.toThrow(
      'page changed under us',
    );
  });

  it('pauses on a channel of its own where there is no scheduler.yield: nothing reaches the window', async () => {
    const messages: unknown[] = [];
    const onMessage = (event: MessageEvent) => messages.push(event.data);
    window.addEventListener('message', onMessage);
    try {
      const pause = pauseFor(window);
      let resumed = 0;
      await Promise.all([pause().then(() => resumed++), pause().then(() => resumed++)]);
      expect(resumed).toBe(2);
      expect(messages).toEqual([]);
    } finally {
      window.removeEventListener('message', onMessage);
    }
  });

  it('uses scheduler.yield where the window has it', async () => {
    let yields = 0;
    const win = {
      scheduler: {
        yield: () => {
          yields++;
          return Promise.resolve();
        },
      },
    } as unknown as Window;
    await pauseFor(win)();
    expect(yields).toBe(1);
  });
});

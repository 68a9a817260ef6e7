import { describe, expect, test } from 'vitest';
import type { Settings } from '../../core/protocol';
import { lateClutterLooks } from '../../entrypoints/article.content/late-clutter';
import type { PageSession } from '../../entrypoints/article.content/session';
import type { Sliced } from '../../entrypoints/article.content/slicer';

const ON = { clutterHidden: true } as Settings;

/** A session that records what it hid, and looks whose end the test decides. */
function setup(settings: Settings | null = ON) {
  const hid: string[][] = [];
  const session = {
    clutterWork: () => 'work',
    hideLate: (_found: unknown, batch: readonly Node[]) =>
      hid.push(batch.map(node => node.textContent ?? '')),
  } as unknown as PageSession;
  let current = session;
  const looks: ((result: Sliced<unknown>) => void)[] = [];
  let told = 0;
  const look = lateClutterLooks({
    session: () => current,
    settings: () => settings,
    sliced: <T>() => new Promise<Sliced<T>>(resolve => looks.push(resolve as never)),
    stopped: () => false,
    hidden: () => told++,
  });
  const node = (text: string) => ({ textContent: text }) as Node;
  const finishLook = async () => {
    looks.shift()!({ value: [] });
    await new Promise(resolve => setTimeout(resolve, 0));
  };
  return {
    hid,
    looks,
    look,
    node,
    finishLook,
    told: () => told,
    replace: () => (current = { ...session } as PageSession),
  };
}

describe('entrypoints/article.content/late-clutter', () => {
  test('nodes inserted during a look are in its batch, and ask for one more look after it', async () => {
    const { hid, looks, look, node, finishLook, told } = setup();
    const first = look([node('iklan 1')]);
    void look([node('iklan 2')]);
    void look([node('iklan 3')]);
    expect(looks).toHaveLength(1);
    await finishLook();
    expect(looks).toHaveLength(1);
    await finishLook();
    await first;
    // The second look finds what came since (here nothing new): one look at a time.
    expect(hid).toEqual([['iklan 1', 'iklan 2', 'iklan 3'], []]);
    expect(told()).toBe(2);
  });

  test('a look that a new session overtook hides nothing', async () => {
    const { hid, look, node, finishLook, replace, told } = setup();
    const done = look([node('iklan')]);
    replace();
    await finishLook();
    await done;
    expect(hid).toEqual([]);
    expect(told()).toBe(0);
  });

  test.each([
    ['no settings yet', null],
    ['clutter shown', { clutterHidden: false } as Settings],
  ])('%s: no look at all', async (_what, settings) => {
    const { hid, looks, look, node } = setup(settings);
    await look([node('iklan')]);
    expect(looks).toHaveLength(0);
    expect(hid).toEqual([]);
  });
});

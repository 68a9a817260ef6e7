import { describe, expect, it } from 'vitest';
import { LookDrafts } from '../../core/engine/discourse/look-drafts';

interface D {
  look: number;
  name: string;
}

/** Files `keys` in one look of `drafts` and returns that look's drafts' names, in order. */
function look(drafts: LookDrafts<D>, keys: readonly string[]): string[] {
  drafts.clear();
  for (const k of keys) if (!drafts.get(k)) drafts.file(k, () => ({ look: -1, name: k })).name = k;
  return drafts.values().map(d => d.name);
}

describe("LookDrafts: one look back's drafts, by key, in the order first filed", () => {
  // Each row: the keys looks file in turn → what each look holds, as a Map cleared per look did.
  const cases: [string, string[][]][] = [
    ['one look', [['Budi', 'Sari', 'Budi']]],
    ['a key of an earlier look is not in the next', [['Budi', 'Sari'], ['Sari'], ['Budi']]],
    ['a look with no key holds nothing', [['Budi'], [], ['Rina']]],
    [
      "order is this look's first filing",
      [
        ['Budi', 'Sari'],
        ['Sari', 'Budi', 'Rina'],
      ],
    ],
  ];
  for (const [name, looks] of cases)
    it(name, () => {
      const drafts = new LookDrafts<D>();
      for (const keys of looks) {
        const map = new Map(keys.map(k => [k, k]));
        expect(look(drafts, keys)).toEqual([...map.keys()]);
        expect(drafts.size).toBe(map.size);
        for (const k of ['Budi', 'Sari', 'Rina']) expect(!!drafts.get(k)).toBe(map.has(k));
      }
    });
  it('a key keeps its one draft object from look to look', () => {
    const drafts = new LookDrafts<D>();
    look(drafts, ['Budi']);
    const first = drafts.get('Budi');
    look(drafts, ['Sari', 'Budi']);
    expect(drafts.get('Budi')).toBe(first);
  });
});

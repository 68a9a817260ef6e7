import { describe, expect, it } from 'vitest';
import { withinEdits } from '../../core/engine/cast/name-match';
import { firstByRecency } from '../../core/engine/cast/by-recency';
import type { Entity } from '../../core/engine/cast/entity';

/** The plain Levenshtein table, the reference the banded check must agree with. */
function plainDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    prev = cur;
  }
  return prev[b.length]!;
}

// Invented word pairs: equal, one or two edits apart, transposed, far apart, empty, unequal lengths.
const PAIRS: [string, string][] = [
  ['hendra', 'hendra'],
  ['hendra', 'hendri'],
  ['suryanto', 'suryono'],
  ['wibowo', 'wibawa'],
  ['kartika', 'katrika'],
  ['andri', 'andriyani'],
  ['lestari', 'lestaro'],
  ['bambang', 'bambng'],
  ['setiawan', 'setiawati'],
  ['rahmat', 'rahmad'],
  ['abc', 'xyz'],
  ['', 'ab'],
  ['', ''],
  ['nugroho', 'nugraha'],
  ['prasetyo', 'prasetya'],
  ['yulianti', 'julianto'],
  ['darmawan', 'dermawan'],
];

describe('withinEdits: a bounded edit distance', () => {
  for (const [a, b] of PAIRS)
    for (const max of [0, 1, 2, 3])
      it(`${a} / ${b} within ${max}`, () => {
        expect(withinEdits(a, b, max)).toBe(plainDistance(a, b) <= max);
        expect(withinEdits(b, a, max)).toBe(plainDistance(a, b) <= max);
      });
});

describe('firstByRecency: the latest introduced before the position first, then the latest after', () => {
  const e = (name: string, introducedAt: number) =>
    ({
      name,
      introducedAt,
      kind: 'person',
      role: null,
      aliases: [],
      tokens: [name],
    }) as unknown as Entity;
  const cast = [e('a', 10), e('b', 30), e('c', 30), e('d', 50), e('f', 70), e('g', 5)];
  const sorted = (at: number) => {
    const latest = [...cast].sort((x, y) => y.introducedAt - x.introducedAt);
    return [
      ...latest.filter(x => x.introducedAt <= at),
      ...latest.filter(x => x.introducedAt > at),
    ];
  };
  for (const at of [0, 5, 20, 30, 40, 60, 100])
    for (const fits of [() => true, (x: Entity) => x.name !== 'b', (x: Entity) => x.name === 'g'])
      it(`at ${at}`, () => {
        expect(firstByRecency(cast, at, fits)?.name ?? null).toBe(
          sorted(at).find(fits)?.name ?? null,
        );
      });
});

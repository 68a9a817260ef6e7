import { describe, expect, it } from 'vitest';
import { nearest, nearestPlain } from '../../core/engine/cast/cue-mentions';

// Invented prose with a name written many times at uneven distances, and names written once or never.
const filler = (n: number) => 'kata warga di pasar itu. '.repeat(n);
const TEXT =
  `Budi ${filler(3)}Budi Santoso ${filler(40)}Budi ${filler(1)}Sari ${filler(90)}Budi ${filler(7)}` +
  `Budi Budi ${filler(300)}Sari Dewi ${filler(12)}Budi`;

describe('nearest: the occurrence of a written name nearest to a cue, searched in growing windows', () => {
  const offsets = [
    0,
    1,
    5,
    40,
    97,
    300,
    1000,
    2345,
    5000,
    7777,
    9000,
    TEXT.length - 3,
    TEXT.length,
  ];
  for (const written of ['Budi', 'Budi Santoso', 'Sari', 'Sari Dewi', 'Joko', 'i', 'Budi Budi'])
    it(`${written}`, () => {
      for (const near of offsets)
        expect(nearest(TEXT, written, near)).toBe(nearestPlain(TEXT, written, near));
    });
  it('every offset for a word written at uneven distances', () => {
    for (let near = 0; near <= TEXT.length; near += 37)
      expect(nearest(TEXT, 'Sari', near)).toBe(nearestPlain(TEXT, 'Sari', near));
  });
  it('a name the text never writes is nowhere (-1), wherever the cue', () => {
    for (const near of offsets) expect(nearest(TEXT, 'Joko', near)).toBe(-1);
  });
  it('a name written only far on one side is found there', () => {
    const text = `Rina ${filler(2000)}`;
    expect(nearest(text, 'Rina', text.length - 1)).toBe(0);
    expect(nearest(`${filler(2000)}Rina`, 'Rina', 0)).toBe(filler(2000).length);
  });
});

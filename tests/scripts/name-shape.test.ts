import { describe, expect, test } from 'vitest';
import { isPlacePersonWord, PLACE_SPELLING, placeShape } from '../../scripts/lexicon/name-shape';
import { personShare, shapeLevels, SHAPE_MIN_TYPES, trigrams } from '../../scripts/lexicon/derive';

describe('the word-shape model (scripts/lexicon/generated/name-shape.ts)', () => {
  // Village and district words against given names, none of them in a name lexicon.
  test.each(['Sukamaju', 'Cibening', 'Tegalrejo', 'Pasirmuncang', 'Kalibening', 'Mekarwangi'])(
    '%s is spelled as a place',
    w => expect(placeShape(w)).toBeGreaterThanOrEqual(PLACE_SPELLING),
  );
  test.each(['Darto', 'Suparno', 'Sutarno', 'Kustini', 'Fadhil', 'Haryanto'])(
    '%s is spelled as a person',
    w => expect(placeShape(w)).toBeLessThan(0),
  );
  test('a word too short or not all letters says nothing', () => {
    expect(placeShape('Ma')).toBe(0);
    expect(placeShape('U-23')).toBe(0);
  });
  test('case does not matter', () => expect(placeShape('SUKAMAJU')).toBe(placeShape('sukamaju')));
  test.each([
    ['Sakti', true],
    ['Sari', true],
    ['Sukamaju', false],
  ])('%s is a place word that is often a given name: %s', (w, want) =>
    expect(isPlacePersonWord(w)).toBe(want),
  );
});

// Invented miniature word lists: the derivation rules, not the data.
describe('shape derivation', () => {
  test('trigrams mark the start and the end, each once', () =>
    expect([...trigrams('cici')]).toEqual(['^ci', 'cic', 'ici', 'ci$']));

  test('a trigram seen on one side only, often enough, gets that side’s sign', () => {
    // Two letters make each word its own type: `sukaak`, `sukabk`, … and `akarno`, `bkarno`, ….
    const two = (i: number) => 'abcdefghij'[i % 10]! + 'klmnopqrst'[Math.floor(i / 10)]!;
    const n = Array.from({ length: SHAPE_MIN_TYPES }, (_, i) => i);
    const places = new Set(n.map(i => `suka${two(i)}`));
    const people = new Set(n.map(i => `${two(i)}arno`));
    const levels = shapeLevels(places, people);
    const levelOf = (g: string) => [...levels].find(([, gs]) => gs.includes(g))?.[0] ?? 0;
    expect(levelOf('^su')).toBeGreaterThan(0);
    expect(levelOf('no$')).toBeLessThan(0);
  });

  test('a word on both sides counts on neither', () => {
    const both = new Set(Array.from({ length: 40 }, (_, i) => `kata${i}`));
    expect(shapeLevels(both, both).size).toBe(0);
  });

  test.each([
    [{ perFirst: 1, perInner: 0, place: 3, org: 1, other: 3 }, 0.2],
    [{ perFirst: 0, perInner: 0, place: 5, org: 0, other: 9 }, 0],
    [undefined, 0],
  ])('person share of %o is %d', (c, want) => expect(personShare(c)).toBeCloseTo(want));
});

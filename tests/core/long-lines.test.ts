/**
 * One very long line (a page without paragraph breaks, a line of nothing but quote marks) reads
 * the same as its sentences would alone: every per-token question about quotes, sentences and
 * clauses is answered from the paragraph once, never by rescanning it. These tests check what
 * comes out; how long it takes is printed by `npm run bench`.
 */
import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../core/analyze';
import { wordCount } from '../../core/engine/reported/reported-clause';
import { insideAny, overlapsAny, tokenIndexAt, tokenize } from '../../core/engine/text/text';

// Invented newsroom prose: one direct quote with a post-posed cue and one reported clause.
const SENTENCES =
  'Kepala Dinas Pendidikan Rahmat Santoso mengatakan, sekolah akan dibuka pekan depan. ' +
  '“Kami sudah menyiapkan semua ruang kelas,” kata Rahmat. ';

describe('range helpers', () => {
  const ranges = [
    { start: 10, end: 20 },
    { start: 0, end: 3 },
    { start: 15, end: 30 }, // overlaps the first
    { start: 40, end: 40 }, // empty
    { start: 50, end: 60 },
    { start: 52, end: 55 }, // nested
  ];
  test.each([
    [0, true],
    [2, true],
    [3, false],
    [9, false],
    [10, true],
    [25, true],
    [29, true],
    [30, false],
    [40, false],
    [54, true],
    [59, true],
    [60, false],
  ])('insideAny(%i) is %s', (at, inside) => {
    expect(insideAny(ranges)(at)).toBe(inside);
  });

  test.each([
    [3, 10, false],
    [3, 11, true],
    [29, 35, true],
    [30, 50, false],
    [35, 51, true],
    [60, 70, false],
  ])('overlapsAny(%i, %i) is %s', (start, end, overlaps) => {
    expect(overlapsAny(ranges)(start, end)).toBe(overlaps);
  });

  test('tokenIndexAt finds the first token at or after an offset', () => {
    const toks = tokenize('Ia berkata, “ya.”');
    expect(toks.map(t => t.start)).toEqual([0, 3, 10, 12, 13, 15, 16]);
    expect([0, 1, 3, 10, 11, 16, 17, 99].map(at => tokenIndexAt(toks, at))).toEqual([
      0, 1, 1, 2, 3, 6, 7, 7,
    ]);
  });

  test('wordCount counts words with a letter or digit, up to an optional cap', () => {
    const text = 'satu dua -- tiga 4 , lima';
    expect(wordCount(text, 0, text.length)).toBe(5);
    expect(wordCount(text, 0, text.length, 3)).toBe(3);
    expect(wordCount(text, 2, 6)).toBe(2); // `tu` and `d`: words cut at the range ends
    expect(wordCount(text, 9, 12)).toBe(0);
  });
});

describe('a long line reads like its sentences', () => {
  test('a line of many repeated sentences finds every quote, each tied to its speaker', () => {
    const copies = 400;
    const { result } = analyzeText(SENTENCES.repeat(copies).trimEnd());
    const one = analyzeText(SENTENCES.trimEnd()).result;
    expect(one.quotes.map(q => q.type)).toEqual(['indirect', 'direct']);
    expect(result.quotes).toHaveLength(copies * 2);
    expect(new Set(result.quotes.map(q => q.text))).toEqual(new Set(one.quotes.map(q => q.text)));
    expect(result.speakers.map(s => s.name)).toEqual(one.speakers.map(s => s.name));
    expect(result.quotes.every(q => q.speakerIds.length === 1 && q.paragraph === 0)).toBe(true);
  });

  test.each([
    ['straight double marks', '"'],
    ['curly openers', '“'],
    ['curly closers', '”'],
    ['apostrophes', "'"],
    ['doubled apostrophes', "''"],
  ])('a line of 100,000 %s is no quote', (_name, mark) => {
    const { result } = analyzeText(mark.repeat(100_000));
    expect(result.quotes).toEqual([]);
  });

  test('a sentence of thousands of cues without a full stop still gives well-formed quotes', () => {
    const text = 'kata dia, '.repeat(5_000) + 'semua baik.';
    const { result } = analyzeText(text);
    for (const q of result.quotes) {
      expect(q.text.length).toBeGreaterThan(0);
      expect(text).toContain(q.text);
    }
  });
});

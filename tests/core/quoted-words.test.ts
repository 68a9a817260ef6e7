import { describe, expect, it } from 'vitest';
import { QuotedWords } from '../../core/engine/discourse/quoted-words';

describe('QuotedWords: the capitalised words a span of a paragraph holds', () => {
  // An invented paragraph: a hyphenated name, an astral letter inside a word, a lowercase word.
  const text = '“Rudi-Hartono bermain 𝐁agus di Kota Sorong,” ujar pelatih Ánh Tuấn.';
  const words = new QuotedWords(new Map([[4, text]]));
  const quote = { start: 0, end: text.indexOf('ujar') };

  it.each([
    ['rudi-hartono', true],
    ['rudi', false],
    ['kota', true],
    ['sorong', true],
    ['bermain', false],
    ['ánh', false],
    ['tuấn', false],
  ])('inside the quote, %s: %s', (word, inside) => {
    expect(words.has(4, word, quote.start, quote.end)).toBe(inside);
  });

  it('finds a word after the quote only in a span that holds it', () => {
    expect(words.has(4, 'ánh', quote.end, text.length)).toBe(true);
    expect(words.has(4, 'tuấn', quote.end, text.length)).toBe(true);
    expect(words.has(4, 'kota', quote.end, text.length)).toBe(false);
    expect(words.has(5, 'kota', 0, text.length)).toBe(false);
  });
});

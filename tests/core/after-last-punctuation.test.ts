/**
 * isPublication reads the phrase before a name from the last `.,;:!?` of a short window on, found
 * by one backward scan instead of a regex that backtracks from every start. The scan answers as
 * the regex did, on invented windows with every punctuation mark, none, and astral characters.
 */
import { describe, expect, test } from 'vitest';
import { afterLastPunctuation } from '../../core/engine/cast/non-speaker';

const regex = (s: string) => s.search(/[^.,;:!?]*$/u);

describe('afterLastPunctuation', () => {
  test.each([
    '',
    'dilaporkan majalah ',
    'sudah selesai. Menurut laman resmi ',
    'harga naik, kata surat kabar ',
    'Apa? Tidak! Lalu; kemudian: ',
    'berakhir.',
    '...,,,;;',
    'kabar 𝒳 dari kantor berita ',
    'tanya 😀, jawab 😀 ',
    ' . ',
  ])('%j', s => expect(afterLastPunctuation(s)).toBe(regex(s)));

  test('every slice of a sentence with each mark', () => {
    const text =
      'Pada Senin, harga naik; warga bertanya: mengapa? Jawabnya jelas! Menurut majalah itu.';
    for (let a = 0; a < text.length; a++)
      for (let b = a; b <= text.length; b++)
        expect(afterLastPunctuation(text.slice(a, b))).toBe(regex(text.slice(a, b)));
  });
});

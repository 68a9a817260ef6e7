import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** The speakers of each quote of invented paragraphs, joined by ` + `. */
const speakers = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers.join(' + '));

describe('Sundanese and Balinese forms of address are no part of the name (lexicon/honorifics.ts)', () => {
  test.each([
    [
      'Anggota DPRD Cibening, Asep Sumantri, menilai anggaran pasar kurang.',
      '“Harus ditambah,” kata Kang Asep.',
      'Asep Sumantri',
    ],
    [
      'Ninih Suryani, pedagang kue di pasar itu, menyebut pesanan naik.',
      '“Ramai sekali menjelang Lebaran,” kata Teh Ninih.',
      'Ninih Suryani',
    ],
    [
      'Komang Ardana, pemandu wisata, menyebut turis asing bertambah.',
      '“Hotel sudah penuh,” kata Bli Komang.',
      'Komang Ardana',
    ],
  ])('%s / %s → %s', (intro, quote, name) => expect(speakers(intro, quote).at(-1)).toBe(name));
});

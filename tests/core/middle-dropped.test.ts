import { describe, expect, test } from 'vitest';
import { dropsMiddle } from '../../core/engine/cast/name-match';
import { analyzeBody } from './summarize';

const words = (s: string) => s.toLowerCase().split(' ');

describe('dropsMiddle: a later form that leaves out middle words', () => {
  test.each([
    ['Darius Iskandar', 'Darius Ahmad Iskandar', true],
    ['Rina Lestari', 'Rina Dewi Lestari', true],
    ['Dimas Saputra', 'Dimas Ahmad Rizal Saputra', true],
    ['Dimas Rizal Saputra', 'Dimas Ahmad Rizal Saputra', true],
    // The first and the last word must both be kept.
    ['Dewi Lestari', 'Rina Dewi Lestari', false],
    ['Rina Dewi', 'Rina Dewi Lestari', false],
    // Out of order, a word the full name lacks, the same length, or one word alone.
    ['Dimas Saputra Rizal', 'Dimas Rizal Muhammad Saputra', false],
    ['Rina Sari Lestari', 'Rina Dewi Lestari', false],
    ['Rina Lestari', 'Rina Lestari', false],
    ['Rina', 'Rina Dewi Lestari', false],
  ])('%s in %s → %s', (short, full, drops) =>
    expect(dropsMiddle(words(short), words(full))).toBe(drops),
  );
});

describe('the cast reads a form without the middle name as the person named in full', () => {
  const speakers = (...paragraphs: string[]) =>
    analyzeBody(...paragraphs).quotes.map(q => q.speakers.join(' + '));

  test('one person fits', () =>
    expect(
      speakers(
        'Kepala Desa Sukamaju Darius Ahmad Iskandar mengatakan warga menolak tambang pasir.',
        '“Kami tidak pernah diajak bicara,” kata Darius Iskandar.',
      ),
    ).toEqual(['Darius Ahmad Iskandar', 'Darius Ahmad Iskandar']));

  test('two people fit: neither is meant', () =>
    expect(
      speakers(
        'Ketua Koperasi Rina Dewi Lestari mengatakan harga pupuk naik.',
        'Ketua RT Rina Sari Lestari menambahkan, air bersih sulit didapat.',
        '“Kami kesulitan,” ujar Rina Lestari.',
      ),
    ).toEqual(['Rina Dewi Lestari', 'Rina Sari Lestari', 'Rina Lestari']));
});

import { describe, expect, test } from 'vitest';
import { skipsWords } from '../../core/engine/cast/name-match';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

const words = (s: string) => s.toLowerCase().split(' ');

describe('skipsWords: a later form that keeps the first or the last word of a long name', () => {
  test.each([
    ['Rizal Harahap', 'Muhammad Rizal Fahmi Harahap', true],
    ['Cut Meutia', 'Cut Nyak Meutia Sari', true],
    ['Agung Oka', 'Anak Agung Ngurah Oka', true],
    ['Andi Arsyad', 'Andi Nurdin Arsyad Baso', true],
    ['Darius Iskandar', 'Darius Ahmad Iskandar', true],
    // Neither end kept, out of order, a word the name lacks, the same length, one word alone.
    ['Nyak Meutia', 'Cut Nyak Meutia Sari', false],
    ['Harahap Rizal', 'Muhammad Rizal Fahmi Harahap', false],
    ['Rizal Siregar', 'Muhammad Rizal Fahmi Harahap', false],
    ['Rina Lestari', 'Rina Lestari', false],
    ['Harahap', 'Muhammad Rizal Fahmi Harahap', false],
  ])('%s in %s → %s', (short, full, skips) =>
    expect(skipsWords(words(short), words(full))).toBe(skips),
  );
});

describe('the cast reads a long name shortened by skipped words as that person (cast.skippedWords)', () => {
  const speakers = (...paragraphs: string[]) =>
    analyzeBody(...paragraphs).quotes.map(q => q.speakers.join(' + '));

  test.each([
    [
      'Muhammad Rizal Fahmi Harahap, ketua kelompok tani, menyebut panen gagal.',
      '“Hujan turun terus,” ujar Rizal Harahap.',
      'Muhammad Rizal Fahmi Harahap',
    ],
    [
      'Cut Nyak Meutia Sari, pemilik warung kopi, menyebut harga gula naik.',
      '“Semua serba naik,” ujar Cut Meutia.',
      'Cut Nyak Meutia Sari',
    ],
    [
      'Andi Nurdin Arsyad Baso, kepala desa, menyebut jalan rusak.',
      '“Sudah dua tahun begini,” kata Andi Arsyad.',
      'Andi Nurdin Arsyad Baso',
    ],
  ])('%s / %s → %s', (intro, quote, name) => {
    expect(speakers(intro, quote).at(-1)).toBe(name);
    const off = withFeaturesOff(['cast.skippedWords'], () => speakers(intro, quote));
    expect(off.at(-1)).not.toBe(name);
  });

  test('two people who share the given name and title: each short form finds its own', () =>
    expect(
      speakers(
        'Ketua RT Cut Nyak Meutia Sari dan Ketua RW Cut Nyak Aminah Sari hadir di balai desa.',
        '“Air belum mengalir,” ujar Cut Meutia.',
        '“Kami sudah lapor,” ujar Cut Aminah.',
      ),
    ).toEqual(['Cut Nyak Meutia Sari', 'Cut Nyak Aminah Sari']));

  test('two people fit the short form: neither is meant', () =>
    expect(
      speakers(
        'Ketua Koperasi Muhammad Rizal Fahmi Harahap menyebut pupuk langka.',
        'Ketua RT Muhammad Rizal Akbar Harahap menambahkan, air bersih sulit.',
        '“Kami kesulitan,” ujar Rizal Harahap.',
      ).at(-1),
    ).toBe('Rizal Harahap'));
});

describe('an initial stands for the word it opens in a shortened name (cast.initialWord)', () => {
  const speakers = (...paragraphs: string[]) =>
    analyzeBody(...paragraphs).quotes.map(q => q.speakers.join(' + '));

  test.each([
    ['kata M Rizal.', 'Muhammad Rizal Fahmi'],
    ['kata M. Rizal.', 'Muhammad Rizal Fahmi'],
  ])('Muhammad Rizal Fahmi … %s → %s', (cue, name) => {
    const intro = 'Muhammad Rizal Fahmi, warga setempat, menyebut air sumur keruh.';
    const quote = `“Sudah seminggu begini,” ${cue}`;
    expect(speakers(intro, quote).at(-1)).toBe(name);
    const off = withFeaturesOff(['cast.initialWord'], () => speakers(intro, quote));
    expect(off.at(-1)).not.toBe(name);
  });

  test('two names the initial fits: neither is meant', () =>
    expect(
      speakers(
        'Muhammad Rizal Fahmi dan Maruf Rizal Akbar, warga setempat, menyebut air sumur keruh.',
        '“Sudah seminggu begini,” kata M Rizal.',
      ).at(-1),
    ).toBe('M Rizal'));
});

import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** Each quote's speakers with the speaker's role, as `Name (role)`. */
const speakersOf = (line: string) => {
  const { quotes, speakers } = analyzeBody(line);
  const role = new Map(speakers.map(s => [s.name, s.role]));
  return quotes.map(q => q.speakers.map(n => `${n} (${role.get(n) ?? '-'})`).join(' + '));
};

describe('an occupation before a name is the person’s role, never part of the name', () => {
  test.each([
    ['Petani Budi mengatakan, harga pupuk di desa itu naik tajam tahun ini.', 'Budi (Petani)'],
    ['“Harga pupuk naik lagi,” kata petani Budi di sawahnya.', 'Budi (petani)'],
    [
      'Mahasiswa Rina Kartika menilai biaya kuliah terlalu berat bagi keluarganya.',
      'Rina Kartika (Mahasiswa)',
    ],
    ['"The bus never came," said driver Budi Santoso.', 'Budi Santoso (driver)'],
    // Professions written as a title before the name, as newsrooms do.
    [
      'Advokat Rudi Hartono mengatakan kliennya akan mengajukan banding pekan depan.',
      'Rudi Hartono (Advokat)',
    ],
    ['“Akta itu sah secara hukum,” kata Notaris Dewi Lestari.', 'Dewi Lestari (Notaris)'],
    ['Apoteker Rina Kartika menyebut stok obat flu menipis.', 'Rina Kartika (Apoteker)'],
    ['"The bridge is safe," said engineer Budi Santoso.', 'Budi Santoso (engineer)'],
  ])('%s', (line, speaker) => expect(speakersOf(line)).toEqual([speaker]));

  test.each([
    // Without a name the member noun stays an unnamed speaker.
    ['“Harga pupuk naik lagi,” kata seorang petani di sawahnya.', ''],
    ['“Ombak terlalu tinggi,” ujar seorang nelayan di dermaga.', ''],
  ])('unnamed: %s', (line, speaker) => expect(speakersOf(line)).toEqual([speaker]));
});

describe('a plural role before a pair describes both people', () => {
  test.each([
    [
      'Farmers Budi and Rina said the price of fertiliser rose sharply this year.',
      'Budi (Farmers) + Rina (Farmers)',
    ],
    ['"Prices rose again," said farmers Budi and Rina.', 'Budi (farmers) + Rina (farmers)'],
    // A singular role stays with the first name: Indonesian marks no number on the noun.
    [
      'Petani Budi dan Rina mengatakan bahwa harga pupuk di desa itu naik tajam tahun ini.',
      'Budi (Petani) + Rina (-)',
    ],
    [
      'Menteri Budi Santoso dan Rina Kartika mengatakan bahwa koalisi tetap solid.',
      'Budi Santoso (Menteri) + Rina Kartika (-)',
    ],
  ])('%s', (line, speakers) => expect(speakersOf(line)).toEqual([speakers]));
});

describe('a list of named subjects before the cue', () => {
  test.each([
    [
      'Ketua Umum Partai Maju, Budi Santoso, dan Sekjen Rina Kartika mengatakan koalisi tetap solid.',
      'Budi Santoso (Ketua Umum Partai Maju) + Rina Kartika (Sekjen)',
    ],
    [
      'Budi, Rina, dan Andi mengatakan bahwa harga pupuk di desa itu naik tajam.',
      'Budi (-) + Rina (-) + Andi (-)',
    ],
    // A place before the comma is an adjunct, not a member.
    [
      'Di Cibening, Budi Santoso dan Rina Kartika mengatakan bahwa koalisi tetap solid.',
      'Budi Santoso (-) + Rina Kartika (-)',
    ],
  ])('%s', (line, speakers) => expect(speakersOf(line)).toEqual([speakers]));
});

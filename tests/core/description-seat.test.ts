import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import {
  describedNames,
  describedSeats,
  descriptionWords,
  otherSeat,
} from '../../core/engine/discourse/description-agreement';
import { lastSpeakers } from './summarize';

/**
 * A description pointing back and a person's role that fill one seat with different words are
 * about two people, however many words they share: another post in the same body (`anggota
 * Komisi B` for `ujar Ketua Komisi B itu`) or another body of one kind (`Fraksi Bulan` for
 * `politikus Partai Surya itu`, `Komisi D` for `Komisi B`).
 */
const CASES: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  [
    'the chair of a commission whose role was never written so, after a member of it spoke',
    [
      'Rapat dipimpin Hartono Wibisono, politikus senior dari Sidareja.',
      '“Kami minta data lengkap,” kata Hartono.',
      'Rina Puspita, anggota Komisi B, mempertanyakan anggaran pompa air.',
      '“Pompanya rusak sejak tahun lalu,” ujar Rina.',
      'Hartono kemudian meminta dinas menyerahkan laporan dalam sepekan.',
      '“Kalau laporannya tidak masuk, rapat kami lanjutkan,” ujar Ketua Komisi B itu.',
    ],
    ['Hartono Wibisono'],
  ],
  [
    'a party politician whose role names no party, after a member of another caucus spoke',
    [
      'Anggota Komisi B dari Fraksi Bulan Sabit, Rina Puspita, mempertanyakan anggaran pompa air.',
      '“Pompanya rusak sejak tahun lalu,” ujar Rina.',
      'Ketua Komisi B, Hartono Wibisono, meminta dinas menyerahkan laporan dalam sepekan.',
      'Hartono menyebut komisi tidak ingin keputusan diambil tanpa data.',
      '“Kami tidak mau tahu dari media,” ujar politikus Partai Surya itu.',
    ],
    ['Hartono Wibisono'],
  ],
  [
    'the chair of one commission, after the chair of another spoke last',
    [
      'Ketua Komisi B DPRD Sidareja, Hartono Wibisono, membuka rapat soal banjir.',
      '“Kami minta data lengkap,” kata Hartono.',
      'Ketua Komisi D DPRD Sidareja, Rina Puspita, menyoroti sekolah yang terendam.',
      '“Anak-anak belajar di tenda,” ujar Rina.',
      '“Kalau laporannya tidak masuk, rapat kami lanjutkan,” ujar Ketua Komisi B itu.',
    ],
    ['Hartono Wibisono'],
  ],
];

describe('a description and a role that fill one seat differently are two people', () => {
  test.each(CASES)('%s', (_, paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
  });

  test('switched off, the member or the caucus member who shares a word takes it', () => {
    const [, chair] = CASES[0]!;
    const [, politician] = CASES[1]!;
    withFeaturesOff(['discourse.descriptionOtherSeat'], () => {
      expect(lastSpeakers(...chair)).toEqual(['Rina Puspita']);
      expect(lastSpeakers(...politician)).toEqual(['Rina Puspita']);
    });
  });
});

describe('which seat a description and a role fill', () => {
  test.each([
    // Another post in the body.
    ['Ketua Komisi B itu', 'anggota Komisi B', true],
    ['Wakil Ketua Komisi B itu', 'Ketua Komisi B', true],
    ['anggota Komisi B itu', 'Wakil Ketua Komisi B', true],
    // A post of another body: a commission's deputy chair is a member of the house too.
    ['anggota DPRD itu', 'Wakil Ketua Komisi B DPRD', false],
    // The description's post is among the role's words: the same post, or one above it.
    ['Ketua Komisi B itu', 'Wakil Ketua Komisi B', false],
    ['Ketua Komisi B itu', 'Ketua Komisi B DPRD Sidareja', false],
    // A short form is one post in one token: nothing to tell.
    ['Direktur Utama PDAM itu', 'Dirut PDAM Sidareja', false],
    // Another body of one kind, after the same head or one naming the same body.
    ['politikus Partai Surya itu', 'Anggota Komisi B dari Fraksi Bulan', true],
    ['politikus Partai Surya itu', 'Anggota Komisi B dari Fraksi Partai Surya', false],
    ['politikus Surya itu', 'Anggota DPRD dari Fraksi Bulan', true],
    ['Ketua Komisi B itu', 'Ketua Komisi D', true],
    ['pelatih Persika itu', 'Pelatih kepala Persiba', true],
    ['pelatih Persika itu', 'Pelatih kepala Persika', false],
    // No name after the role's head, or none in the description: nothing to tell.
    ['Ketua Komisi B itu', 'Ketua komisi yang baru', false],
    ['politikus senior itu', 'Anggota DPRD dari Fraksi Bulan', false],
    ['politikus muda itu', 'politikus muda', false],
    // A place after an origin word is where the person is from, no body's name.
    ['pelatih asal Brasil itu', 'Pelatih Bintang Timur', false],
  ] as const)('%s against %s', (description, role, expected) => {
    const words = descriptionWords(description);
    const seats = describedSeats(description);
    expect(otherSeat(words, seats, describedNames(description), role)).toBe(expected);
  });
});

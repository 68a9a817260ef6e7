import { describe, expect, test } from 'vitest';
import { lastSpeakers, roleCreditedTo } from './summarize';

/**
 * Words the lexicons lacked (lexicon/honorifics.ts, lexicon/roles.ts), each in invented newsroom
 * prose: a Minangkabau form of address, degrees and a priest's letters written after a name, and a
 * regional village head's title. Without them the word stayed inside the speaker's name.
 */
describe('forms of address, degrees and priests’ letters stay out of the name', () => {
  test.each([
    [
      'Warga Lintau, Amai Rosnida (60), berharap jembatan segera diperbaiki.',
      '“Kami harus memutar jauh,” ujar Rosnida.',
      'Rosnida',
    ],
    [
      'Pedagang rendang, Uda Fikri, mengaku omzetnya turun.',
      '“Sepi sekali minggu ini,” kata Uda Fikri.',
      'Fikri',
    ],
    [
      'Kepala Dinas Pertanian Cibening, Ir Hendra Wijaya MP, menyatakan pompa sudah dikirim.',
      '“Dua pompa sudah sampai,” ujar Hendra.',
      'Hendra Wijaya',
    ],
    [
      'Kepala Balai Penyuluhan, Rina Kartika S.Pt, menyebut vaksin ternak tersedia.',
      '“Vaksin cukup untuk sebulan,” kata Rina.',
      'Rina Kartika',
    ],
    [
      'Pastor Paroki Santo Yosef, Romo Antonius Seran Pr, mengajak umat bergotong royong.',
      '“Gereja terbuka untuk pengungsi,” kata Romo Antonius.',
      'Antonius Seran',
    ],
    [
      'Rektor kolese itu, Romo Paulus Wijaya SJ, membuka pameran.',
      '“Siswa belajar dari sejarah,” ujar Romo Paulus.',
      'Paulus Wijaya',
    ],
  ])('%s', (intro, quote, who) => {
    expect(lastSpeakers(intro, quote)).toEqual([who]);
  });
});

describe('a regional village head’s title is a role', () => {
  test('`jaro`, the Baduy and Banten village head', () => {
    expect(
      roleCreditedTo(
        'Darma',
        'Jaro Cikeusik, Darma, menuturkan jembatan itu putus sejak Senin.',
        'Jalan itu satu-satunya akses warga',
      ),
    ).toBe('Jaro Cikeusik');
  });
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/**
 * A bare title (`ujar Rektor`) means the one holding the office itself, not a deputy or an
 * assistant of it named later (`Wakil Rektor …`, `Asisten pelatih …`), though the deputy spoke last.
 */
const CASES: readonly (readonly [string, readonly string[], string, string])[] = [
  [
    'a rector and a vice-rector',
    [
      'Rektor Universitas Nusa Bangsa, Prof Ahmad Zaki, mengatakan kampus membuka jalur beasiswa.',
      'Wakil Rektor Bidang Akademik, Dr Sinta Dewi, menambahkan kuota beasiswa naik.',
      '"Kami ingin anak petani bisa kuliah," ujar Rektor.',
    ],
    'Ahmad Zaki',
    'Sinta Dewi',
  ],
  [
    'a regent and the deputy regent who spoke last',
    [
      'Bupati Sukalaras, Anwar Hidayat, meresmikan pasar baru pada Senin.',
      'Wakil Bupati Sukalaras, Yanti Kusuma, mengatakan kios dibagikan gratis. "Pedagang lama kami dahulukan," kata Yanti.',
      '"Pasar ini harus bersih dan tertib," kata Bupati.',
    ],
    'Anwar Hidayat',
    'Yanti Kusuma',
  ],
  [
    'a head coach and an assistant',
    [
      'Pelatih Persikota, Heru Santoso, puas dengan hasil uji coba.',
      'Asisten pelatih Persikota, Dani Kurniawan, menyebut lini belakang masih rapuh. "Kami perlu waktu," ujar Dani.',
      '"Tim ini akan lebih baik di laga resmi," kata pelatih.',
    ],
    'Heru Santoso',
    'Dani Kurniawan',
  ],
];

describe('a bare title means the office holder, not the deputy', () => {
  test.each(CASES)('%s', (_, paragraphs, holder) => {
    expect(lastSpeakers(...paragraphs)).toEqual([holder]);
  });

  test('switched off, the deputy named last takes the title', () => {
    for (const [, paragraphs, , deputy] of CASES)
      withFeaturesOff(['cast.deputyNotTitle'], () =>
        expect(lastSpeakers(...paragraphs)).toEqual([deputy]),
      );
  });

  test('a deputy title is still the deputy', () => {
    const [, paragraphs] = CASES[1]!;
    const asked = [
      ...paragraphs.slice(0, 2),
      '"Kami siapkan petugas kebersihan," kata Wakil Bupati.',
    ];
    expect(lastSpeakers(...asked)).toEqual(['Yanti Kusuma']);
  });

  test('with nobody holding the office itself, the deputy', () => {
    expect(
      lastSpeakers(
        'Wakil Rektor Bidang Akademik, Dr Sinta Dewi, mengatakan kuota beasiswa naik.',
        '"Kami ingin anak petani bisa kuliah," ujar Rektor.',
      ),
    ).toEqual(['Sinta Dewi']);
  });
});

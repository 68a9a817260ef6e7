import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { initialsForms, seatedInitialsForms } from '../../core/engine/cast/role-head';
import { lastSpeakers } from './summarize';

/**
 * A role that spells out its organisation (`Ketua Komisi Pemilihan Umum`) is also held by the
 * title that writes the organisation by its initials (`kata Ketua KPU`), though no bracket
 * introduced them.
 */
const CASES: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  [
    'an election commission',
    [
      'Ketua Komisi Pemilihan Umum Arga Nugraha mengatakan logistik pemilu sudah terdistribusi.',
      'Anggota Bawaslu Rini Wulandari menilai pengawasan harus diperketat.',
      '“Kami siap menggelar pemungutan suara ulang,” kata Ketua KPU.',
    ],
    ['Arga Nugraha'],
  ],
  [
    'a dam agency, a regent between',
    [
      'Kepala Badan Nasional Pengelola Bendungan Sutarjo Pranoto meninjau lokasi longsor.',
      'Bupati Sukamaju Rudi Santika melaporkan 12 warga masih hilang.',
      '“Pencarian kami perpanjang tujuh hari,” ujar Kepala BNPB.',
    ],
    ['Sutarjo Pranoto'],
  ],
];

describe('a title with the initials of the organisation a role spells out', () => {
  test.each(CASES)('%s', (_, paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
  });

  test('switched off, the title names nobody', () => {
    const [, first] = CASES[0]!;
    // The title is also pieces of the role word by word (cast.piecewiseTitle): off with it.
    withFeaturesOff(['cast.initialsRole', 'cast.piecewiseTitle'], () =>
      expect(lastSpeakers(...first)).toEqual([]),
    );
  });

  test.each([
    ['Ketua Komisi Pemilihan Umum', ['Ketua KPU', 'Ketua Komisi PU']],
    ['Gubernur Bank Indonesia', ['Gubernur BI']],
    ['Ketua Umum Partai Amanat Nasional', ['Ketua UPAN', 'Ketua Umum PAN', 'Ketua Umum Partai AN']],
    [
      'Kepala Badan Pengawas Obat dan Makanan',
      ['Kepala BPOM', 'Kepala Badan POM', 'Kepala Badan Pengawas OM'],
    ],
    // An acronym or a number inside the run, or a single word after the head: no form.
    ['Anggota Komisi III DPR', []],
    ['Menteri Keuangan', []],
  ])('%s', (role, forms) => {
    expect(initialsForms(role)).toEqual(forms);
  });
});

// cast.initialsBeforeSeat: the organisation by the initials of its first words and the seat after
// them written out (`Ketua PN Pontianak`), so a bare `Ketua PN` finds the chair, not the deputy who
// wrote the acronym in brackets.
const SEATED: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  [
    'a district court’s chair and its deputy',
    [
      'Ketua Pengadilan Negeri Cibening Hendra Wijaya mengapresiasi pengunjung yang tertib.',
      'Wakil Ketua Pengadilan Negeri (PN) Cibening, Rudi Hartono, menjelaskan layar disediakan di luar ruang sidang. “Ini sidang terbuka,” kata Wakil Ketua PN.',
      '“Ke depan kami akan menata ruang tunggu,” ujar Ketua PN.',
    ],
    ['Hendra Wijaya'],
  ],
  [
    'a statistics office head by its acronym',
    [
      'Kepala Badan Pusat Statistik Jawa Barat Sari Wulandari menyebut inflasi turun.',
      'Ekonom Universitas Cibening Budi Santoso menilai harga pangan masih rawan.',
      '“Harga beras mulai stabil,” kata Kepala BPS.',
    ],
    ['Sari Wulandari'],
  ],
];

describe('a title with the initials of the organisation before its seat (cast.initialsBeforeSeat)', () => {
  test.each(SEATED)('%s', (_, paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
  });

  test.each(SEATED)('switched off: %s', (_, paragraphs, speakers) => {
    // The title is also pieces of the role word by word (cast.piecewiseTitle): off with it.
    const off = withFeaturesOff(['cast.initialsBeforeSeat', 'cast.piecewiseTitle'], () =>
      lastSpeakers(...paragraphs),
    );
    expect(off).not.toEqual(speakers);
  });

  test('the seated forms of a spelled-out role', () => {
    expect(seatedInitialsForms('Ketua Pengadilan Negeri Pontianak')).toEqual([
      'Ketua PN Pontianak',
    ]);
  });
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { initialsForms } from '../../core/engine/cast/role-head';
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
    withFeaturesOff(['cast.initialsRole'], () => expect(lastSpeakers(...first)).toEqual([]));
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

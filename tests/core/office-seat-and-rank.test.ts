import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

// names.rankOneInRole: `Wakil Rektor I` keeps its Roman one, so a bare `ujar Wakil Rektor I` means the
// first deputy, not the `Wakil Rektor II` heard last.
const RANKED: [string, string[], string][] = [
  [
    'the first deputy after the second',
    [
      'Wakil Rektor II Bidang Keuangan, Fadhlan Syahputra, memaparkan biaya kampus. “Kami harus jujur soal angka ini,” kata Wakil Rektor II.',
      'Adapun Wakil Rektor I Bidang Akademik, Hendri Gunawan, menyoroti mutu layanan.',
      '“Mahasiswa berhak menuntut layanan lebih baik,” ujar Wakil Rektor I.',
    ],
    'Hendri Gunawan',
  ],
  [
    'the first assistant after the second',
    [
      'Asisten II Sekda Cibening, Rudi Hartono, menyebut anggaran terbatas. “Kami prioritaskan jalan desa,” kata Asisten II.',
      'Asisten I Sekda Cibening, Sari Wulandari, menyoroti layanan kependudukan.',
      '“Antrean KTP harus dipangkas,” ujar Asisten I.',
    ],
    'Sari Wulandari',
  ],
];

// names.model.areaHeadPlace: a word the article writes after a capitalised area head (`Desa X`)
// is a place; alone after an office (`kata Perbekel X itu`) it is the office's seat, no person.
const SEATED: [string, string[], string][] = [
  [
    'a village head by the village alone',
    [
      'Ratusan warga Desa Ungasan mendatangi kantor bupati.',
      'Nada keras disampaikan Perbekel Desa Ungasan, I Ketut Arsana Yasa. Menurut Arsana, izin resor itu patut dipertanyakan.',
      '“Aturan sempadan jurang itu jelas,” kata Perbekel Ungasan itu.',
    ],
    'I Ketut Arsana Yasa',
  ],
  [
    'a Balinese village head by the village alone',
    [
      'Longsor menimbun jalan di Desa Tenganan sejak Senin.',
      'Perbekel Desa Tenganan, Hendra Wijaya, menyebut 40 rumah terancam. Menurut Hendra, alat berat sudah datang.',
      '“Warga mengungsi ke masjid,” ujar Perbekel Tenganan itu.',
    ],
    'Hendra Wijaya',
  ],
];

describe('the Roman one ranking an office stays in its title (names.rankOneInRole)', () => {
  test.each(RANKED)('%s', (_, paragraphs, who) => {
    expect(lastSpeakers(...paragraphs)).toEqual([who]);
  });
  test.each(RANKED)('switched off: %s', (_, paragraphs, who) => {
    const off = withFeaturesOff(['names.rankOneInRole'], () => lastSpeakers(...paragraphs));
    expect(off).not.toEqual([who]);
  });
});

describe('an office’s seat the article writes as a place is no person (names.model.areaHeadPlace)', () => {
  test.each(SEATED)('%s', (_, paragraphs, who) => {
    expect(lastSpeakers(...paragraphs)).toEqual([who]);
  });
  test.each(SEATED.slice(0, 1))('switched off: %s', (_, paragraphs, who) => {
    const off = withFeaturesOff(['names.model.areaHeadPlace'], () => lastSpeakers(...paragraphs));
    expect(off).not.toEqual([who]);
  });
});

// names.officeClassOne: `Kelas I` is the class of an office, in its name, so the seat after it is
// no person and the office speaks as one.
describe('the class of an office stays in its name (names.officeClassOne)', () => {
  const statement = 'Rutan Kelas I Cibening menyatakan jumlah tahanan melebihi kapasitas.';
  test('the office speaks', () => {
    expect(lastSpeakers(statement)).toEqual(['Rutan Kelas I Cibening']);
  });
  test('switched off, its seat is read as a person', () => {
    expect(withFeaturesOff(['names.officeClassOne'], () => lastSpeakers(statement))).toEqual([
      'Cibening',
    ]);
  });
});

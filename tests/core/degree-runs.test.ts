import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { speakerRoles } from './summarize';

// A degree written with dots (`Sp.P`, `S.Sos`) is split by the tokenizer into a run of its own;
// set off by commas after a name, it mentions nobody and is no role, and a consultant's `(K)`
// after a specialist degree belongs to the degree.
describe('degrees after a name are neither name nor role', () => {
  test.each([
    [
      'Juru bicara Dinas Kesehatan Cibening dr. Hendra Wijaya, Sp.P, MPH, mengatakan, “Kasus turun.”',
      'Hendra Wijaya',
      'Juru bicara Dinas Kesehatan Cibening',
      'names.degreeRunAlone',
    ],
    [
      'Direktur RSUD Cibening dr. Lestari Anggraini, Sp.JP, MARS, menyatakan, “Ruang anak penuh.”',
      'Lestari Anggraini',
      'Direktur RSUD Cibening',
      'names.degreeRunAlone',
    ],
    [
      'Camat Sukamaju Hj. Ratna Dewi, S.Sos, M.Si, mengatakan, “Warga tertib.”',
      'Ratna Dewi',
      'Camat Sukamaju',
      'names.degreeRunAlone',
    ],
    [
      'Dokter anak dr Wulan Sari SpA(K) mengatakan, “Imunisasi penting.”',
      'Wulan Sari',
      'Dokter anak',
      'names.consultantMark',
    ],
    [
      'Dokter kandungan dr Maya Puspita, Sp.OG(K), mengingatkan, “Periksa rutin.”',
      'Maya Puspita',
      'Dokter kandungan',
      'names.consultantMark',
    ],
  ])('%s', (text, name, role, feature) => {
    expect(speakerRoles(text)).toEqual([[name, role]]);
    expect(withFeaturesOff([feature as never], () => speakerRoles(text))).not.toEqual([
      [name, role],
    ]);
  });
});

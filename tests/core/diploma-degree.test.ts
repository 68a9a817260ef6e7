import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { isDegree } from '../../core/lexicon/honorifics';
import { indirectQuotes } from './summarize';

// names.diplomaDegree, and the nutrition and midwifery degrees of the national list
describe('a diploma or a health degree after a name is a degree', () => {
  test.each([
    [
      'Bidan Desa Lubai, Sukarmini, Amd.Keb, mengatakan jumlah ibu hamil yang memeriksakan diri naik.',
      'Sukarmini',
    ],
    ['Perawat puskesmas, Sumilah, A.Md.Kep, mengatakan stok obat cukup.', 'Sumilah'],
    [
      'Ahli gizi dari Universitas Nusa, Prof. Dr. Wartinah Purbasari, M.Gz, menilai menu sekolah perlu memakai ikan lokal.',
      'Wartinah Purbasari',
    ],
  ])('%s', (line, speaker) => {
    expect(indirectQuotes(line)[0]).toMatch(new RegExp(`→ ${speaker}$`));
  });

  test.each(['Amd.Keb', 'A.Md.Kep', 'AMd', 'A.Md.T'])('%s is a diploma', d => {
    expect(isDegree(d)).toBe(true);
    expect(withFeaturesOff(['names.diplomaDegree'], () => isDegree(d))).toBe(false);
  });

  test.each(['Amd.keb', 'Ahmad', 'Amdani'])('%s is none', w => {
    expect(isDegree(w)).toBe(false);
  });
});

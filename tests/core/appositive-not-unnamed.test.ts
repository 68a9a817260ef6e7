import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const OFF = ['cast.appositiveNotUnnamed'] as const;
const HEAD =
  'Ketua kelompok tani, Karyono Wiguna, mengatakan sawah di desa itu terendam sejak Senin. “Ada 40 hektare yang rusak,” kata Karyono.';

describe('`seorang …` after a name set off by commas describes that person', () => {
  test.each([
    ['Tetangganya, Sudarmaji Atmo, seorang buruh tani, juga kehilangan panen.'],
    ['Sudarmaji Atmo, seorang buruh tani, juga kehilangan panen.'],
  ])('%s', narrated => {
    const lines = [HEAD, `${narrated} “Semua padi saya busuk,” ucapnya.`];
    expect(lastSpeakers(...lines)).toEqual(['Sudarmaji Atmo']);
    expect(withFeaturesOff([...OFF], () => lastSpeakers(...lines))).toEqual([]);
  });

  test('after a place the clause opens, `seorang …` brings somebody new in', () => {
    const lines = [
      HEAD,
      'Di Dusun Krajan Kidul, seorang buruh tani juga kehilangan panen. “Semua padi saya busuk,” ucapnya.',
    ];
    expect(lastSpeakers(...lines)).toEqual([]);
  });
});

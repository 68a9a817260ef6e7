import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const QUOTE = '“Kami minta gaji segera dibayar,” kata mereka.';

describe('two people each set off after their own role, the second capitalised, are one pair', () => {
  test.each([
    [
      'Ketua Umum Serikat Pekerja Nusa, Yosef Tambunan, dan Sekretaris Jenderal, Fransiskus Hermawan, mengungkapkan tuntutan itu seusai rapat dengan manajemen.',
      ['Fransiskus Hermawan', 'Yosef Tambunan'],
    ],
    [
      'Ketua Koperasi Tani Makmur, Siti Zubaidah, dan Bendahara, Dewi Lestari, mendatangi kantor dinas.',
      ['Dewi Lestari', 'Siti Zubaidah'],
    ],
  ])('%s', (line, pair) => {
    expect([...lastSpeakers(line, QUOTE)].sort()).toEqual(pair);
  });

  test('a capitalised place after the join is no role: no pair', () => {
    const line =
      'Ketua Umum Serikat Pekerja Nusa, Yosef Tambunan, dan Jakarta Utara, Fransiskus Hermawan, disebut dalam laporan itu.';
    expect(lastSpeakers(line, QUOTE)).toEqual([]);
  });

  test('switched off, `mereka` finds no pair', () => {
    const line =
      'Ketua Umum Serikat Pekerja Nusa, Yosef Tambunan, dan Sekretaris Jenderal, Fransiskus Hermawan, mengungkapkan tuntutan itu seusai rapat dengan manajemen.';
    const off = withFeaturesOff(['discourse.capitalRolePair'], () => lastSpeakers(line, QUOTE));
    expect(off).toEqual([]);
  });
});

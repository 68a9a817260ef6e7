import { describe, expect, test } from 'vitest';
import { withFeaturesOff, type FeatureName } from '../../core/engine/features';
import { analyzeBody } from './summarize';

const lastSpeakers = (...lines: string[]) => analyzeBody(...lines).quotes.at(-1)!.speakers;
const BEFORE = [
  'Putra sulungnya, Bramantyo Kusnandar, mengusulkan kue dijual secara daring.',
  '“Penjualan daring kini separuh omzet,” kata Bramantyo.',
];
const QUOTE = '“Adonan harus diuleni sampai kalis,” kata beliau.';

// discourse.dweltOnSubject, discourse.subjectAfterOthers, discourse.describedAfterAdjunct
describe('a newcomer the writer dwells on is the topic a pronoun means', () => {
  test.each([
    [
      'Di ruang tengah, ibunda Wartinah, Sumilah Purbaningrum, menunggui oven. Perempuan berusia 80 tahun itu masih ikut menguleni adonan tiap pagi.',
      ['discourse.dweltOnSubject', 'discourse.subjectAfterOthers'],
    ],
    [
      'Di ruang tengah, ibunda Wartinah, Sumilah Purbaningrum, menunggui oven. Dari kursi rotannya, perempuan itu masih ikut menguleni adonan tiap pagi.',
      ['discourse.dweltOnSubject', 'discourse.describedAfterAdjunct'],
    ],
  ])('%s', (between, switches) => {
    expect(lastSpeakers(...BEFORE, between, QUOTE)).toEqual(['Sumilah Purbaningrum']);
    for (const s of switches)
      expect(
        withFeaturesOff([s as FeatureName], () => lastSpeakers(...BEFORE, between, QUOTE)),
      ).toEqual(['Bramantyo Kusnandar']);
  });

  test('a kinswoman named but not gone on about is talked about: the last speaker keeps it', () => {
    const between =
      'Di ruang tengah, ibunda Wartinah, Sumilah Purbaningrum, menunggui oven. Adonan itu dibuat sejak subuh.';
    expect(lastSpeakers(...BEFORE, between, QUOTE)).toEqual(['Bramantyo Kusnandar']);
  });
});

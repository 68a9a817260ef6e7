import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

const OFFICIAL = 'Bupati Ende Jonaedi Purba meninjau lokasi banjir pada Senin.';
const speakers = (line: string) => analyzeBody(OFFICIAL, line).quotes.at(-1)!.speakers;

// names.memberSurname: a rare given name before a known surname after a member noun.
describe('a member noun before a name ending in a surname keeps the name', () => {
  test.each([
    ['Petani Kusmawati Lubis mengatakan air naik sejak subuh.', 'Kusmawati Lubis'],
    ['Relawan Sekarwangi Santoso menuturkan dapur umum kekurangan beras.', 'Sekarwangi Santoso'],
    ['Warga Wartinah Wijaya mengatakan rumahnya terendam setinggi lutut.', 'Wartinah Wijaya'],
  ])('%s', (line, name) => {
    expect(speakers(line)).toEqual([name]);
    expect(withFeaturesOff(['names.memberSurname'], () => speakers(line))).toEqual([]);
  });

  test.each([
    'Warga Tanah Abang mengatakan air naik sejak subuh.',
    'Relawan Dompet Sosial mengatakan dapur umum kekurangan beras.',
  ])('a place or a body after the noun stays unnamed: %s', line => {
    expect(speakers(line)).toEqual([]);
  });
});

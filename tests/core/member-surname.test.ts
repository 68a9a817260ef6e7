import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

const OFFICIAL = 'Bupati Ende Jonaedi Purba meninjau lokasi banjir pada Senin.';
/** The speakers of the statement `line` makes, the article calling the person by a name word later. */
const speakers = (line: string, later = '') =>
  analyzeBody(OFFICIAL, line, later).quotes.find(q => line.includes(q.text))!.speakers;

// names.memberSurname: a rare given name before a known surname after a member noun.
describe('a member noun before a name ending in a surname keeps the name', () => {
  test.each([
    ['Petani Kusmawati Lubis mengatakan air naik sejak subuh.', 'Kusmawati Lubis'],
    ['Relawan Sekarwangi Santoso menuturkan dapur umum kekurangan beras.', 'Sekarwangi Santoso'],
    ['Warga Wartinah Wijaya mengatakan rumahnya terendam setinggi lutut.', 'Wartinah Wijaya'],
  ])('%s', (line, name) => {
    const later = `“Kami butuh perahu,” kata ${name.split(' ')[0]}.`;
    expect(speakers(line, later)).toEqual([name]);
    expect(withFeaturesOff(['names.memberSurname'], () => speakers(line, later))).toEqual([]);
  });

  test('the article never calling the person by a name word alone: unnamed as before', () => {
    expect(speakers('Petani Kusmawati Lubis mengatakan air naik sejak subuh.')).toEqual([]);
  });

  test.each([
    'Warga Tanah Abang mengatakan air naik sejak subuh.',
    'Relawan Dompet Sosial mengatakan dapur umum kekurangan beras.',
    'Penumpang Bus Sinar Pratama mengatakan sopir mengemudi terlalu cepat.',
  ])('a place, a body or a vehicle after the noun stays unnamed: %s', line => {
    expect(speakers(line, '“Kami butuh perahu,” kata Jonaedi.')).toEqual([]);
  });
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

const INTRO = [
  'Pesantren itu didirikan Bramantyo Kusnandar pada 2010. Ia mengajar anak-anak di teras rumahnya.',
  '“Waktu itu belum ada guru sama sekali di kampung ini,” kata Bramantyo kepada wartawan.',
];
const last = (...lines: string[]) => {
  const q = analyzeBody(...lines).quotes.at(-1)!;
  return `${q.text} → ${q.speakers.join(' + ')}`;
};

// names.birthTime
describe('when a person was born, after `kelahiran`, is still the description', () => {
  test.each([
    [
      'Menurut pria kelahiran Borong 52 tahun lalu itu, kurikulum sekolah kecil tersebut disusun bersama warga.',
      'kurikulum sekolah kecil tersebut disusun bersama warga → Bramantyo Kusnandar',
    ],
    [
      'Menurut pria kelahiran 1978 itu, kurikulum sekolah kecil tersebut disusun bersama warga.',
      'kurikulum sekolah kecil tersebut disusun bersama warga → Bramantyo Kusnandar',
    ],
  ])('%s', (line, expected) => {
    expect(last(...INTRO, line)).toBe(expected);
    const off = withFeaturesOff(['names.birthTime'], () => last(...INTRO, line));
    expect(off).not.toBe(expected);
  });

  test('at a quote’s cue too', () => {
    const line =
      '“Kami belajar bersama anak-anak,” kata pria kelahiran Tanah Datar 50 tahun silam itu.';
    expect(last(...INTRO, line)).toBe('Kami belajar bersama anak-anak → Bramantyo Kusnandar');
  });

  test('a count of years that is no birth stays out of the description', () => {
    const line = '“Sekolah ini berdiri 20 tahun lalu,” ucap pria itu.';
    expect(last(...INTRO, line)).toBe('Sekolah ini berdiri 20 tahun lalu → Bramantyo Kusnandar');
  });
});

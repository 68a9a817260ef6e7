import { describe, expect, test } from 'vitest';
import { withFeaturesOff, type FeatureName } from '../../core/engine/features';
import { analyzeBody } from './summarize';

const lastSpeakers = (...lines: string[]) => analyzeBody(...lines).quotes.at(-1)!.speakers;
const OPENING = '“Kami bangun rumah ini bersama,” kata Bramantyo Kusnandar, ketua panitia.';

// discourse.professionTitle, names.prepositionBeforePreposition
describe('a description by a profession means the person written with its title', () => {
  test.each([
    [
      'Pemeriksaan gratis di balai warga ditangani dr. Kartinah Purba, Sp.A, bersama dua perawat.',
      '“Banyak yang tensinya tinggi,” kata dokter itu.',
      'Kartinah Purba',
      ['discourse.professionTitle'],
    ],
    [
      'Pemeriksaan gratis di balai warga ditangani dr. Kartinah Purba, Sp.A, bersama dua perawat.',
      '“Banyak yang tensinya tinggi,” kata dokter penyakit dalam di Puskesmas Lubai itu.',
      'Kartinah Purba',
      ['discourse.professionTitle', 'names.prepositionBeforePreposition'],
    ],
  ])('%s %s', (intro, quote, speaker, switches) => {
    expect(lastSpeakers(OPENING, intro, quote)).toEqual([speaker]);
    const off = withFeaturesOff(switches as FeatureName[], () =>
      lastSpeakers(OPENING, intro, quote),
    );
    expect(off).not.toEqual([speaker]);
  });

  test('a dentist is no `dr.`: `dokter gigi` means the one written `drg.`', () => {
    const lines = [
      'Pemeriksaan umum dipimpin dr. Kartinah Purba, sedangkan pemeriksaan gigi ditangani drg. Sumilah Sari. Sumilah menambahkan banyak anak giginya berlubang.',
      OPENING,
      '“Anak-anak jarang sikat gigi,” kata dokter gigi itu.',
    ];
    expect(lastSpeakers(...lines)).toEqual(['Sumilah Sari']);
  });

  test('a profession with a word after it is still the profession (`dokter muda itu`)', () => {
    const lines = [
      'Layanan malam di balai warga dipimpin dr. Kartinah Purba.',
      OPENING,
      '“Kami bergantian jaga setiap malam,” kata dokter muda itu.',
    ];
    expect(lastSpeakers(...lines)).toEqual(['Kartinah Purba']);
  });

  test.each([
    ['dr.', 'Kartinah Purba'],
    ['Dr.', 'Bramantyo Kusnandar'],
  ])('the title %s before a speaker spoke: a physician, a doctorate is none', (title, speaker) => {
    const lines = [
      `Seminar itu dibuka ${title} Kartinah Purba, Sp.PD, di aula kampus.`,
      OPENING,
      '“Tensinya tinggi,” kata dokter itu.',
    ];
    expect(lastSpeakers(...lines)).toEqual([speaker]);
  });
});

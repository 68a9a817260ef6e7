import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers of each quote, and each speaker's name with its aliases. */
function read(...paragraphs: string[]) {
  const { quotes, speakers } = analyzeBody(...paragraphs);
  return {
    said: quotes.map(q => q.speakers.join(' + ')),
    cast: speakers.map(s => [s.name, ...s.aliases].join(' / ')),
  };
}

// cast.otherNameClause
describe('a `yang` clause telling a person’s other name joins it to them', () => {
  test.each([
    'Pendiri toko itu adalah Darmaji Kusuma, yang memiliki nama asli Tan Kok Hwa.',
    'Pendiri toko itu adalah Darmaji Kusuma, yang kini menggunakan nama Tan Kok Hwa.',
  ])('%s', intro => {
    const lines = [intro, '“Resep ini dari ayah saya,” kata Tan Kok Hwa.'];
    expect(read(...lines).said).toEqual(['Darmaji Kusuma']);
    const off = withFeaturesOff(['cast.otherNameClause'], () => read(...lines));
    expect(off.said).toEqual(['Tan Kok Hwa']);
  });

  test.each([
    'Polisi menangkap Surtaman Lubis yang memakai nama Bupati Ende Jonaedi Purba untuk menipu para kepala desa.',
    'Polisi menangkap Surtaman Lubis, pria yang juga memakai nama Kapolres Ende AKBP Jonaedi Purba untuk menipu.',
  ])('a fraud using an official’s name gives the official no other name: %s', line => {
    const lines = [line, '“Saya tidak pernah menyuruh siapa pun meminta uang,” kata Jonaedi.'];
    expect(read(...lines).said).toEqual(['Jonaedi Purba']);
  });

  test('using an official’s name outside such a clause names nobody else', () => {
    const lines = [
      'Penipu itu memakai nama Kapolres Ende untuk meminta uang.',
      'Kapolres Ende AKBP Sukamto Lubis membantah terlibat. “Itu bukan nomor saya,” kata Sukamto.',
    ];
    expect(read(...lines).said).toEqual(['Sukamto Lubis']);
  });
});

// lexicon/facilities.ts AREA_HEADS: `Prefektur` heads an area, as `Kabupaten` does.
describe('an area closing the clause after a quote’s cue speaks no continuation', () => {
  test.each(['Prefektur Aichi', 'Kabupaten Ende'])('%s', area => {
    const lines = [
      'Perawat asal Ende, Sukarmini Lubis, kini bekerja di sebuah panti jompo di Jepang.',
      `“Dua kali saya gagal,” kata Sukarmini di sela jam istirahatnya di Nagoya, ${area}, pekan lalu.`,
      '“Yang ketiga saya sudah pasrah.”',
    ];
    expect(read(...lines)).toEqual({
      said: ['Sukarmini Lubis', 'Sukarmini Lubis'],
      cast: ['Sukarmini Lubis / Sukarmini'],
    });
  });
});

import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** The speakers of each quote of the invented paragraphs, with the words that named them. */
const attributions = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => `${q.mention} → ${q.speakers.join(', ')}`);

describe('an indefinite description the comma-framed name after it names is that person', () => {
  test.each([
    [
      'a full name, then a description closed by `itu` points back to it',
      [
        'Seorang perawat yang berjaga semalaman, Rina Anggraeni, merasa lega. “Semalam saya tidak tidur,” kata warga Cibeureum itu.',
      ],
      ['warga Cibeureum itu → Rina Anggraeni'],
    ],
    [
      'a lone name enters the cast, so `-nya` finds it',
      [
        'Seorang penjual sayur, Marni, merasa pembeli makin sedikit. “Dulu ramai, sekarang sepi,” katanya.',
      ],
      ['-nya → Marni'],
    ],
    // No name after the description: the person stays unnamed.
    [
      'an unnamed description stays unnamed',
      [
        'Seorang penjual sayur di Pasar Baru merasa pembeli makin sedikit. “Dulu ramai, sekarang sepi,” katanya.',
      ],
      ['-nya → '],
    ],
  ])('%s', (_, paragraphs, expected) => expect(attributions(...paragraphs)).toEqual(expected));
});

describe('a description after the cue reads on to the demonstrative that closes it', () => {
  test.each([
    [
      'an age written without `berusia`',
      [
        'Seorang penjual sayur, Marni, merasa pembeli makin sedikit. “Dulu ramai, sekarang sepi,” kata perempuan 48 tahun itu.',
      ],
      ['perempuan 48 tahun itu → Marni'],
    ],
    [
      '`dalam` as the adjective of a medical field',
      [
        'Direktur RSUD Kota Garut, dr Rudi Santosa, SpPD, sibuk menata bangsal yang sempat penuh.',
        '“Yang penting pasien cepat datang,” kata ahli penyakit dalam itu.',
      ],
      ['ahli penyakit dalam itu → Rudi Santosa'],
    ],
    [
      'a preposition before `tersebut` has no object either',
      [
        'Direktur RSUD Kota Garut, dr Rudi Santosa, SpPD, sibuk menata bangsal yang sempat penuh.',
        '“Yang penting pasien cepat datang,” kata dokter spesialis penyakit dalam tersebut.',
      ],
      ['dokter spesialis penyakit dalam tersebut → Rudi Santosa'],
    ],
    [
      'a preposition with an object still ends the description',
      [
        'Direktur RSUD Kota Garut, dr Rudi Santosa, SpPD, sibuk menata bangsal yang sempat penuh.',
        '“Yang penting pasien cepat datang,” kata dokter itu dalam rapat.',
      ],
      ['dokter itu → Rudi Santosa'],
    ],
    [
      'a time word before the demonstrative is the cue’s adverbial, not the description’s',
      [
        'Seorang penjual sayur, Marni, merasa pembeli makin sedikit. “Dulu ramai, sekarang sepi,” kata seorang pembeli saat itu.',
      ],
      ['seorang pembeli → '],
    ],
    // The person the age describes was introduced unnamed: nobody is named.
    [
      'an age on a person introduced unnamed',
      [
        'Seorang perempuan penjual sayur mengeluh pembeli makin sepi. “Dulu ramai, sekarang sepi,” kata perempuan 52 tahun itu.',
      ],
      ['perempuan 52 tahun itu → '],
    ],
  ])('%s', (_, paragraphs, expected) => expect(attributions(...paragraphs)).toEqual(expected));

  test('a count of years that no demonstrative closes ends the description before it', () => {
    const [only] = attributions(
      'Rudi Hartono, penjual sayur, menilai pembeli makin sedikit.',
      '“Dulu ramai, sekarang sepi,” kata warga Cilandak 5 tahun terakhir.',
    );
    expect(only).toMatch(/^warga Cilandak →/u);
  });
});

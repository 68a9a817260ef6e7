import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers of every direct quote, in order, each joined with ` + `. */
const speakersOf = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs)
    .quotes.filter(q => q.type === 'direct')
    .map(q => q.speakers.join(' + '));

// Invented sentences: a kind of institution closing a description (`SD`, `SMP`) names no school,
// so the description tells the pupil the text just brought in, not the school's head who spoke.
const HEAD = [
  'Kepala SD Negeri Tanjung, Ignatius Borut, mengeluhkan atap kelas yang bocor.',
  '“Kalau hujan, murid kami pindah ke teras,” kata Ignatius.',
];
const PUPIL: [string, string[], string[]][] = [
  [
    'a pupil of a school level',
    [
      ...HEAD,
      'Di halaman sekolah, Rafi Kurniadi bermain bola bersama temannya. Bocah berusia 10 tahun itu ingin menjadi dokter.',
      '“Saya mau mengobati nenek,” kata bocah kelas empat SD itu.',
    ],
    ['Ignatius Borut', 'Rafi Kurniadi'],
  ],
  [
    'a pupil of another level',
    [
      ...HEAD,
      'Sore itu, Nadia Kurniadi membantu ibunya berjualan kue. Remaja berusia 14 tahun itu sekolah di kota kecamatan.',
      '“Uangnya untuk beli buku,” ujar siswi SMP itu.',
    ],
    ['Ignatius Borut', 'Nadia Kurniadi'],
  ],
];

describe('a kind of institution in a description names no school (discourse.institutionKindNoName)', () => {
  test.each(PUPIL)('%s', (_, paragraphs, expected) =>
    expect(speakersOf(...paragraphs)).toEqual(expected),
  );

  test('switched off, the school’s head is the first pupil', () => {
    const [, paragraphs] = PUPIL[0]!;
    const off = withFeaturesOff(['discourse.institutionKindNoName'], () =>
      speakersOf(...paragraphs),
    );
    expect(off).toEqual(['Ignatius Borut', 'Ignatius Borut']);
  });
});

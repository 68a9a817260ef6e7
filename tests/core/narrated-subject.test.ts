import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers of every direct quote, in order, each joined with ` + `. */
const speakersOf = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs)
    .quotes.filter(q => q.type === 'direct')
    .map(q => q.speakers.join(' + '));

// Invented sentences: a lone name the story introduces by what the person does, with no role or
// description beside it, is the person a later description, pronoun or `-nya` means.
const INTRODUCED: [string, string[], string[]][] = [
  [
    'after a fronted phrase, then a description by age',
    [
      'Di kios kecil di ujung pasar, Tarmuji menjahit seragam sekolah.',
      'Lelaki berusia 58 tahun itu membuka kios sejak 1995.',
      '“Pesanan naik menjelang tahun ajaran baru,” kata lelaki berusia 58 tahun itu.',
    ],
    ['Tarmuji'],
  ],
  [
    'after a connective, then `ujarnya`',
    [
      'Pasar sepi sejak pagi. Sementara Lasiyem menata dagangan di lapak kecilnya.',
      '“Pembeli baru datang kalau sudah siang,” ujarnya.',
    ],
    ['Lasiyem'],
  ],
  [
    'a given name opening its sentence',
    [
      'Ananto membuka bengkelnya lebih pagi hari itu.',
      '“Banyak motor mogok setelah hujan deras,” kata dia.',
    ],
    ['Ananto'],
  ],
];

// A capitalised sentence opener is no person, and a lone word a longer name holds is that name.
const KEPT: [string, string[], string[]][] = [
  [
    'a common word opening its sentence',
    ['Stok cabai menipis sejak pekan lalu.', '“Harganya naik dua kali lipat,” kata pedagang itu.'],
    [''],
  ],
  [
    'the short form of a name the article gives in full',
    [
      'Di depan bengkel, Tarmuji mengelap kaca mobil.',
      'Tarmuji Hadiwinoto, ketua paguyuban montir, mengaku order sepi.',
      '“Pelanggan menunda servis,” ujarnya.',
    ],
    ['Tarmuji Hadiwinoto'],
  ],
];

describe('a lone name acting as its clause’s subject introduces a person (cast.narratedSubject)', () => {
  test.each([...INTRODUCED, ...KEPT])('%s', (_, paragraphs, expected) =>
    expect(speakersOf(...paragraphs)).toEqual(expected),
  );

  test.each(INTRODUCED)('switched off: %s names nobody', (_, paragraphs, expected) => {
    const off = withFeaturesOff(['cast.narratedSubject'], () => speakersOf(...paragraphs));
    expect(off).not.toEqual(expected);
  });
});

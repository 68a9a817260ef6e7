import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers of every quote, in order, each joined with ` + `. */
const speakersOf = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers.join(' + '));

// Invented sentences: an office named by its title alone before anyone holding it, then its
// holder named by a description pointing back to it or by rank and name only. One line each:
// [what, paragraphs, the speakers of every quote].
const CASES: [string, string[], string[]][] = [
  [
    'a description with `tersebut` in the next sentence',
    [
      'Kepala Dinas Sosial Kota Bogor menyebut jumlahnya mencapai 2.000 orang. Budi Santoso, kepala dinas tersebut, menjelaskan pihaknya menyiapkan bantuan.',
    ],
    ['Budi Santoso', 'Budi Santoso'],
  ],
  [
    'a description with `nama … itu` in the next paragraph',
    [
      'Kepala Dinas Sosial Kabupaten Bogor mengatakan pihaknya tengah mendata warga terdampak.',
      'Rina Kartika, nama kepala dinas itu, menjelaskan, pendataan rampung akhir bulan.',
    ],
    ['Rina Kartika', 'Rina Kartika'],
  ],
  [
    'a police office, then its holder by rank and name',
    [
      'Kapolres Bogor mengatakan pihaknya rutin menyumbang peralatan.',
      '“Anak-anak butuh tempat berkegiatan,” kata AKBP Budi Santoso saat meninjau lokasi. Kapolres menambahkan, angka tawuran menurun.',
    ],
    ['Budi Santoso', 'Budi Santoso', 'Budi Santoso'],
  ],
  [
    'an army office, then its holder by rank and name',
    [
      'Dandim Bogor mengatakan pihaknya menyiapkan dapur umum.',
      '“Kami siaga penuh,” kata Letkol Budi Santoso di lokasi.',
    ],
    ['Budi Santoso', 'Budi Santoso'],
  ],
];

// Nobody named later holds the office: the title stays unnamed.
const KEPT: [string, string[], string[]][] = [
  [
    'a resident named later holds no office',
    [
      'Kepala Dinas Sosial Kota Bogor menyebut jumlahnya mencapai 2.000 orang.',
      'Warga, Budi Santoso, mengatakan bantuan belum datang.',
    ],
    ['', 'Budi Santoso'],
  ],
  [
    'a police rank does not hold an army office',
    [
      'Dandim Bogor mengatakan pihaknya menyiapkan dapur umum.',
      '“Kami siaga penuh,” kata AKBP Budi Santoso di lokasi.',
    ],
    ['', 'Budi Santoso'],
  ],
];

describe('an office named before its holder means the holder named near it (discourse.holderNamedLater)', () => {
  test.each([...CASES, ...KEPT])('%s', (_, paragraphs, expected) =>
    expect(speakersOf(...paragraphs)).toEqual(expected),
  );

  test('switched off, the title mention names nobody', () => {
    // A description pointing back also gives its holder the office as role in the cast
    // (cast.pointedOfficeAfterName), which a bare title finds too: both are switched off.
    const off = withFeaturesOff(['discourse.holderNamedLater', 'cast.pointedOfficeAfterName'], () =>
      CASES.map(([, p]) => speakersOf(...p)),
    );
    expect(off).toEqual([
      ['', 'Budi Santoso'],
      ['', 'Rina Kartika'],
      ['', 'Budi Santoso', ''],
      ['', 'Budi Santoso'],
    ]);
  });
});

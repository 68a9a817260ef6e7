import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { balineseOpeningLength } from '../../core/lexicon/balinese-names';
import { analyzeBody } from './summarize';

/** Each quote's speakers, in order. */
const speakers = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers.join(' + '));

const CASES: [string, string[], string][] = [
  [
    'a Balinese noble’s five-word name after an office and its province',
    [
      'Kepala Dinas Pariwisata Provinsi Bali I Gusti Ngurah Putu Arsana mengatakan kunjungan turis naik tajam tahun ini. “Hotel penuh sampai akhir bulan,” ujarnya.',
    ],
    'I Gusti Ngurah Putu Arsana',
  ],
  [
    'a Balinese woman’s name with its birth-order words, an age in brackets after it',
    [
      'Penjual canang termuda di pasar itu, Ni Luh Putu Sekar Wulandari (17), mengaku baru tiga bulan berjualan. “Saya senang sekali,” ujarnya.',
    ],
    'Ni Luh Putu Sekar Wulandari',
  ],
  [
    'a Bugis name with a noble title and a Makassar-style `Daeng` name',
    [
      'Wakil Ketua DPRD Sulawesi Selatan Andi Muhammad Rizal Daeng Pawero mengatakan anggaran itu sudah disetujui. “Kami dukung penuh,” ujarnya.',
    ],
    'Andi Muhammad Rizal Daeng Pawero',
  ],
];

describe('a long name that opens with a name’s own word keeps all its words', () => {
  test.each(CASES)('%s', (_, paragraphs, name) =>
    expect(speakers(...paragraphs).at(-1)).toEqual(name),
  );

  test('switched off, an over-long name keeps only its last two words', () => {
    // names.model.openerInLongRun would read a shorter name from a later opener: off too.
    const off = withFeaturesOff(['names.model.longNames', 'names.model.openerInLongRun'], () =>
      CASES.map(([, paragraphs]) => speakers(...paragraphs).at(-1)),
    );
    expect(off).toEqual(['Putu Arsana', 'Sekar Wulandari', 'Daeng Pawero']);
  });
});

test('an honorific inside the words marks an institution read into them: the long run is cut', () =>
  expect(
    speakers(
      'Pengasuh Pesantren Darul Hikmah Ustaz Rahmat Hidayat mengatakan pendaftaran santri dibuka besok. “Kuota masih ada,” ujarnya.',
    ).at(-1),
  ).toEqual('Rahmat Hidayat'));

describe('a later mention leaves a Balinese name’s article and caste words out', () => {
  const paragraphs = [
    'Kepala Dinas Perikanan Provinsi Bali I Gusti Ngurah Wiratama mengatakan hasil tangkapan nelayan turun.',
    '“Cuaca sedang buruk,” kata Ngurah Wiratama.',
    'Sekretaris dinas itu, I Dewa Gede Putu Sumerta, mengatakan bantuan solar akan ditambah.',
    '“Kami ajukan ke pusat,” ujar Gede Sumerta.',
  ];

  test('the full name stays canonical, and a form without its middle words is the same person', () =>
    expect(speakers(...paragraphs)).toEqual([
      'I Gusti Ngurah Wiratama',
      'I Gusti Ngurah Wiratama',
      'I Dewa Gede Putu Sumerta',
      'I Dewa Gede Putu Sumerta',
    ]));

  test('switched off, the short form is taken for the whole name', () => {
    const off = withFeaturesOff(['names.model.balinese'], () => speakers(...paragraphs));
    expect(off).not.toEqual(speakers(...paragraphs));
  });

  test.each([
    [['I', 'Gusti', 'Ngurah', 'Wiratama'], 2],
    [['i', 'dewa', 'gede', 'putu', 'sumerta'], 2],
    [['Ni', 'Luh', 'Putu', 'Ayu'], 1],
    // No article, or too short to leave two names after it.
    [['Gusti', 'Ngurah', 'Wiratama'], 0],
    [['I', 'Gusti', 'Ngurah'], 1],
    [['I', 'Gusti'], 0],
  ])('%j opens with %d words', (words, n) => expect(balineseOpeningLength(words)).toBe(n));
});

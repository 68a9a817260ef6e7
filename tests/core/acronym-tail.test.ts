import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers of every direct quote, in order, each joined with ` + `. */
const speakersOf = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs)
    .quotes.filter(q => q.type === 'direct')
    .map(q => q.speakers.join(' + '));

// Invented sentences: an office spelled out once is later written with its body's syllable
// acronym (`Kemenag` for `Kementerian Agama`, `Kemenkes` for `Kementerian Kesehatan`).
const ROWS: [string, string[], string[]][] = [
  [
    'a regency office of the religious affairs ministry',
    [
      'Kepala Kantor Kementerian Agama Kabupaten Lamandau, H. Kasmadi Nurhakim, meresmikan gedung madrasah baru di Nanga Bulik.',
      'Pak Sardjono (70), guru ngaji di kampung itu, ikut hadir. “Saya mengajar di sini sejak muda,” katanya.',
      'Kepala Kantor Kemenag, di sela acara, menyalami guru-guru seperti Pak Sardjono. “Madrasah ini milik warga,” kata Kepala Kantor Kemenag.',
    ],
    ['Sardjono', 'Kasmadi Nurhakim'],
  ],
  [
    'a ministry’s spokesperson',
    [
      'Juru Bicara Kementerian Kesehatan Purbaya Hutasoit menyebut stok vaksin cukup.',
      'Warga bernama Sardjono (45) mengaku sudah antre sejak pagi. “Saya datang jam enam,” katanya.',
      'Juru Bicara Kemenkes, di tempat terpisah, menanggapi keluhan warga seperti Sardjono. “Distribusi ke daerah terpencil dipercepat,” ujar Juru Bicara Kemenkes.',
    ],
    ['Sardjono', 'Purbaya Hutasoit'],
  ],
];

describe('a title ending in its body’s acronym means the office spelled out (cast.titleAcronymTail)', () => {
  test.each(ROWS)('%s', (_, paragraphs, expected) =>
    expect(speakersOf(...paragraphs)).toEqual(expected),
  );

  test.each(ROWS)('switched off, %s goes to another', (_, paragraphs, expected) => {
    // The title is also pieces of the role word by word (cast.piecewiseTitle): off with it.
    const off = withFeaturesOff(['cast.titleAcronymTail', 'cast.piecewiseTitle'], () =>
      speakersOf(...paragraphs),
    );
    expect(off).not.toEqual(expected);
  });
});

describe('`PS` heads a football club’s name', () => {
  test('a club named `PS` + a kin word is no person a coach’s description could mean', () =>
    expect(
      speakersOf(
        'PS Putra Lamandau kalah tiga kali beruntun bulan lalu.',
        'Pelatih kepala PS Putra Lamandau, Purbaya Ginting, menyebut timnya kini lebih kompak. Pria berusia 58 tahun itu baru dua bulan melatih.',
        '“Kami harus lebih sabar membangun serangan,” kata sang pelatih.',
      ),
    ).toEqual(['Purbaya Ginting']));
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff, type FeatureName } from '../../core/engine/features';
import { analyzeBody } from './summarize';

const CHIEF =
  'Kapolsek Sukajaya, AKP Wirawan Basuki, mengatakan kasus penipuan itu ditangani. “Kami usut tuntas,” kata Wirawan.';

/** Each quote's speakers, as names, for invented paragraphs. */
const speakersOf = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers.join(' + '));

// [feature, paragraphs, each quote's speakers]
const ROWS: [FeatureName, string[], string[]][] = [
  // Initials after a naming word are a person's name, never an acronym.
  [
    'cast.initialsNamed',
    [
      CHIEF,
      'Penjahit berinisial TN (41) mengatakan uang tabungannya ikut lenyap. “Mesin jahit saya ikut disita,” katanya.',
    ],
    ['Wirawan Basuki', 'Wirawan Basuki', 'TN', 'TN'],
  ],
  // After a bare title and its comma, a name the sentence goes on from is the clause's subject.
  [
    'names.titleThenClauseSubject',
    [
      'Kapolsek Sukajaya, AKP Wirawan Basuki, mengatakan pelaku ditangkap di rumahnya.',
      'Menurut Kapolsek, Karsiman bukan satu-satunya pelaku. “Kami masih memburu dua orang lagi,” ujar Kapolsek.',
    ],
    ['Wirawan Basuki', 'Wirawan Basuki', 'Wirawan Basuki'],
  ],
  // A name inside the relative clause of an unnamed subject is not who speaks.
  [
    'names.relativeClauseRun',
    [
      'Polisi menangkap pemilik bengkel, Karsiman Wibowo, pada Senin malam. “Barang bukti sudah kami sita,” kata Kapolsek Sukajaya, AKP Wirawan Basuki.',
      'Seorang sopir angkot yang biasa menyewa mobil Karsiman mengatakan truk boks sering datang menjelang subuh. “Truknya datang lewat tengah malam,” ujarnya.',
    ],
    ['Wirawan Basuki', '', ''],
  ],
];

describe('initials after a naming word; names that open a clause after a title or sit in a clause', () => {
  test.each(ROWS)('%s', (feature, paragraphs, speakers) => {
    expect(speakersOf(...paragraphs)).toEqual(speakers);
    const off = withFeaturesOff([feature], () => speakersOf(...paragraphs));
    expect(off).not.toEqual(speakers);
  });
});

describe('where those readings stop', () => {
  test.each([
    // After `bernama`, capitals open an organisation's name, not a person's initials.
    [['Sebuah koperasi bernama KSU Tani Jaya mengatakan harga pupuk naik.'], ['KSU Tani Jaya']],
    // A naming or identifying word before the run gives the unnamed subject's own name.
    [
      [
        'Seorang pedagang yang kiosnya terbakar bernama Ratmini Sulastri mengatakan kerugiannya belum dihitung.',
      ],
      ['Ratmini Sulastri'],
    ],
    // A rank opening the run after a bare title's comma: the title's holder, the comma left out.
    [
      [
        'Kapolsek Sukajaya, AKP Wirawan Basuki, mengatakan pelaku ditangkap.',
        'Menurut Kapolsek, AKP Wirawan Basuki pelaku ditangkap di rumahnya.',
      ],
      ['Wirawan Basuki', 'Wirawan Basuki'],
    ],
  ] as [string[], string[]][])('%s', (paragraphs, speakers) => {
    expect(speakersOf(...paragraphs)).toEqual(speakers);
  });
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/**
 * Two people holding the same office: the second introduced with a longer form of the first's
 * title, set off before the name (`Wakil Ketua Komisi B DPRD asal dapil X, Nama, menyoroti …`).
 * The title opens the newcomer's role, no mention of the earlier holder; the `Ia` and `-nya` after
 * it mean the newcomer (discourse.titleOpensNextRole).
 */
const FIRST =
  'Anggota Komisi IV DPR, Bambang Wicaksono, mempertanyakan selisih data stok beras. “Data gudang dan data kementerian berbeda jauh,” kata Bambang.';
const MINISTER =
  'Menteri Pertanian Arif Subagyo menjelaskan selisih itu berasal dari beras yang masih dalam perjalanan. “Datanya akan kami rekonsiliasi,” ujar Arif.';

/** The speakers of the reported clause holding `words`. */
const speakersOf = (words: string, ...paragraphs: string[]): string[] =>
  analyzeBody(...paragraphs).quotes.find(q => q.text.includes(words))?.speakers ?? [];

describe('a title opening the role of the next person named is not the earlier holder', () => {
  const cases: [string, string, string[], string[]][] = [
    [
      'a constituency after the title',
      'menjual panennya',
      [
        FIRST,
        MINISTER,
        'Anggota Komisi IV asal dapil Lampung, Sri Hartini, membawa soal yang berbeda. Ia mengatakan petani terpaksa menjual panennya murah kepada tengkulak.',
      ],
      ['Sri Hartini'],
    ],
    [
      'a party after the title',
      'pupuk bersubsidi',
      [
        FIRST,
        MINISTER,
        'Anggota Komisi IV asal Partai Bintang, Yosef Kambu, angkat bicara soal pupuk. Ia menilai pupuk bersubsidi sering terlambat tiba di kampung.',
      ],
      ['Yosef Kambu'],
    ],
    // The bare title opening a clause of its own still means the one who holds it.
    [
      'the bare title alone',
      'rapat berikutnya',
      [
        FIRST,
        MINISTER,
        'Anggota Komisi IV itu kemudian menutup pertanyaannya. Ia meminta data lengkap dibawa pada rapat berikutnya.',
      ],
      ['Bambang Wicaksono'],
    ],
  ];
  test.each(cases)('%s', (_, words, paragraphs, speakers) => {
    expect(speakersOf(words, ...paragraphs)).toEqual(speakers);
  });

  test('switched off, the earlier holder of the title takes the clause', () => {
    const [, words, paragraphs] = cases[0]!;
    expect(
      withFeaturesOff(['discourse.titleOpensNextRole'], () => speakersOf(words, ...paragraphs)),
    ).toEqual(['Bambang Wicaksono']);
  });
});

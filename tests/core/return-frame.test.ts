import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/**
 * A phrase opening a sentence that turns the report back to a person, with the place of theirs it
 * returns to (`Kembali ke dapur X, …`, `Kembali ke warung X, …`), names whom the paragraph is about
 * again: after officials were heard in between, the description and the `ujarnya` that follow are
 * that person's, not the last official's (discourse.returnFrame).
 */
const BAKER =
  'Sutini (52) sudah membuat kue serabi di pinggir jalan desa sejak 1998. “Dulu harga satu serabi cuma lima ratus rupiah,” kata Sutini.';
const OFFICIAL =
  'Ketua Paguyuban Pedagang Kaki Lima Kecamatan Sidomukti, Haryanto Wibowo, mengatakan harga tepung beras naik sejak bulan lalu. “Anggota kami banyak yang mengurangi produksi,” kata Haryanto.';

describe('a person the report returns to takes the statements after it', () => {
  const cases: [string, string[], string[]][] = [
    [
      'back to her kitchen, then a description and a lone quote',
      [
        BAKER,
        OFFICIAL,
        'Kembali ke dapur Sutini, tungku tanah liat sudah menyala sejak dini hari. Cucunya membantu mengaduk adonan di baskom besar.',
        'Perempuan yang berjualan sejak muda itu mengaku enggan pindah ke pasar baru.',
        '“Pelanggan saya sudah hafal tempat ini,” ujarnya sambil tertawa.',
      ],
      ['Sutini'],
    ],
    [
      'back to her stall, then a lone quote',
      [
        BAKER,
        OFFICIAL,
        'Kembali ke lapak Sutini, pembeli sudah berdiri berderet menjelang pukul enam pagi.',
        '“Kalau hujan, yang datang malah lebih banyak,” ujarnya.',
      ],
      ['Sutini'],
    ],
  ];
  test.each(cases)('%s', (_, paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
  });

  test.each(cases)('switched off: %s is not hers', (_, paragraphs, speakers) => {
    expect(
      withFeaturesOff(['discourse.returnFrame'], () => lastSpeakers(...paragraphs)),
    ).not.toEqual(speakers);
  });
});

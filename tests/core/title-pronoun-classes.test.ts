import { describe, expect, test } from 'vitest';
import { lastSpeakers } from './summarize';

/**
 * The classes of bare title and pronoun mentions (`kata Kapolres`, `ujar sang menteri`, `kata
 * dia`) that issue 6 counts under the `title` and `pronoun` kinds, one invented article each, with
 * the person the last quote's mention means. Each class holds today; the rows guard it against a
 * rule written for another (title-speaker.ts, introduced-title.ts, point-back.ts).
 */
const CASES: readonly (readonly [string, readonly string[], string])[] = [
  [
    'a title whose holder was introduced under the spelled-out office',
    [
      'Kepala Kepolisian Resor Sidareja AKBP Hendro Wijoyo mengatakan pelaku sudah ditangkap.',
      '“Kami kewalahan,” kata Hendro.',
      'Ketua RT setempat, Darma Saputra, mengaku kaget. “Kami tidak menyangka,” kata Darma.',
      '“Kami masih mendalami motifnya,” kata Kapolres.',
    ],
    'Hendro Wijoyo',
  ],
  [
    'a title made of a head and the unit the article bracketed',
    [
      'Kepala Satuan Lalu Lintas (Satlantas) Polres Sidareja AKP Hendro Wijoyo mengatakan arus kendaraan meningkat.',
      '“Kami siapkan jalur alternatif,” ujar Hendro.',
      'Ketua RT setempat, Darma Saputra, mengaku kaget. “Kami tidak menyangka,” kata Darma.',
      '“Antrean terpanjang lima kilometer,” ujar Kasatlantas.',
    ],
    'Hendro Wijoyo',
  ],
  [
    'a head of an office bracketed by its own acronym',
    [
      'Kepala Dinas Kesehatan (Dinkes) Kabupaten Sidareja Priya Lestari mengatakan kasus demam berdarah naik.',
      '“Kami kewalahan,” kata Priya.',
      'Ketua RT setempat, Darma Saputra, mengaku kaget. “Kami tidak menyangka,” kata Darma.',
      '“Kami lakukan pengasapan,” kata Kadinkes.',
    ],
    'Priya Lestari',
  ],
  [
    'a title two people share the body of (Kapolres and Wakapolres)',
    [
      'Kapolres Sidareja AKBP Hendro Wijoyo mengatakan pelaku sudah ditangkap. Wakapolres Sidareja Kompol Darma Saputra menambahkan, barang bukti disita.',
      '“Barang bukti sudah kami amankan,” kata Darma.',
      '“Kami masih mendalami motifnya,” kata Kapolres.',
    ],
    'Hendro Wijoyo',
  ],
  [
    'two ministers, each by the short form of the office',
    [
      'Menteri Perdagangan Hendro Wijoyo mengatakan harga beras naik. Menteri Pertanian Darma Saputra menyebut stok aman.',
      '“Stok kita cukup sampai Maret,” kata Mentan.',
      '“Harga akan kami pantau,” kata Mendag.',
    ],
    'Hendro Wijoyo',
  ],
  [
    'the head of an office after the office itself acted',
    [
      'Dinas Perhubungan Kota Sidareja menutup jalan itu. Kepala Dinas Perhubungan Kota Sidareja Hendro Wijoyo mengatakan penutupan berlaku sepekan.',
      'Pengendara diminta memakai jalur lain.',
      '“Kami sudah pasang rambu,” kata Kadishub.',
    ],
    'Hendro Wijoyo',
  ],
  [
    '`sang menteri` after another person spoke',
    [
      'Menteri Agama Hendro Wijoyo meminta umat menjaga kerukunan. Ketua majelis ulama setempat, Darma Saputra, menyambut baik imbauan itu.',
      '“Kami mendukung penuh,” kata Darma.',
      '“Kerukunan adalah modal bangsa,” ujar sang menteri.',
    ],
    'Hendro Wijoyo',
  ],
  [
    '`dia` after a person mentioned, not speaking, in between',
    [
      'Kepala Desa Sidareja Hendro Wijoyo mengatakan jembatan itu putus. Jembatan dibangun oleh Darma Saputra pada 1990.',
      '“Kami butuh bantuan segera,” kata dia.',
    ],
    'Hendro Wijoyo',
  ],
  [
    '`dia` after a person the subject talked about',
    [
      'Priya Lestari mengaku sudah melapor ke polisi. Ia menyebut pelaku mengenal Darma Saputra sejak lama.',
      '“Saya takut keluar rumah,” kata dia.',
    ],
    'Priya Lestari',
  ],
];

describe('bare titles and pronouns mean the person the article introduced', () => {
  test.each(CASES)('%s', (_, paragraphs, speaker) => {
    expect(lastSpeakers(...paragraphs)).toEqual([speaker]);
  });
});

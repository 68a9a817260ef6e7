import { describe, expect, test } from 'vitest';
import { withFeaturesOff, type FeatureName } from '../../core/engine/features';
import { describedAgeBand } from '../../core/engine/discourse/described-age-band';
import { analyzeBody, lastSpeakers } from './summarize';

/**
 * A description by a word that tells an age band (`kata remaja itu`, `ujar nenek itu`, `kata pria
 * paruh baya itu`, `the teenager said`) means the person introduced with an age in that band, not
 * a speaker or a person named in between whose age the word does not describe.
 */
const CASES: readonly (readonly [string, readonly string[], string, FeatureName])[] = [
  [
    'a teenager introduced with an age in brackets, after an official spoke',
    [
      'Dimas (15) selamat setelah berpegangan pada batang pohon selama dua jam.',
      'Kepala Basarnas setempat, Hariyanto, mengatakan pencarian korban lain berlanjut. “Kami kerahkan dua tim,” kata Hariyanto.',
      '“Saya takut sekali,” kata remaja itu.',
    ],
    'Dimas',
    'discourse.describedAgeBand',
  ],
  [
    'a child found by the man who spoke',
    [
      'Seorang warga, Karsono (60), menemukan Putri (8) di tepi sungai.',
      '“Dia menangis memanggil ibunya,” kata Karsono.',
      '“Aku cuma mau pulang,” kata bocah itu.',
    ],
    'Putri',
    'discourse.describedAgeBand',
  ],
  [
    'an elderly woman whose age a relative clause told',
    [
      'Mbah Sarinem, yang berusia 72 tahun, tinggal sendirian di rumah itu.',
      'Ketua RT setempat, Joko Pramono (41), mengatakan warga sering mengirim makanan. “Kami bergiliran,” kata Joko.',
      '“Saya tidak mau merepotkan tetangga,” ujar lansia tersebut.',
    ],
    'Sarinem',
    'discourse.describedAgeBand',
  ],
  [
    'a young man told in the description after his name, his father spoke since',
    [
      'Agus Wiratmaja, pemuda berusia 23 tahun, membuka usaha kopi di kampungnya.',
      'Ayahnya, Parman (61), awalnya tidak setuju. “Saya kira dia bercanda,” kata Parman.',
      '“Sekarang sudah punya lima karyawan,” ujar pemuda itu.',
    ],
    'Agus Wiratmaja',
    'discourse.describedAgeBand',
  ],
  [
    'a young mother beside her older mother-in-law, who spoke last',
    [
      'Sumirah (63) dan menantunya, Lina (24), berjualan sayur di pasar itu sejak pagi.',
      'Sumirah mengaku dagangannya sepi. “Pembeli berkurang,” kata Sumirah.',
      '“Saya harus tetap jualan untuk susu anak,” ujar ibu muda itu.',
    ],
    'Lina',
    'discourse.describedAgeBand',
  ],
  [
    'English: the teenager after an official spoke',
    [
      'Rescuers found Liam Carter, 16, clinging to a tree on Monday.',
      'Fire chief Ronald Hayes said the water rose quickly. "It came within minutes," Hayes said.',
      '"I thought I would die," the teenager said.',
    ],
    'Liam Carter',
    'discourse.describedAgeBand',
  ],
  [
    'a middle-aged man whose age the mention took in with his trade',
    [
      'Slamet (52), sopir angkot, mengaku pendapatannya turun separuh.',
      'Rekannya, Bayu (24), juga mengeluhkan hal yang sama. “Penumpang pindah ke ojek daring,” kata Bayu.',
      '“Saya sudah tiga puluh tahun menyopir,” kata pria paruh baya itu.',
    ],
    'Slamet',
    'discourse.ageWithinMention',
  ],
  [
    'a grandfather is not the old woman named beside him',
    [
      'Pak Darso, warga Dusun Kali Putih, mengatakan rumahnya tertimbun longsor bersama ibunya, Bu Ijah (80).',
      '“Kami sekeluarga selamat karena sedang di ladang,” kata kakek itu.',
    ],
    'Darso',
    'discourse.ageBandSex',
  ],
];

describe('a description by an age band means the person introduced with an age in it', () => {
  test.each(CASES)('%s', (_, paragraphs, speaker) => {
    expect(lastSpeakers(...paragraphs)).toEqual([speaker]);
  });

  test.each(CASES)('switched off: %s', (_, paragraphs, speaker, feature) => {
    expect(withFeaturesOff([feature], () => lastSpeakers(...paragraphs))).not.toEqual([speaker]);
  });

  test.each([
    // The pointed-back choice stays when its age fits: the one brought in as the topic.
    [
      'two old people, the newer one the topic',
      [
        'Bengkel tenun itu milik Hartono Wijaya (66), generasi ketiga keluarga penenun di Sukamaju.',
        '“Dulu kami punya delapan puluh alat tenun,” kata Hartono.',
        'Penenun tertua di bengkel itu adalah Sunarti (74). Sudah 50 tahun ia menenun.',
        '“Jari saya masih kuat,” tutur nenek tujuh cucu itu.',
      ],
      'Sunarti',
    ],
    // Nobody was given an age: the description points back as before.
    [
      'nobody aged',
      [
        'Seorang siswa, Raka Pratama, mengaku sering dirundung temannya.',
        '“Saya takut masuk sekolah,” kata remaja itu.',
      ],
      'Raka Pratama',
    ],
  ] as const)('unchanged: %s', (_, paragraphs, speaker) => {
    expect(lastSpeakers(...paragraphs)).toEqual([speaker]);
  });

  // Straight after an unnamed speaker's statement, the description is that unnamed speaker, not
  // the aged person named before them.
  test.each([
    [
      'Pelatih futsal kampung itu, Darman Situmorang (55), membina remaja putus sekolah. “Lapangan ini rumah kedua mereka,” kata Darman.',
      'Seorang pedagang gorengan di mulut gang menuturkan, dulu lapangan itu sering jadi tempat tawuran.',
      '“Kini malah mereka yang menjaga kampung,” kata perempuan paruh baya itu.',
    ],
    [
      'Mbah Darsih (78) masih menumbuk padi dengan lesung. “Beras tumbukan lebih wangi,” ujar Darsih.',
      'Seorang pembeli dari kota sebelah mengaku rutin datang setiap bulan.',
      '“Rasanya beda dengan beras pabrik,” kata nenek itu.',
    ],
  ])('after an unnamed speaker: %s', (...paragraphs) => {
    expect(lastSpeakers(...paragraphs)).toEqual([]);
  });

  test.each([
    ['remaja itu', [11, 21]],
    ['pria paruh baya itu', [38, 65]],
    ['ibu muda itu', [15, 35]],
    ['nenek tujuh cucu itu', [50, 130]],
    ['the teenager', [12, 19]],
    ['the elderly man', [60, 130]],
    // No band: a person noun alone, or no person noun.
    ['perempuan itu', null],
    ['pelatih muda itu', null],
    // Bands that do not meet tell nothing.
    ['bocah lanjut usia itu', null],
  ] as const)('the band of %s', (text, band) => {
    expect(describedAgeBand(text)).toEqual(band);
  });
});

describe('a description closed by a demonstrative ends before a word of manner', () => {
  const intro = 'Di antara pengungsi itu ada Karsih (79 tahun) asal Kecamatan Sukamaju.';
  test.each([
    [
      '“Saya sudah lama menunggu,” kata nenek tujuh cucu itu dengan suara bergetar.',
      'nenek tujuh cucu itu',
    ],
    ['“Saya sudah lama menunggu,” ujar perempuan itu seraya tersenyum.', 'perempuan itu'],
    [
      '“Saya sudah lama menunggu,” tutur ibu empat anak itu sembari menyeka air mata.',
      'ibu empat anak itu',
    ],
    ['“Saya sudah lama menunggu,” kata nenek itu secara perlahan.', 'nenek itu'],
  ])('%s', (line, mention) => {
    const { quotes } = analyzeBody(intro, line);
    expect([quotes[0]!.mention, quotes[0]!.speakers]).toEqual([mention, ['Karsih']]);
    const off = withFeaturesOff(['names.mannerAfterDescription'], () => analyzeBody(intro, line));
    expect(off.quotes[0]!.mention).not.toEqual(mention);
  });
});

test('a counted description closed by a demonstrative ends before `secara` and means the pair', () => {
  const { quotes } = analyzeBody(
    'Menlu RI Arif Wicaksana menerima Menlu Filipina Maria Lumban di Jakarta. “Kami bersahabat,” kata Arif.',
    'Arif dan Maria kemudian menggelar konferensi pers bersama. “Kami sepakat soal jadwal,” kata kedua menlu tersebut secara bergantian membacakan pernyataan.',
  );
  expect(quotes.at(-1)!.speakers).toEqual(['Arif Wicaksana', 'Maria Lumban']);
});

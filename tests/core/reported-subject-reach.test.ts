import { describe, expect, test } from 'vitest';
import { withFeaturesOff, type FeatureName } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/**
 * Reported speech whose subject sits further from the cue than a bare name: an occasion owned by
 * the subject (`dalam kesaksiannya`), a circumstance after an appositive's closing comma, an unnamed
 * subject with a long relative clause, and the cue opening its sentence (`Kata dia, …`). Each
 * invented line as `type|text|speakers|mention`; each row fails with its feature off.
 */
const reported = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs)
    .quotes.filter(q => q.type === 'indirect')
    .map(q => `${q.text}|${q.speakers.join(' + ')}|${q.mention}`);

const rows: [FeatureName, string[], string][] = [
  [
    'reported.possessedChannel',
    [
      'Saksi ahli Rina Kartika dalam kesaksiannya mengatakan kerusakan jembatan sudah lama terjadi.',
    ],
    'kerusakan jembatan sudah lama terjadi|Rina Kartika|Saksi ahli Rina Kartika',
  ],
  [
    'reported.possessedChannel',
    [
      'Hakim anggota Budi Santoso dalam pendapat berbedanya menilai denda bagi perusahaan itu semestinya dilipatgandakan.',
    ],
    'denda bagi perusahaan itu semestinya dilipatgandakan|Budi Santoso|Hakim anggota Budi Santoso',
  ],
  [
    'reported.possessedChannel',
    ['Wali Kota Rudi Hartono dalam kunjungannya ke pasar itu mengatakan harga beras mulai turun.'],
    'harga beras mulai turun|Rudi Hartono|Wali Kota Rudi Hartono',
  ],
  [
    'reported.circumstanceAfterAppositive',
    [
      'Kepala Dinas Pertanian, Rudi Hartono, saat ditemui di ladang mengakui pasokan benih terlambat.',
    ],
    'pasokan benih terlambat|Rudi Hartono|Rudi Hartono',
  ],
  [
    'reported.circumstanceAfterAppositive',
    [
      'Bupati Sleman, Rina Kartika, ketika dikonfirmasi wartawan menyatakan anggaran sudah disiapkan.',
    ],
    'anggaran sudah disiapkan|Rina Kartika|Rina Kartika',
  ],
  [
    'names.unnamedRelativeSubject',
    [
      'Seorang penjual ikan yang sudah berdagang di los itu sejak masih remaja menuturkan harga es balok naik dua kali bulan ini.',
    ],
    'harga es balok naik dua kali bulan ini||Seorang penjual ikan yang sudah berdagang di los itu sejak masih remaja',
  ],
  [
    'names.unnamedRelativeSubject',
    [
      'Dua nelayan yang sudah turun ke laut selama tiga dekade mengaku hasil tangkapan terus turun.',
    ],
    'hasil tangkapan terus turun||Dua nelayan yang sudah turun ke laut selama tiga dekade',
  ],
  [
    'names.unnamedRelativeSubject',
    [
      'Seorang pegawai di Kantor Dinas Perhubungan Kota Bogor yang tidak mau namanya dimuat menuturkan, rencana itu sudah dibahas.',
    ],
    'rencana itu sudah dibahas||Seorang pegawai di Kantor Dinas Perhubungan Kota Bogor yang tidak mau namanya dimuat',
  ],
  [
    'reported.openingCue',
    [
      'Petani bernama Pak Karto (58) mengeluhkan harga pupuk. Kata dia, biaya tanam kini hampir dua kali lipat.',
    ],
    'biaya tanam kini hampir dua kali lipat|Karto|dia',
  ],
  [
    'reported.openingCue',
    [
      'Rudi Hartono mengeluhkan jalan yang rusak. Kata Rudi, perbaikan jalan itu sudah dijanjikan sejak 2019.',
    ],
    'perbaikan jalan itu sudah dijanjikan sejak 2019|Rudi Hartono|Rudi',
  ],
];

describe('a subject read past what stands between it and the cue', () => {
  test.each(rows)('%s: %s', (feature, paragraphs, quote) => {
    expect(reported(...paragraphs)).toContain(quote);
    expect(withFeaturesOff([feature], () => reported(...paragraphs))).not.toContain(quote);
  });
});

describe('near misses: no reported speech, or not this speaker', () => {
  test.each([
    // A count before a thing, not a person: no unnamed speaker.
    [
      'Dua dokumen yang disita penyidik dari rumah tersangka pada pekan lalu menyebutkan aliran dana itu.',
    ],
    // `Kata` as a noun opening a sentence.
    ['Kata sambutan dibacakan oleh panitia, lalu acara dimulai dengan doa bersama.'],
    // Mid-sentence, the unnamed subject does not open the sentence.
    [
      'Polisi memeriksa seorang penjual ikan yang sudah berdagang di los itu sejak masih remaja dan menyita timbangannya.',
    ],
  ])('%s', line => {
    expect(reported(line)).toEqual([]);
  });
});

describe('a clause before the comma is no appositive: the subject after the circumstance speaks', () => {
  test.each([
    [
      'Setelah bertemu Presiden Harun Wibisana, kepada wartawan Menteri Wening Prameswari mengatakan kerja sama itu diperpanjang.',
      'Wening Prameswari',
    ],
    [
      'Usai sidang di Pengadilan Negeri Cibening, kepada wartawan jaksa Andi Wijaya mengatakan terdakwa akan banding.',
      'Andi Wijaya',
    ],
    [
      'Seusai rapat di Gedung Merapi, saat ditemui wartawan Gubernur Wening Prameswari mengatakan bantuan segera cair.',
      'Wening Prameswari',
    ],
  ])('%s', (line, speaker) => {
    expect(analyzeBody(line).quotes.map(q => q.speakers.join(' + '))).toEqual([speaker]);
  });
});

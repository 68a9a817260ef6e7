import { describe, expect, test } from 'vitest';
import { analyzeParagraphs, emptyArticleInfo } from '../../core/analyze';
import { analyzeBody } from './summarize';

/** Analyses invented paragraphs and returns the quotes by speaker name. */
const run = (...paragraphs: string[]) => analyzeBody(...paragraphs).quotes;

describe('finds direct quotes in every mark style', () => {
  test.each([
    [
      '“Kami siap bekerja keras tahun ini,” kata Budi Santoso.',
      'Kami siap bekerja keras tahun ini',
    ],
    [
      '"Kami siap bekerja keras tahun ini," kata Budi Santoso.',
      'Kami siap bekerja keras tahun ini',
    ],
    [
      "''Kami siap bekerja keras tahun ini,'' kata Budi Santoso.",
      'Kami siap bekerja keras tahun ini',
    ],
    [
      '”Kami siap bekerja keras tahun ini,” kata Budi Santoso.',
      'Kami siap bekerja keras tahun ini',
    ],
    [
      '‘Kami siap bekerja keras tahun ini,’ kata Budi Santoso.',
      'Kami siap bekerja keras tahun ini',
    ],
    [
      "'Kami siap bekerja keras tahun ini,' kata Budi Santoso.",
      'Kami siap bekerja keras tahun ini',
    ],
    [
      '«Kami siap bekerja keras tahun ini,» kata Budi Santoso.',
      'Kami siap bekerja keras tahun ini',
    ],
    [
      '“Apakah kita siap menghadapi banjir?” tanya Budi Santoso.',
      'Apakah kita siap menghadapi banjir',
    ],
    // A straight `"` glued to a number before a word that is no cue is an inch mark, not a closer.
    [
      '"Layar 32" yang kami pesan belum juga datang," kata Budi Santoso.',
      'Layar 32" yang kami pesan belum juga datang',
    ],
  ])('%s', (line, text) => {
    expect(run(line)).toEqual([
      {
        type: 'direct',
        text,
        speakers: ['Budi Santoso'],
        cue: expect.any(String),
        mention: 'Budi Santoso',
      },
    ]);
  });
});

describe('finds the cue and the mention as written', () => {
  test.each([
    ['“Stok beras aman sampai Lebaran,” ujarnya.', 'ujarnya', '-nya'],
    ['“Stok beras aman sampai Lebaran,” kata dia.', 'kata', 'dia'],
    ['“Stok beras aman sampai Lebaran,” tutur beliau di Jakarta.', 'tutur', 'beliau'],
    ['“Stok beras aman sampai Lebaran,” ungkap Rina.', 'ungkap', 'Rina'],
    ['“Stok beras aman sampai Lebaran,” pungkasnya.', 'pungkasnya', '-nya'],
    ['“Stok beras aman sampai Lebaran,” seloroh Rina.', 'seloroh', 'Rina'],
  ])('%s', (line, cue, mention) => {
    const quotes = run(
      'Kepala Bulog Rina Anggraeni meninjau gudang di Cikarang, Senin (3/4).',
      line,
    );
    expect(quotes).toEqual([
      {
        type: 'direct',
        text: 'Stok beras aman sampai Lebaran',
        speakers: ['Rina Anggraeni'],
        cue,
        mention,
      },
    ]);
  });
});

describe('a straight mark after a number still closes before its cue', () => {
  test('`32" kata X` closes the quote', () => {
    expect(run('"Jumlah korban sudah mencapai 32" kata Budi Santoso.').map(q => q.text)).toEqual([
      'Jumlah korban sudah mencapai 32',
    ]);
  });
});

describe('splits quotes around their cue and across paragraphs', () => {
  test('a quote split by its cue gives two entries, the second a continuation', () => {
    const quotes = run(
      '“Harga cabai naik tajam,” kata Dedi Setiabudi. “Kami akan operasi pasar pekan depan.”',
    );
    expect(quotes.map(q => [q.text, q.speakers, q.cue])).toEqual([
      ['Harga cabai naik tajam', ['Dedi Setiabudi'], 'kata'],
      ['Kami akan operasi pasar pekan depan', ['Dedi Setiabudi'], null],
    ]);
  });

  test('a multi-paragraph quote gives one entry per paragraph, all by the closing speaker', () => {
    const quotes = run(
      '“Kami sudah menyiapkan tiga posko di sepanjang jalur mudik tahun ini.',
      '“Petugas akan berjaga selama dua puluh empat jam,” kata Kapolda Jawa Tengah Irjen Ahmad Luthfi.',
    );
    expect(quotes.map(q => q.speakers)).toEqual([['Ahmad Luthfi'], ['Ahmad Luthfi']]);
  });

  test.each([
    [
      'three paragraphs',
      [
        '“Posko pertama dibuka di terminal bus.',
        '“Posko kedua berdiri di gerbang tol.',
        '“Posko ketiga ada di stasiun kereta,” kata Kepala Dinas Perhubungan Rudi Hartawan.',
      ],
      [['Rudi Hartawan'], ['Rudi Hartawan'], ['Rudi Hartawan']],
    ],
    [
      'after a quote closed in its own paragraph',
      [
        '“Jalan itu rusak,” kata Budi Santoso. “Perbaikannya butuh waktu lama.',
        '“Anggarannya belum turun,” ujar Rina Kartika.',
      ],
      [['Budi Santoso'], ['Rina Kartika'], ['Rina Kartika']],
    ],
    [
      'before two speakers',
      [
        '“Harga beras naik sejak bulan lalu.',
        '“Kami hanya bisa menunggu,” kata Yanto Prasetyo. “Pasokan sedang kami tambah,” ujar Rina Kartika.',
      ],
      [['Yanto Prasetyo'], ['Yanto Prasetyo'], ['Rina Kartika']],
    ],
  ])(
    'a quote running on (%s) takes the speaker of the next paragraph’s quote',
    (_, lines, speakers) => {
      expect(run(...lines).map(q => q.speakers)).toEqual(speakers);
    },
  );

  test('an unbalanced mark does not swallow the next paragraphs', () => {
    const quotes = run(
      'Warga menyebut jalan itu “jalan seribu lubang sejak lama.',
      'Perbaikan dijadwalkan tahun depan.',
      '“Kami menunggu kepastian dari dinas,” kata Yanto.',
    );
    expect(quotes.map(q => q.text)).toEqual(['Kami menunggu kepastian dari dinas']);
  });
});

describe('ignores marked spans that are nobody’s statement', () => {
  test.each([
    ['Festival tahun ini mengusung tema "Bersatu dalam Keberagaman Budaya Nusantara".'],
    ['Pemerintah meluncurkan program "Kampung Hijau" di sepuluh kota.'],
    ["Warga menjuluki pasar itu 'pasar kaget' karena hanya buka sore hari."],
    ['Film "Laskar Pelangi Kembali Lagi" diputar di bioskop mulai pekan ini.'],
    ['Ia dikenal dengan istilah "tulus ikhlas" dalam setiap ceramahnya.'],
  ])('%s', line => {
    expect(run(line)).toEqual([]);
  });

  test.each([
    ['Advertisement'],
    ['Baca Juga'],
    ['Foto: Republika/Andi Saputra'],
    ['Rep: Andi Saputra/ Red: Siti Zubaidah'],
  ])('clutter line %s', line => {
    const { result } = analyzeParagraphs(
      [line, '"Kami menolak rencana itu," kata Andi.'],
      emptyArticleInfo(),
    );
    expect(result.quotes.map(q => q.paragraph)).toEqual([1]);
  });
});

describe('finds pre-posed and nested quotes', () => {
  test.each([
    [
      'Kapolda Riau Irjen Mohammad Iqbal: “Kami akan menindak tegas pelaku.”',
      'Kami akan menindak tegas pelaku',
      'Mohammad Iqbal',
      null,
    ],
    [
      'Ketua KPK Firli Bahuri mengatakan, “Kami tidak pandang bulu.”',
      'Kami tidak pandang bulu',
      'Firli Bahuri',
      'mengatakan',
    ],
    [
      '“Ayah selalu bilang ‘jangan menyerah’ kepada kami,” kata Rudi Hartono.',
      'Ayah selalu bilang ‘jangan menyerah’ kepada kami',
      'Rudi Hartono',
      'kata',
    ],
  ])('%s', (line, text, speaker, cue) => {
    expect(run(line).map(q => [q.text, q.speakers, q.cue])).toEqual([[text, [speaker], cue]]);
  });
});

import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** Analyses invented paragraphs; the speakers of the quote that holds `words`. */
const speakersOf = (words: string, ...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.find(q => q.text.includes(words))?.speakers;

const CHAIR =
  'Ketua panitia lomba, Sinta Maharani, mengatakan peserta tahun ini bertambah. “Kami sampai kewalahan,” kata Sinta.';

describe('a quote without a cue that opens a paragraph is spoken by the agent named right after it', () => {
  test.each([
    '“Persiapannya hanya dua minggu.” Hal itu disampaikan wakil ketua panitia, Bayu Santoso.',
    '“Persiapannya hanya dua minggu. Kami kerja siang malam.” Demikian dikatakan Bayu Santoso, wakil ketua panitia.',
    '“Persiapannya hanya dua minggu.” Hal tersebut diungkapkan oleh Bayu Santoso di Kota Baru, Senin.',
  ])('%s', line => {
    expect(speakersOf('Persiapannya hanya dua minggu', CHAIR, line)).toEqual(['Bayu Santoso']);
  });

  test.each([
    // The name after the quote is not the agent of a reporting verb: the quote goes on from the last speaker.
    '“Persiapannya hanya dua minggu.” Bayu Santoso, wakil ketua panitia, ikut membantu.',
    // A new sentence about somebody else, not right after the quote.
    '“Persiapannya hanya dua minggu.” Relawan datang dari tiga kecamatan. Hal itu disampaikan kepada Bayu Santoso.',
  ])('%s (negative case)', line => {
    expect(speakersOf('Persiapannya hanya dua minggu', CHAIR, line)).toEqual(['Sinta Maharani']);
  });
});

describe('the agent of a passive of responding is the source of the quote that follows', () => {
  test.each([
    [
      '“Harga tiket terlalu mahal,” kata penumpang Lina.',
      'Pernyataan itu ditanggapi Direktur Operasi PT Kereta Nusa, Bambang Wijaya.',
      '“Tarif sudah sesuai aturan,” ujarnya.',
    ],
    [
      '“Harga tiket terlalu mahal,” kata penumpang Lina.',
      'Keluhan itu ditanggapi oleh Direktur Operasi PT Kereta Nusa Bambang Wijaya.',
      '“Tarif sudah sesuai aturan,” kata dia.',
    ],
  ])('%s %s %s', (...paragraphs) => {
    expect(speakersOf('Tarif sudah sesuai aturan', ...paragraphs)).toEqual(['Bambang Wijaya']);
  });

  test('a response by a crowd, told with a manner word, names no new speaker', () => {
    const paragraphs = [
      'Ketua RT 05 Budi Santoso mengusulkan jam malam bagi pendatang.',
      'Usulan itu ditanggapi beragam oleh warganet di media sosial.',
      '“Kami hanya ingin kampung aman,” ujarnya.',
    ];
    expect(speakersOf('Kami hanya ingin kampung aman', ...paragraphs)).toEqual(['Budi Santoso']);
  });
});

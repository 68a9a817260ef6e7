import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The quotes of invented paragraphs as [type, speakers] with the reported text's first words. */
const run = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => [q.type, q.speakers.join('|'), q.text.slice(0, 24)]);

const CHIEF =
  'Kepala Polsek Sukamaju, AKP Darmawan Saputro, mengatakan polisi menyita tiga truk kayu di hutan itu.';

describe('a report whose subject opens the first clause by a description is inside it', () => {
  test.each([
    [
      'Darmawan menyebut, salah seorang sopir, Yoga (27), mengaku tidak tahu kayu itu tanpa izin. “Pemilik kayunya kami cari,” kata dia.',
    ],
    [
      'Darmawan menyebut, salah seorang sopir yang ditahan, Yoga (27 tahun), mengaku hanya disuruh mengantar. “Pemilik kayunya kami cari,” kata dia.',
    ],
    [
      'Darmawan menjelaskan bahwa seorang kernet truk, Yoga (27), mengaku belum dibayar sejak Maret. “Pemilik kayunya kami cari,” ujarnya.',
    ],
    [
      'Menurut Darmawan, salah satu penebang, Yoga Permana (31), mengaku baru sebulan bekerja di hutan itu. “Pemilik kayunya kami cari,” kata dia.',
    ],
  ])('%s', line => {
    const quotes = run(CHIEF, line);
    // One reported quote of the chief's for the sentence, and the pronoun after it stays his.
    expect(quotes.slice(1).map(q => q.slice(0, 2))).toEqual([
      ['indirect', 'Darmawan Saputro'],
      ['direct', 'Darmawan Saputro'],
    ]);
  });

  test.each([
    // Two statements joined in one sentence, with or without a comma before the joining word.
    [
      'Darmawan mengatakan panen mundur, sementara petani setempat, Ani Lestari, menilai harga gabah turun.',
    ],
    [
      'Darmawan mengatakan panen mundur sedangkan petani setempat, Ani Lestari, menilai harga gabah turun.',
    ],
    // A connective set off by commas before a subject that is not set off itself.
    ['Darmawan mengatakan, di sisi lain, Ani Lestari menilai harga gabah turun.'],
    ['Darmawan menjelaskan, pada saat yang sama, Ani Lestari menyebut harga gabah turun.'],
  ])('a statement of its own stays its speaker’s: %s', line => {
    const speakers = run(CHIEF, line).map(q => q[1]);
    expect(speakers).toContain('Ani Lestari');
  });

  test('switched off, the inner subject is a speaker of its own', () => {
    const line =
      'Darmawan menyebut, salah seorang sopir, Yoga (27), mengaku tidak tahu kayu itu tanpa izin.';
    const off = withFeaturesOff(['reported.nestedReport'], () => run(CHIEF, line));
    expect(off.map(q => q[1])).toContain('Yoga');
  });
});

describe('a report whose subject is set off after its own role right after the first cue is inside it', () => {
  test.each([
    [
      'Darmawan menyebut Kapolres Sukamaju, AKBP Yoga Permana, sudah memerintahkan patroli di jalan hutan. “Pemilik kayunya kami cari,” tuturnya.',
    ],
    [
      'Darmawan mengatakan Bupati Sukamaju, Rudi Santika, sudah memerintahkan penutupan jalan itu. “Pemilik kayunya kami cari,” kata dia.',
    ],
  ])('%s', line => {
    const quotes = run(CHIEF, line);
    expect(quotes.slice(1).map(q => q.slice(0, 2))).toEqual([
      ['indirect', 'Darmawan Saputro'],
      ['direct', 'Darmawan Saputro'],
    ]);
  });

  test('switched off, the inner subject is a speaker of its own', () => {
    const line =
      'Darmawan menyebut Kapolres Sukamaju, AKBP Yoga Permana, sudah memerintahkan patroli di jalan hutan.';
    const off = withFeaturesOff(['reported.roleBeforeNested'], () => run(CHIEF, line));
    expect(off.map(q => q[1])).toContain('Yoga Permana');
  });
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The quotes of invented paragraphs as [type, speakers] with the reported text's first words. */
const run = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => [q.type, q.speakers.join('|'), q.text.slice(0, 24)]);

const CHIEF =
  'Kepala Polsek Sukamaju, AKP Bambang Irawan, mengatakan polisi menangkap empat orang di gudang itu.';

describe('a report whose subject opens the first clause by a description is inside it', () => {
  test.each([
    [
      'Bambang menyebut, salah seorang tersangka, Yoga (27), mengaku diupah oleh seorang penadah. “Penadahnya kami buru,” kata dia.',
    ],
    [
      'Bambang menyebut, salah seorang buruh yang ditangkap, Yoga (27 tahun), mengaku diupah oleh seorang penadah. “Penadahnya kami buru,” kata dia.',
    ],
    [
      'Bambang menjelaskan bahwa seorang penerima upah, Yoga (27), mengaku belum dibayar sejak Maret. “Penadahnya kami buru,” ujarnya.',
    ],
    [
      'Menurut Bambang, salah satu pelaku, Yoga Pratama (31), mengaku baru sebulan bekerja di gudang itu. “Penadahnya kami buru,” kata dia.',
    ],
  ])('%s', line => {
    const quotes = run(CHIEF, line);
    // One reported quote of the chief's for the sentence, and the pronoun after it stays his.
    expect(quotes.slice(1).map(q => q.slice(0, 2))).toEqual([
      ['indirect', 'Bambang Irawan'],
      ['direct', 'Bambang Irawan'],
    ]);
  });

  test('two statements joined in one sentence stay two', () => {
    const line =
      'Bambang mengatakan panen mundur, sementara petani setempat, Ani Lestari, menilai harga gabah turun.';
    const speakers = run(CHIEF, line).map(q => q[1]);
    expect(speakers).toContain('Ani Lestari');
  });

  test('switched off, the inner subject is a speaker of its own', () => {
    const line =
      'Bambang menyebut, salah seorang tersangka, Yoga (27), mengaku diupah oleh seorang penadah.';
    const off = withFeaturesOff(['reported.nestedReport'], () => run(CHIEF, line));
    expect(off.map(q => q[1])).toContain('Yoga');
  });
});

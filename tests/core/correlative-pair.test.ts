import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

const TRADER = 'Di pasar, pedagang bernama Suwarni (48) mengaku pembeli berkurang.';
const FARMER = 'Tarjo, petani di Desa Sukamaju, menyebut biaya pupuk naik.';

/** Each quote's speakers, and the speakers' names, of invented paragraphs. */
const run = (...paragraphs: string[]) => {
  const got = analyzeBody(...paragraphs);
  return { quotes: got.quotes.map(q => q.speakers), speakers: got.speakers.map(s => s.name) };
};

describe('`baik A maupun B`: both people, and `Baik` is no name word', () => {
  test.each([
    ['Baik Suwarni maupun Tarjo berharap hujan segera turun.'],
    ['Baik Suwarni maupun Tarjo mengatakan hujan harus segera turun.'],
  ])('%s', line => {
    expect(run(TRADER, FARMER, line)).toEqual({
      quotes: [['Suwarni'], ['Tarjo'], ['Suwarni', 'Tarjo']],
      speakers: ['Suwarni', 'Tarjo'],
    });
  });

  test('a later `mereka` means the pair', () => {
    const said = '”Kalau harga naik, kami bisa bayar utang,” kata mereka.';
    const got = run(TRADER, FARMER, 'Baik Suwarni maupun Tarjo berharap hujan segera turun.', said);
    expect(got.quotes[3]).toEqual(['Suwarni', 'Tarjo']);
  });

  test('switched off, the pair is not read', () => {
    const line = 'Baik Suwarni maupun Tarjo berharap hujan segera turun.';
    const off = withFeaturesOff(['names.correlativePair'], () => run(TRADER, FARMER, line));
    expect(off.quotes[2]).not.toEqual(['Suwarni', 'Tarjo']);
  });
});

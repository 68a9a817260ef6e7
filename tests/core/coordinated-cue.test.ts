import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The reported quotes of one invented paragraph as [text, speakers]. */
const reported = (paragraph: string) =>
  analyzeBody(paragraph).quotes.map(q => [q.text, q.speakers] as const);

describe('a cue joined to an earlier predicate has the sentence’s subject (reported.coordinatedCue)', () => {
  test.each([
    [
      'Ketua Asosiasi Nelayan Cibening, Rudi Simanjuntak, memahami alasan pemerintah, tetapi meminta agar aturan ditunda.',
      'aturan ditunda',
      'Rudi Simanjuntak',
    ],
    [
      'Rudi Simanjuntak menyambut baik aturan itu dan mengatakan warga akan patuh.',
      'warga akan patuh',
      'Rudi Simanjuntak',
    ],
    [
      'Sementara itu, Sari Wulandari menolak tuduhan tersebut, namun mengakui ada keterlambatan pembayaran.',
      'ada keterlambatan pembayaran',
      'Sari Wulandari',
    ],
    [
      'Bupati Cibening Sugeng Riyadi juga meninjau posko pengungsian, lalu menegaskan stok beras cukup.',
      'stok beras cukup',
      'Sugeng Riyadi',
    ],
  ])('%s', (paragraph, text, who) => expect(reported(paragraph)).toEqual([[text, [who]]]));

  test('switched off, the second predicate has no subject', () => {
    const paragraph =
      'Rudi Simanjuntak memahami alasan pemerintah, tetapi meminta agar aturan ditunda.';
    expect(withFeaturesOff(['reported.coordinatedCue'], () => reported(paragraph))).toEqual([]);
  });
});

describe('a verb of agreeing reports only with `bahwa` (reported.agreedThat)', () => {
  test.each([
    ['Budi Santoso dan Rina Kartika sepakat bahwa harga beras terlalu mahal.', 2],
    ['Rina Kartika setuju bahwa harga pupuk harus turun.', 1],
    // Agreeing to an act or a thing reports nothing.
    ['Kedua menteri sepakat menaikkan harga pupuk tahun depan.', 0],
    ['Rina Kartika setuju rencana pembangunan pasar itu.', 0],
  ])('%s', (paragraph, speakers) =>
    expect(analyzeBody(paragraph).quotes.flatMap(q => q.speakers)).toHaveLength(speakers),
  );

  test('switched off, agreeing reports nothing', () => {
    const paragraph = 'Rina Kartika setuju bahwa harga pupuk harus turun.';
    expect(withFeaturesOff(['reported.agreedThat'], () => reported(paragraph))).toEqual([]);
  });
});

describe('`menuntut` reports a demand only with its link', () => {
  test.each([
    ['Dinas Perhubungan Cibening menuntut agar pemkot menunda proyek itu.', 1],
    ['Para buruh menuntut kenaikan upah.', 0],
  ])('%s', (paragraph, quotes) => expect(reported(paragraph)).toHaveLength(quotes));
});

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

describe('a coordinator before the cue closes the first predicate’s object (reported.coordinatorFirst)', () => {
  const ROWS: [string, string, string][] = [
    [
      'Menjelang sore, Robert Wenda menemui para pedagang dan berjanji pemindahan ditunda.',
      'pemindahan ditunda',
      'Robert Wenda',
    ],
    [
      'Camat Sugeng Riyadi mengunjungi warga korban banjir dan mengatakan bantuan segera datang.',
      'bantuan segera datang',
      'Sugeng Riyadi',
    ],
    [
      'Sari Wulandari menyapa ratusan buruh pabrik serta menegaskan upah akan dibayar pekan depan.',
      'upah akan dibayar pekan depan',
      'Sari Wulandari',
    ],
  ];
  test.each(ROWS)('%s', (paragraph, text, who) =>
    expect(reported(paragraph)).toEqual([[text, [who]]]),
  );

  test.each(ROWS.slice(0, 2))(
    'switched off, the object before `dan` speaks: %s',
    (paragraph, text, who) =>
      expect(withFeaturesOff(['reported.coordinatorFirst'], () => reported(paragraph))).not.toEqual(
        [[text, [who]]],
      ),
  );
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

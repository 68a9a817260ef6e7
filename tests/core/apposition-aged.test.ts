import { describe, expect, test } from 'vitest';
import { withFeaturesOff, type FeatureName } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers' names of the invented paragraphs. */
const names = (...paragraphs: string[]) => analyzeBody(...paragraphs).speakers.map(s => s.name);

/** [feature, paragraphs, names]: read whole with the feature, cut without it. */
type Row = readonly [
  feature: FeatureName,
  paragraphs: readonly string[],
  expected: readonly string[],
];

// A three-word name later called by its middle word: the first word stays the person's.
const ROWS: readonly Row[] = [
  // names.model.appositionAged: an age in brackets closes a set-off name as a comma does.
  [
    'names.model.appositionAged',
    [
      'Salah satu peserta pelatihan, Yohanes Jonaedi Purba (16), pelajar kelas XI SMA Negeri 2 Ende, mengaku baru belajar.',
      '“Ternyata jauh lebih sulit,” tutur Jonaedi.',
    ],
    ['Yohanes Jonaedi Purba'],
  ],
  // names.model.innerNameOpensRun: with no role word, a word the corpora know from people's names
  // opens the run, though no comma sets it off.
  [
    'names.model.innerNameOpensRun',
    [
      'Di bengkelnya, Bambang Kusnandar Tumangger (56) memotong lembaran kayu jati.',
      '“Ini pesanan dari Bali,” kata Kusnandar.',
    ],
    ['Bambang Kusnandar Tumangger'],
  ],
];

describe('a set-off or known first name stays when the article later uses the next word', () => {
  test.each(ROWS)('%s', (_, paragraphs, expected) => {
    expect(names(...paragraphs)).toEqual(expected);
  });
  test.each(ROWS)('switched off: %s', (feature, paragraphs, expected) => {
    expect(withFeaturesOff([feature], () => names(...paragraphs))).not.toEqual(expected);
  });

  // Guards: after a time preposition the corpus word may be the time; after a subordinator or
  // a connective it opens the name; a role word before the run still takes its own words.
  test.each([
    [
      [
        'Selama Ramadhan Kusnandar Hendra Sitepu (40) berjualan kolak di depan masjid.',
        '“Untungnya lumayan,” kata Hendra.',
      ],
      ['Hendra Sitepu'],
    ],
    [
      [
        'Seusai Bambang Hendra Wiyono (56) dilantik, warga menggelar syukuran.',
        '“Terima kasih,” kata Hendra.',
      ],
      ['Bambang Hendra Wiyono'],
    ],
    [
      [
        'Sementara Bambang Kusnandar Wiyono (56) memotong papan jati.',
        '“Lumayan,” kata Kusnandar.',
      ],
      ['Bambang Kusnandar Wiyono'],
    ],
    [
      [
        'Ketua Koperasi Bambang Jaya, Kusnandar Sukamto (50), mengatakan stok aman.',
        '“Aman,” kata Kusnandar.',
      ],
      ['Kusnandar Sukamto'],
    ],
  ])('guard: %j', (paragraphs, expected) => {
    expect(names(...paragraphs)).toEqual(expected);
  });
});

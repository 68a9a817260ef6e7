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

  // Guard: after a time word or a preposition the corpus word may be the time or the place.
  test('a time word before the run', () => {
    expect(
      names(
        'Selama Ramadhan Kusnandar Hendra Sitepu (40) berjualan kolak di depan masjid.',
        '“Untungnya lumayan,” kata Hendra.',
      ),
    ).toEqual(['Hendra Sitepu']);
  });

  test('a subordinator before the run', () => {
    expect(
      names(
        'Seusai Bambang Hendra Wiyono (56) dilantik, warga menggelar syukuran.',
        '“Terima kasih,” kata Hendra.',
      ),
    ).toEqual(['Bambang Hendra Wiyono']);
  });

  test('a connective before the run', () => {
    expect(
      names(
        'Sementara Bambang Kusnandar Wiyono (56) memotong papan jati.',
        '“Lumayan,” kata Kusnandar.',
      ),
    ).toEqual(['Bambang Kusnandar Wiyono']);
  });

  // Guard: a role word before the run still takes its words (the name starts after it).
  test('a role before the run', () => {
    expect(
      names(
        'Ketua Koperasi Bambang Jaya, Kusnandar Sukamto (50), mengatakan stok aman.',
        '“Aman,” kata Kusnandar.',
      ),
    ).toEqual(['Kusnandar Sukamto']);
  });
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

const sorted = (names: string[]) => [...names].sort();
const OFFICIAL =
  'Kepala Desa Joko Purnomo menyebut bantuan sudah merata. "Semua warga sudah menerima," kata Joko.';

/** The speakers of the reported clause after the list, and of the last quote. */
function speakers(paragraph: string): { reported: string[]; quoted: string[] } {
  const { quotes } = analyzeBody(OFFICIAL, paragraph);
  const mine = quotes.filter(q => q.text !== 'bantuan sudah merata' && !q.text.startsWith('Semua'));
  return {
    reported: sorted(mine.find(q => q.type === 'indirect')?.speakers ?? []),
    quoted: sorted(mine.find(q => q.type === 'direct')?.speakers ?? []),
  };
}

// names.describedGroup: people listed before a description set off by commas (`A dan B, dua warga
// Desa X, mengaku …`) are the subject together — of the reported clause, and of the `mereka` or
// `keduanya` after it — each holding the description as their role, without its count.
const ROWS: [string[], string][] = [
  [
    ['Andi', 'Beni'],
    'Andi dan Beni, dua pemuda setempat, mengaku belum pernah menerima bantuan itu. "Nama kami tidak ada di daftar," ujar mereka.',
  ],
  [
    ['Jumiati', 'Rahim'],
    'Rahim dan Jumiati, warga Dusun Krajan, mengaku belum pernah menerima bantuan itu. "Nama kami tidak ada di daftar," kata mereka.',
  ],
  [
    ['Sarip', 'Tono', 'Udin'],
    'Sarip, Tono, dan Udin, tiga buruh tani di desa itu, menyebut nama mereka dicoret tanpa alasan. "Kami tidak tahu salahnya apa," kata ketiganya.',
  ],
  [
    ['Lastri', 'Wagiman'],
    'Wagiman dan Lastri, pasangan suami istri, mengaku belum pernah menerima bantuan itu. "Nama kami tidak ada di daftar," kata keduanya.',
  ],
];

describe('people listed before a description are the subject together (names.describedGroup)', () => {
  test.each(ROWS)('%s', (who, paragraph) => {
    expect(speakers(paragraph)).toEqual({ reported: who, quoted: who });
  });

  test.each(ROWS)('switched off: %s', (who, paragraph) => {
    const off = withFeaturesOff(['names.describedGroup'], () => speakers(paragraph));
    expect(off).not.toEqual({ reported: who, quoted: who });
  });

  test('each member holds the description without its count', () => {
    const { speakers: people } = analyzeBody(OFFICIAL, ROWS[0]![1]);
    expect(people.filter(p => p.name === 'Andi' || p.name === 'Beni').map(p => p.role)).toEqual([
      'pemuda setempat',
      'pemuda setempat',
    ]);
  });
});

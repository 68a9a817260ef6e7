import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

// discourse.gradeWordsApart: a word that only grades an office (`besar`, `agung`, `utama`) shared by
// a description and a role tells no office apart.
const STORIES: readonly (readonly [string, readonly string[], string])[] = [
  [
    'a professor is no ambassador by `besar`',
    [
      'Duta Besar RI untuk Kenya Bramantyo Sukamto mengatakan ekspor teh naik tahun ini.',
      '“Pembeli di Nairobi makin banyak,” kata Bramantyo.',
      'Ekonom Universitas Lubai, Prof. Dr. Kusnandar Purba, menilai kenaikan itu belum merata. Menurut Kusnandar, petani kecil belum menikmati harga baru.',
      '“Yang untung masih eksportir besar,” ujar guru besar asal Ende itu.',
    ],
    'Kusnandar Purba',
  ],
];

describe('a grade word tells no office apart (discourse.gradeWordsApart)', () => {
  test.each(STORIES)('%s', (_, paragraphs, who) => {
    expect(lastSpeakers(...paragraphs)).toEqual([who]);
  });
  test.each(STORIES)('switched off: %s', (_, paragraphs, who) => {
    expect(
      withFeaturesOff(['discourse.gradeWordsApart'], () => lastSpeakers(...paragraphs)),
    ).not.toEqual([who]);
  });
});

// Guard: `senior` tells a person's standing in a trade, and still fits the one described so.
test('a senior journalist described as such is still the senior journalist', () => {
  expect(
    lastSpeakers(
      'Jurnalis senior Bramantyo Sukamto mengatakan liputan banjir kini lebih cepat.',
      'Kapolres Ende AKBP Kusnandar Purba menyebut jalan sudah dibuka.',
      '“Media sosial mengubah segalanya,” ujar wartawan senior itu.',
    ),
  ).toEqual(['Bramantyo Sukamto']);
});

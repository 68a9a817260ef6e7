import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

// cast.customaryTitleAlias: a customary or noble title the person holds, told in a `yang bergelar`
// aside after the name, is what the article may call them by alone later.
const HEAD =
  'Kepala Desa Lubai, Jonaedi Purba, mengatakan panen cengkih turun. “Hujan terlalu lama,” kata Jonaedi.';

const STORIES: readonly (readonly [string, readonly string[], string])[] = [
  [
    'a customary title after the name',
    [
      HEAD,
      'Tetua adat Pulau Tidore, Kusnandar Tumangger, yang bergelar Sangaji, mengatakan warga masih berdoa sebelum panen.',
      '“Pohon ini kami hormati,” kata Sangaji.',
    ],
    'Kusnandar Tumangger',
  ],
  [
    'a Minang title held as a gelar',
    [
      HEAD,
      'Pemuka kaum di Tanah Datar, Surtaman Dalimunthe, yang bergelar Datuak Bandaro, menilai aturan adat masih dipatuhi.',
      '“Anak kemenakan masih mendengar,” ujar Datuak Bandaro.',
    ],
    'Surtaman Dalimunthe',
  ],
  [
    'no comma, and an adverb in the clause',
    [
      HEAD,
      'Tetua adat Pulau Tidore, Kusnandar Tumangger yang juga bergelar Sangaji, mengatakan warga masih berdoa sebelum panen.',
      '“Pohon ini kami hormati,” kata Sangaji.',
    ],
    'Kusnandar Tumangger',
  ],
];

describe('a title the person holds is an alias (cast.customaryTitleAlias)', () => {
  test.each(STORIES)('%s', (_, paragraphs, who) => {
    expect(lastSpeakers(...paragraphs)).toEqual([who]);
  });
  test.each(STORIES)('switched off: %s', (_, paragraphs, who) => {
    expect(
      withFeaturesOff(['cast.customaryTitleAlias'], () => lastSpeakers(...paragraphs)),
    ).not.toEqual([who]);
  });
});

// Guard: a title a thing holds, in a `yang` clause with no comma after a name, is nobody's alias.
test('a team’s title is no alias of its coach', () => {
  expect(
    lastSpeakers(
      'Pelatih tim, Kusnandar Sitepu, mengatakan timnya, yang bergelar Juara Liga Lubai, siap bertanding.',
      'Kapten tim tamu, Jonaedi Purba, mengaku timnya kelelahan. “Kami baru tiba,” kata Jonaedi.',
      '“Kami siap mempertahankan gelar,” kata Juara Liga Lubai.',
    ),
  ).not.toEqual(['Kusnandar Sitepu']);
});

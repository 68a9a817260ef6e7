import { describe, expect, test } from 'vitest';
import { withFeaturesOff, type FeatureName } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

// discourse.accountSource, discourse.unnamedSource: the one a spoken account or a response comes
// from (`Cerita lain datang dari X`) is the source the next `katanya` means, named or not.
const HEAD =
  'Ketua kelompok tani Lubai, Jonaedi Purba, mengatakan panen kopi tahun ini turun. “Hujan datang terlalu awal,” kata Jonaedi.';

const STORIES: readonly (readonly [FeatureName, string, readonly string[]])[] = [
  [
    'discourse.accountSource',
    'Cerita lain datang dari Kusmawati Purba, pemetik kopi sejak remaja. “Buahnya kecil-kecil,” katanya.',
    ['Kusmawati Purba'],
  ],
  [
    'discourse.accountSource',
    'Keluhan yang sama juga datang dari Sukarmini Dalimunthe, pengepul di pasar Ende. “Harga jatuh tiap pekan,” ujarnya.',
    ['Sukarmini Dalimunthe'],
  ],
  [
    'discourse.accountSource',
    'Pengakuan berbeda muncul dari Bramantyo Tumangger, sopir truk pengangkut kopi. Ia baru pulang dari Medan. “Jalan ke kota rusak,” katanya.',
    ['Bramantyo Tumangger'],
  ],
  [
    'discourse.unnamedSource',
    'Kisah lain muncul dari seorang pemetik muda yang baru setahun bekerja. “Upahnya belum naik,” katanya.',
    [],
  ],
];

describe('the source of an account is who speaks next (discourse.accountSource, unnamedSource)', () => {
  test.each(STORIES)('%s: %s', (_, story, who) => {
    expect(lastSpeakers(HEAD, story)).toEqual(who);
  });
  test.each(STORIES)('switched off: %s: %s', (feature, story, who) => {
    expect(withFeaturesOff([feature], () => lastSpeakers(HEAD, story))).not.toEqual(who);
  });
});

// Guards: a thing's story that comes from a place, and a person who comes from somewhere, are no
// account's source.
const GUARDS: readonly (readonly [string, readonly string[]])[] = [
  [
    'Jonaedi sendiri datang dari Pulang Pisau pada 1998. “Kami merintis kebun ini,” katanya.',
    ['Jonaedi Purba'],
  ],
  [
    'Benihnya dipesan dari seorang penangkar di Tanah Datar. “Bibitnya bagus,” katanya.',
    ['Jonaedi Purba'],
  ],
];

test.each(GUARDS)('no account’s source: %s', (story, who) => {
  expect(lastSpeakers(HEAD, story)).toEqual(who);
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

// names.regionAfterPlace: a run of place words set off after a run of place words is the region
// the first place lies in, no person a later `-nya` or `dia` could mean.
const STORIES: readonly (readonly [readonly string[], string])[] = [
  [
    [
      'Bidan Wartinah Sekarwangi melayani warga Desa Lubai sejak 2003. “Dulu jalannya tanah,” kata Wartinah.',
      'Perempuan kelahiran Borong, Manggarai Timur, lima puluh tahun lalu itu tiba di Lubai pada 2003.',
      '“Semua ibu melahirkan di rumah,” tuturnya.',
    ],
    'Wartinah Sekarwangi',
  ],
];

describe('a region set off after a town is no person (names.regionAfterPlace)', () => {
  test.each(STORIES)('%j', (paragraphs, speaker) => {
    expect(lastSpeakers(...paragraphs)).toEqual([speaker]);
  });
  test('a name after a fronted place is the subject', () => {
    expect(
      lastSpeakers(
        'Di Borong, Intan Permata membuka warung sejak pagi.',
        '“Pembeli datang sejak subuh,” tuturnya.',
      ),
    ).toEqual(['Intan Permata']);
  });
  test('a name set off after a place is still a person', () => {
    expect(
      lastSpeakers(
        'Warga Ende, Kusnandar Tumangger, mengatakan, “Air bersih sudah dua hari mati.”',
      ),
    ).toEqual(['Kusnandar Tumangger']);
  });
  test('switched off, the region takes the first story’s quote', () => {
    const [paragraphs, speaker] = STORIES[0]!;
    expect(
      withFeaturesOff(['names.regionAfterPlace'], () => lastSpeakers(...paragraphs)),
    ).not.toEqual([speaker]);
  });
});

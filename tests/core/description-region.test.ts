import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/**
 * A description after a cue may set a place's region off by commas before its demonstrative
 * (`kata perwira asal Klungsari, Jawa Tengah, itu`): the demonstrative still closes the description, which
 * points back to the person it describes.
 */
const CASES: readonly (readonly [string, readonly string[], string])[] = [
  [
    'an officer by his home town and province',
    [
      'Kapolres Sungai Lebar AKBP Dodi Haryanto menyatakan kapal itu disita di dermaga.',
      '“Barang itu akan dikirim lewat laut,” kata perwira menengah asal Klungsari, Jawa Tengah, itu.',
    ],
    'Dodi Haryanto',
  ],
  [
    'a runner by her home regency and province',
    [
      'Ketua panitia, Joko Prasetyo, mengatakan lomba diikuti sebelas ribu pelari. “Semua tertib,” kata Joko.',
      'Pelari nasional Rosita Manurung menyebut dirinya berlatih tiga bulan di pegunungan.',
      '“Saya kaget sendiri,” kata pelari asal Lembah Hijau, Kalimantan Barat, itu.',
    ],
    'Rosita Manurung',
  ],
];

describe('a region set off inside a description after a cue', () => {
  test.each(CASES)('%s', (_, paragraphs, speaker) => {
    expect(lastSpeakers(...paragraphs)).toEqual([speaker]);
  });

  test('switched off, the description ends at the comma and points back to nobody', () => {
    const [, paragraphs, speaker] = CASES[0]!;
    withFeaturesOff(['names.regionInDescription'], () =>
      expect(lastSpeakers(...paragraphs)).not.toEqual([speaker]),
    );
  });
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

// discourse.honorificTitle: a religious title or form of address alone at a cue (`kata Buya`,
// `ujar Romo`) names no office; it means the person the article last wrote with it before their
// name, though somebody else spoke in between.
const ROWS: [string, string[], string][] = [
  [
    'a Minangkabau cleric',
    [
      'Dari Sumatera Barat hadir Buya H. Hasan Basri, pengasuh pondok pesantren di Agam. Menurut Buya Hasan, surau lahir dari tradisi yang sama.',
      'Gubernur Rudi Hartono menyambut baik program itu. “Kami dukung penuh,” katanya.',
      '“Kita bersaudara dalam ilmu,” kata Buya.',
    ],
    'Hasan Basri',
  ],
  [
    'the title inside a longer role',
    [
      'Ketua MUI Cibening Buya Hasan Basri membuka acara.',
      'Bupati Rudi Hartono menyambut baik program itu. “Kami dukung penuh,” katanya.',
      '“Adat harus dijaga,” kata Buya.',
    ],
    'Hasan Basri',
  ],
];

describe('a title of address alone means the person written with it (discourse.honorificTitle)', () => {
  test.each(ROWS)('%s', (_, paragraphs, who) => {
    expect(lastSpeakers(...paragraphs)).toEqual([who]);
  });

  test.each(ROWS)('switched off: %s', (_, paragraphs, who) => {
    const off = withFeaturesOff(['discourse.honorificTitle'], () => lastSpeakers(...paragraphs));
    expect(off).not.toEqual([who]);
  });

  test('nobody written with it: still nobody', () => {
    expect(
      lastSpeakers(
        'Bupati Rudi Hartono menyambut baik program itu.',
        '“Kita bersaudara dalam ilmu,” kata Buya.',
      ),
    ).toEqual([]);
  });
});

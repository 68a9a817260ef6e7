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

// discourse.gelarTitle: a Minang customary title written after the given name, in any spelling.
describe('`kata Datuk` means the man whose name holds the title after his given name', () => {
  test.each([
    'Di beranda rumah gadang itu duduk H. Sukamto Dt. Rajo Bungsu, perajin perak berusia 74 tahun.',
    'Di beranda rumah gadang itu duduk Sukamto Datuak Rajo Bungsu, perajin perak berusia 74 tahun.',
  ])('%s', intro => {
    const lines = [
      intro,
      'Wali Nagari Jonaedi Purba mengatakan kerajinan itu akan didaftarkan. “Kami urus tahun ini,” katanya.',
      '“Perak ini warisan mamak saya,” kata Datuk.',
    ];
    expect(lastSpeakers(...lines)).toHaveLength(1);
    expect(lastSpeakers(...lines)[0]).toMatch(/^Sukamto/);
    const off = withFeaturesOff(['discourse.gelarTitle'], () => lastSpeakers(...lines));
    expect(off).toEqual([]);
  });
});

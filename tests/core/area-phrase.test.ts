import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { isAreaPhrase } from '../../core/lexicon/name-words';
import { lastSpeakers, speakerRoles } from './summarize';

// names.areaPhrase: a regency named by two words that are no place words alone (`Tanah Datar`,
// `Pulang Pisau`; lexicon/generated AREA_PHRASES) is a place wherever the article writes it.
const UNNAMED: readonly (readonly [string, readonly string[]])[] = [
  [
    'a trader set off by her district and regency',
    [
      'Harga cabai di pasar tradisional melonjak tajam sepekan terakhir.',
      'Seorang pedagang di Kecamatan Lubai, Tanah Datar, mengaku omzetnya turun separuh.',
      '“Pembeli sekarang cuma beli seperempat kilo,” ujarnya.',
    ],
  ],
  [
    'a farmer by his village and regency, no district head',
    [
      'Banjir merendam ratusan hektare sawah sejak Senin.',
      'Seorang petani di Cibening, Pulang Pisau, menyebut padinya gagal dipanen.',
      '“Sudah tiga kali tanam ulang,” katanya.',
    ],
  ],
];

describe('a regency named by two words is no person (names.areaPhrase)', () => {
  test.each(UNNAMED)('%s', (_, paragraphs) => {
    expect(lastSpeakers(...paragraphs)).toEqual([]);
  });

  test('a person after the regency keeps the name, the regency goes to the role', () => {
    expect(
      speakerRoles('Bupati Pulang Pisau Darmaji Kusuma mengatakan jalan desa segera diperbaiki.'),
    ).toEqual([['Darmaji Kusuma', 'Bupati Pulang Pisau']]);
  });

  test('a person set off after the regency is still a person', () => {
    expect(
      lastSpeakers('Warga Tanah Datar, Kusnandar Tumangger, mengatakan, “Jembatan itu putus.”'),
    ).toEqual(['Kusnandar Tumangger']);
  });

  test('the lexicon knows whole names only, as written in any case', () => {
    expect(isAreaPhrase(['Tanah', 'Datar'])).toBe(true);
    expect(isAreaPhrase(['TANAH', 'DATAR'])).toBe(true);
    expect(isAreaPhrase(['Tanah'])).toBe(false);
    expect(isAreaPhrase(['Datar', 'Tanah'])).toBe(false);
  });

  test('switched off, the regency takes the first story’s quote', () => {
    const [, paragraphs] = UNNAMED[0]!;
    expect(withFeaturesOff(['names.areaPhrase'], () => lastSpeakers(...paragraphs))).toEqual([
      'Tanah Datar',
    ]);
  });
});

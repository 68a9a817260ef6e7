import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { castPeople } from './summarize';

// names.model.reduplicatedNoun: a word doubled with a hyphen opening a run before a name the article
// writes without it elsewhere is a common noun (a plural, a thing), not the first word of the name.
const ROWS: readonly (readonly [string, string, string])[] = [
  [
    'Jari-jari Sumilah (61) lincah memilin benang di beranda rumahnya.',
    '“Sejak gadis saya menenun,” kata Sumilah.',
    'Sumilah',
  ],
  [
    'Kaki-kaki Kartinah (70) masih kuat mendaki bukit teh tiap pagi.',
    '“Kalau diam di rumah, lutut terasa kaku,” kata Kartinah.',
    'Kartinah',
  ],
];

describe('a doubled word is no name word (names.model.reduplicatedNoun)', () => {
  test.each(ROWS)('%s', (lead, quote, who) => {
    expect(castPeople(lead, quote)).toEqual([who]);
  });
  test.each(ROWS)('switched off: %s', (lead, quote, who) => {
    expect(
      withFeaturesOff(['names.model.reduplicatedNoun'], () => castPeople(lead, quote)),
    ).not.toEqual([who]);
  });
});

// Guard: a doubled word in a band's name stays, though a sentence opens with its last word.
test('a band named with a doubled word keeps it', () => {
  expect(
    castPeople(
      'Grup musik Kupu-Kupu Malam kembali manggung di Ende pekan ini.',
      'Malam itu, ribuan penonton memadati lapangan kota.',
      '“Kami rindu penonton di sini,” kata Kupu-Kupu Malam dalam keterangan tertulis.',
    ),
  ).not.toContain('Malam');
});

// The name written in full every time still loses the doubled word before it.
test('a doubled word before a name always written in full', () => {
  expect(
    castPeople(
      'Murid-murid Sumilah Purba belajar di bawah terpal biru.',
      '“Kami belum punya kelas,” kata Sumilah Purba, guru kelas tiga.',
    ),
  ).toEqual(['Sumilah Purba']);
});

import { describe, expect, test } from 'vitest';
import { lastSpeakers } from './summarize';

/**
 * A madrasah is a school that names itself after its head as `SMA` and `Pesantren` do
 * (lexicon/facilities.ts NAMING_HEADS, SCHOOL_CLINIC_HEADS): the words after `Madrasah Tsanawiyah`
 * name the school, so the school is no member of the pair set off after it.
 */
const ROWS: readonly (readonly [string, string])[] = [
  [
    'Dua murid kelas tujuh Madrasah Tsanawiyah, Jonaedi Purba dan Kartinah Sumilah, memenangi lomba kaligrafi tingkat kabupaten.',
    '“Tiap malam kami berlatih menulis,” kata mereka.',
  ],
  [
    'Dua siswi Madrasah Ibtidaiyah, Sumilah Wartinah dan Kartinah Sukarmini, menjuarai lomba pidato.',
    '“Kami berlatih tiap sore,” kata mereka.',
  ],
];
const PAIRS = [
  ['Jonaedi Purba', 'Kartinah Sumilah'],
  ['Kartinah Sukarmini', 'Sumilah Wartinah'],
];

describe('a madrasah names itself after its head', () => {
  test.each(ROWS.map((r, i) => [...r, PAIRS[i]!] as const))('%s', (intro, quote, pair) =>
    expect([...lastSpeakers(intro, quote)].sort()).toEqual(pair),
  );
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

const intro = 'Ratusan jamaah umrah telantar di bandara selama dua hari.';

/** The speakers of the reported clause that holds `words`. */
const speakersOf = (words: string, line: string): string[] | undefined =>
  analyzeBody(intro, line).quotes.find(q => q.text.includes(words))?.speakers;

describe('where the subject comes from, between it and the cue, is no speaker', () => {
  test.each([
    ['Sumarni dari Tegal mengatakan dia kehilangan rumah.', 'kehilangan rumah', 'Sumarni'],
    [
      'Salah satu jamaah, Rukmini (61) dari Tegal, Jawa Tengah, mengatakan dia sudah membayar lunas.',
      'membayar lunas',
      'Rukmini',
    ],
    [
      'One of the pilgrims, Maria Lopes, 40, from Garut, West Java, said her family had paid in full.',
      'paid in full',
      'Maria Lopes',
    ],
    [
      'Another pilgrim, Sumarni, from Tegal, Central Java, said she was tired of waiting.',
      'tired of waiting',
      'Sumarni',
    ],
    // An unknown place is skipped when a comma closes the aside after a name.
    ['Maria Lopes, 40, from Lospalos, said she lost her boat.', 'lost her boat', 'Maria Lopes'],
  ])('%s', (line, words, name) => {
    expect(speakersOf(words, line)).toEqual([name]);
  });

  test.each([
    // An appositive name after the affiliation is the subject, not an aside (negative cases).
    [
      'Anggota DPRD dari Fraksi Karya, Dewi Lestari, mengatakan anggaran perlu ditambah.',
      'anggaran perlu ditambah',
      'Dewi Lestari',
    ],
    // A name right after the place, with no comma, is the subject.
    [
      'Politisi Partai Karya asal Tegal Rudi Hartanto mengatakan anggaran perlu ditambah.',
      'anggaran perlu ditambah',
      'Rudi Hartanto',
    ],
  ])('%s', (line, words, name) => {
    expect(speakersOf(words, line)).toEqual([name]);
  });

  test('switched off, the place is read as the subject', () => {
    expect(
      withFeaturesOff(['reported.originAside'], () =>
        speakersOf('kehilangan rumah', 'Sumarni dari Tegal mengatakan dia kehilangan rumah.'),
      ),
    ).not.toEqual(['Sumarni']);
  });
});

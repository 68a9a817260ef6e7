import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { indirectQuotes } from './summarize';

/**
 * A kin phrase set off after a name, and another name set off after the phrase (`A (60), ibu dari
 * salah satu korban, B (20), mengatakan`): the phrase says whose kin A is, B names that person,
 * and A speaks (names.kinObjectApposition).
 */
const ROWS: readonly (readonly [paragraph: string, quote: string])[] = [
  [
    'Kusnandar (60), ayah dari dua korban, Sekarwangi (7), mengatakan putrinya hendak berangkat sekolah.',
    'putrinya hendak berangkat sekolah → Kusnandar',
  ],
  [
    'Di depan rumah duka, Kusnandar Purba (52), ayah salah seorang penumpang, Jonaedi, mengatakan anaknya baru lulus SMA.',
    'anaknya baru lulus SMA → Kusnandar Purba',
  ],
  [
    'Sumilah (48), kakak kandung pasien, Kartinah (41), mengatakan adiknya belum sadar sejak Senin.',
    'adiknya belum sadar sejak Senin → Sumilah',
  ],
];

/** A name set off after a role, or listed names, keep their readings. */
const GUARDS: readonly (readonly [paragraph: string, quote: string])[] = [
  ['Ketua RT 02, Wartinah, mengatakan warga sudah mengungsi.', 'warga sudah mengungsi → Wartinah'],
  // A sentence adverb, a place, a channel or a facility set off before the kin phrase is no
  // first person.
  [
    'Lewat telepon, ayah korban, Kusnandar (45), mengatakan anaknya pamit pergi sekolah.',
    'anaknya pamit pergi sekolah → Kusnandar',
  ],
  [
    'Gereja Santo Yosef, tetangga korban, Kusnandar (45), mengatakan anaknya pamit pergi sekolah.',
    'anaknya pamit pergi sekolah → Kusnandar',
  ],
  [
    'Terpisah, ayah korban, Kusnandar (45), mengatakan anaknya pamit pergi sekolah.',
    'anaknya pamit pergi sekolah → Kusnandar',
  ],
  [
    'Sementara di Ende, Tanah Datar, ibu korban, Wartinah (40), mengatakan anaknya pamit pergi sekolah.',
    'anaknya pamit pergi sekolah → Wartinah',
  ],
  [
    'Wartinah, ayah korban Sekarwangi, mengatakan cucunya hendak berangkat sekolah.',
    'cucunya hendak berangkat sekolah → Wartinah',
  ],
  [
    'Sukamto, Wartinah, dan Kusnandar mengatakan warga sudah mengungsi.',
    'warga sudah mengungsi → Sukamto + Wartinah + Kusnandar',
  ],
];

describe('the name after a kin phrase names whose kin', () => {
  test.each(ROWS)('%s', (paragraph, quote) => expect(indirectQuotes(paragraph)).toEqual([quote]));
  test.each(GUARDS)('guard: %s', (paragraph, quote) =>
    expect(indirectQuotes(paragraph)).toEqual([quote]),
  );

  test('switched off, the victim is read as the speaker', () => {
    const [paragraph, quote] = ROWS[0]!;
    const off = withFeaturesOff(['names.kinObjectApposition'], () => indirectQuotes(paragraph));
    expect(off).not.toEqual([quote]);
  });
});

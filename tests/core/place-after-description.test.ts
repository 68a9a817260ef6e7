import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { roleCreditedTo } from './summarize';

/** The role of the speaker whose name holds `word`, read from an invented paragraph. */
const roleOf = (word: string, intro: string) =>
  roleCreditedTo(word, intro, 'Kami menolak politik uang');

/** [the sentence introducing the person, the word a quote names them by, the role]. */
const ROWS: readonly (readonly [intro: string, word: string, role: string])[] = [
  [
    'Pengasuh sebuah pondok pesantren di Cikupa, Jonggol, KH Rudi Hartawiryo, mengajak warga menolak pemberian uang.',
    'Rudi',
    'Pengasuh sebuah pondok pesantren di Cikupa, Jonggol',
  ],
  [
    'Seorang pedagang di Pasar Cikupa, Jonggol, Rina Sulastri, mengeluhkan harga cabai.',
    'Rina',
    'pedagang di Pasar Cikupa, Jonggol',
  ],
  [
    'Dua warga Kecamatan Cikupa, Kabupaten Jonggol, Rudi Hartawiryo dan Rina Sulastri, mengaku pernah ditawari uang.',
    'Rina',
    'warga Kecamatan Cikupa, Kabupaten Jonggol',
  ],
];

describe('a known place set off by commas after a description belongs to the role', () => {
  test.each(ROWS)('%s', (intro, word, role) => expect(roleOf(word, intro)).toBe(role));
  test('switched off, none of them had that role', () => {
    for (const [intro, word, role] of ROWS) {
      const off = withFeaturesOff(['cast.placeAfterDescription'], () => roleOf(word, intro));
      expect(off).not.toBe(role);
    }
  });
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The role of the speaker whose name holds `word`, read from an invented paragraph. */
function roleOf(word: string, intro: string): string | null | undefined {
  const said = `“Kami menolak politik uang,” kata ${word}.`;
  const found = analyzeBody(intro, said).speakers.find(s => s.name.split(' ').includes(word));
  return found?.role;
}

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

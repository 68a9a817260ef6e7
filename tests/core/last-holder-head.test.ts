import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/**
 * `ujar sang pelatih` when both teams' coaches were introduced: the coach whose statement it
 * follows, not the one the article introduced last.
 */
const PARAGRAPHS = [
  'Pelatih Persimulya Gunawan Saleh mengakui timnya kehilangan konsentrasi saat kalah 1-2 dari Persikabo.',
  'Pelatih Persikabo Rudolfo Mendes memuji mental anak asuhnya yang tidak menyerah.',
  'Soal cedera kaptennya, Gunawan memastikan pemain itu tidak dibawa ke laga tandang. Menurut dia, dokter tim masih menunggu hasil pemindaian.',
  '“Saya tidak mau mengambil risiko,” ujar sang pelatih.',
];

describe('a lowercase head two people hold means the one whose statement it follows', () => {
  test('the coach who spoke, not the other team’s coach introduced later', () => {
    expect(lastSpeakers(...PARAGRAPHS)).toEqual(['Gunawan Saleh']);
  });

  test('switched off, the coach introduced last takes it', () => {
    expect(
      withFeaturesOff(['discourse.lastHolderHead'], () => lastSpeakers(...PARAGRAPHS)),
    ).toEqual(['Rudolfo Mendes']);
  });
});

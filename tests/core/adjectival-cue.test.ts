import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Each quote of invented paragraphs as `text → speakers`. */
function credited(...paragraphs: string[]): string[] {
  return analyzeBody(...paragraphs).quotes.map(q => `${q.text} → ${q.speakers.join(' + ')}`);
}

const OPENING = 'Kepala Dinas Sosial Budi Santoso mengatakan bantuan sudah disalurkan.';

// `mendesak` is 'urges' after a speaker and 'urgent' after a need or matter: the adjective
// reports nothing, so the cue after it (`ujar dia`, `kata Budi`) has the clause.
describe('a cue that is an adjective after its noun reports nothing (reported.adjectivalCue)', () => {
  test.each([
    [
      'Keperluan mendesak di posko, ujar dia, adalah tenda dan obat-obatan.',
      'adalah tenda dan obat-obatan → Budi Santoso',
    ],
    ['Kebutuhan mendesak warga, kata Budi, adalah dapur umum.', 'adalah dapur umum → Budi Santoso'],
    [
      'Persoalan mendesak di lapangan, menurut dia, adalah akses jalan yang putus.',
      'adalah akses jalan yang putus → Budi Santoso',
    ],
  ])('%s', (sentence, expected) => {
    expect(credited(OPENING, sentence)).toEqual([
      'bantuan sudah disalurkan → Budi Santoso',
      expected,
    ]);
    expect(
      withFeaturesOff(['reported.adjectivalCue'], () => credited(OPENING, sentence))[1],
    ).not.toBe(expected);
  });

  test('after a speaker, `mendesak` still urges', () => {
    expect(
      credited('Ketua DPRD Rina Kartika mendesak pemerintah segera memperbaiki jalan itu.'),
    ).toEqual(['pemerintah segera memperbaiki jalan itu → Rina Kartika']);
  });
});

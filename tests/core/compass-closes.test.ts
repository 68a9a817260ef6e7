import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Each quote's speakers, for invented paragraphs. */
const credits = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers.join(' + '));

// names.model.compassCloses: a run whose name part closes on a compass point after a word nobody
// knows as a person's ends on a region, so the person named after its comma is the speaker.
const CASES: readonly (readonly [string, string, string])[] = [
  [
    'a governor of a foreign region, then a general with an unknown foreign name',
    'Gubernur Cibening Utara, Mayor Jenderal Nabil Qasimi, mengatakan perbatasan dibuka besok.',
    'Nabil Qasimi',
  ],
  [
    'a regent of a southern district, then a name no lexicon knows',
    'Bupati Lubai Selatan, Tumangger Surtaman, mengatakan jembatan selesai pekan depan.',
    'Tumangger Surtaman',
  ],
];

describe('a compass point closes a region, not a name', () => {
  test.each(CASES)('%s', (_, text, speaker) => {
    expect(credits(text)).toEqual([speaker]);
  });

  test('guard: after a given name the compass word may be a surname', () => {
    expect(credits('Warga Lubai, Ahmad Timur, mengatakan jalan desa rusak berat.')).toEqual([
      'Ahmad Timur',
    ]);
  });

  test('switched off, the region is read as the speaker', () => {
    const [, text, speaker] = CASES[0]!;
    withFeaturesOff(['names.model.compassCloses'], () =>
      expect(credits(text)).not.toEqual([speaker]),
    );
  });
});

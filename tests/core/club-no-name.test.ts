import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Each quote's speakers, for invented paragraphs. */
const credits = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers.join(' + '));

// names.evidence.clubNoName: a club the corpora know, written alone before a cue (`gol Persija
// menyatakan`), is no person's name used alone, so the coach named after it keeps his own name.
const MATCH = [
  'Di kubu tamu, pelatih Persija Bramantyo de Graaf mengakui timnya kalah di lini tengah.',
  'Sementara itu, Jonaedi Purba yang mencetak satu-satunya gol Persija menyatakan tim akan bangkit.',
];

describe('a club before a cue is no name used alone', () => {
  test('the coach keeps his name', () => {
    expect(credits(...MATCH)).toEqual(['Bramantyo de Graaf', 'Jonaedi Purba']);
  });

  test('switched off, the club joins the coach’s name', () => {
    expect(withFeaturesOff(['names.evidence.clubNoName'], () => credits(...MATCH))[0]).toBe(
      'Persija Bramantyo de Graaf',
    );
  });
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { indirectQuotes } from './summarize';

/**
 * A noun shaped like a `meN-` verb (`menit`, `mesin`) predicates nothing after a cue: a noun
 * object with it is no reported statement (`reported.menNouns`); a real verb still is.
 */
describe('a noun shaped like a verb after a cue predicates nothing', () => {
  const substitution =
    'Asisten pelatih, Rudi Hartono, menyarankan pergantian pemain pada menit ke-60.';
  test.each([
    [substitution, []],
    ['Kepala bengkel, Rudi Hartono, menyarankan perawatan rutin pada mesin kapal.', []],
    [
      'Asisten pelatih, Rudi Hartono, menyarankan pemain muda menit bermainnya ditambah.',
      ['pemain muda menit bermainnya ditambah → Rudi Hartono'],
    ],
  ])('%s', (paragraph, expected) => {
    expect(indirectQuotes(paragraph)).toEqual(expected);
  });

  test('switched off, the minute reads as a verb and the substitution as a statement', () => {
    expect(withFeaturesOff(['reported.menNouns'], () => indirectQuotes(substitution))).not.toEqual(
      [],
    );
  });
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { castPeople, lastSpeakers } from './summarize';

// names.model.bodySeatAfterBracket: after a title form in brackets, a body's acronym or head and
// then only known places are the office's body and seat; the run names nobody, so the quote's
// speaker is a title whose holder the article names elsewhere, never the place.
describe('a body and its seat after a bracketed title form name nobody (names.model.bodySeatAfterBracket)', () => {
  test.each([
    'Kepala Pelaksana (Kalaksa) BPBD Sukamaju menyebutkan, “Kami kirim dua perahu.”',
    '“Kami kirim dua perahu,” kata Kepala Pelaksana (Kalaksa) BPBD Sinjai.',
  ])('%s', sentence => {
    expect(lastSpeakers(sentence)).toEqual([]);
    const off = withFeaturesOff(['names.model.bodySeatAfterBracket'], () => lastSpeakers(sentence));
    expect(off).not.toEqual([]);
  });

  // A person named after the seat keeps the name.
  test('a name after the seat', () => {
    expect(
      castPeople('Kepala Pelaksana (Kalaksa) BPBD Garut Asep Supriatna meninjau lokasi longsor.'),
    ).toEqual(['Asep Supriatna']);
  });
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { castPeople, lastSpeakers } from './summarize';

// names.englishAgeApposition: an English apposition opening with an age gives the lone name
// before it an age, so it names a person whom a later description means.
describe('an English age apposition makes a lone name a person (names.englishAgeApposition)', () => {
  const intro =
    'The regent opened the dam on Monday. Wartini, a 58-year-old rice farmer, lost two harvests to drought before it was built.';
  test('the farmer is in the cast', () => {
    expect(castPeople(intro)).toEqual(['Wartini']);
    expect(withFeaturesOff(['names.englishAgeApposition'], () => castPeople(intro))).toEqual([]);
  });
  test('and speaks as the description after it', () => {
    expect(
      lastSpeakers(intro, '"We planted twice and lost twice," the mother of four said.'),
    ).toEqual(['Wartini']);
  });
});

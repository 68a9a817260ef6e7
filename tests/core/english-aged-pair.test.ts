import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const OFFICIAL =
  'Head of the regional office, Jonaedi Purba, said 4,000 pilgrims would depart this year.';
const said = (intro: string) =>
  lastSpeakers(
    OFFICIAL,
    intro,
    '“We sold one sack of rice each harvest,” the couple told reporters.',
  );

// cast.englishAgedMembers, discourse.englishAgedPair: an English age set off by commas.
describe('names with ages set off by commas stay one pair', () => {
  test('a pair joined by a relation after the first one’s age', () => {
    const intro =
      'For 20 years, Bramantyo Kusnandar, 70, and his wife Wartinah Sukamto, 66, saved part of every harvest.';
    expect([...said(intro)].sort()).toEqual(['Bramantyo Kusnandar', 'Wartinah Sukamto']);
    expect(withFeaturesOff(['discourse.englishAgedPair'], () => said(intro))).toEqual([]);
  });

  test('a list of three, each with an age', () => {
    const lines = [
      OFFICIAL,
      'Three neighbours, Bramantyo Kusnandar, 70, Wartinah Sukamto, 66, and Sukarmini Lubis, 59, still plant rice by hand.',
      '“The tractor is too expensive for us,” they said.',
    ];
    const expected = ['Bramantyo Kusnandar', 'Sukarmini Lubis', 'Wartinah Sukamto'];
    expect([...lastSpeakers(...lines)].sort()).toEqual(expected);
    const off = withFeaturesOff(['cast.englishAgedMembers'], () => lastSpeakers(...lines));
    expect([...off].sort()).not.toEqual(expected);
  });

  test('a number between commas that is no age after a name joins nobody', () => {
    const intro =
      'Bramantyo Kusnandar, 2024, and the harvest festival were the talk of the village of Ende.';
    expect(said(intro)).not.toContain('Bramantyo Kusnandar');
  });
});

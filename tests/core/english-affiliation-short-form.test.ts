import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { indirectQuotes } from './summarize';

// names.englishAffiliationShortForm
describe('an English affiliation without `the` may close with its short form in brackets', () => {
  test.each([
    'Economist Prof. Bramantyo Kusnandar of Nusa Bangsa University (UNB) believes the new tariff would lift coffee exports.',
    'Researcher Wartinah Purbasari of Ende Research Institute (ERI) said the levee plan was sound.',
  ])('%s', line => {
    const [quote] = indirectQuotes(line);
    const speaker = line.includes('Bramantyo') ? 'Bramantyo Kusnandar' : 'Wartinah Purbasari';
    expect(quote).toMatch(new RegExp(`→ ${speaker}$`));
    const off = withFeaturesOff(['names.englishAffiliationShortForm'], () => indirectQuotes(line));
    expect(off[0]).not.toMatch(new RegExp(`→ ${speaker}$`));
  });
});

// lexicon/roles.ts OCCUPATIONS, English market and workshop trades
test.each(['a fish seller', 'a shopkeeper', 'a tin miner', 'a weaver'])(
  '%s who asked not to be named is an unnamed speaker',
  who => {
    const line = `In Ende, ${who} who asked not to be named said prices had doubled since May.`;
    expect(indirectQuotes(line)).toEqual(['prices had doubled since May → ']);
  },
);

import { describe, expect, test } from 'vitest';
import { withFeaturesOff, type FeatureName } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The reported quotes of invented paragraphs as `text|speakers`. */
const reported = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs)
    .quotes.filter(q => q.type === 'indirect')
    .map(q => `${q.text}|${q.speakers.join(' + ')}`);

/** Each row: the switch, the paragraphs, the quote it finds (and loses with the switch off). */
const rows: [FeatureName, string[], string][] = [
  [
    'reported.bareAgeAside',
    ['Fisherman Yakobus Mambor, 58, said the catch had halved since the reclamation began.'],
    'the catch had halved since the reclamation began|Yakobus Mambor',
  ],
  [
    'reported.bareAgeAside',
    [
      'Seorang nelayan, Yakobus Mambor, 58, mengatakan hasil tangkapan turun separuh sejak reklamasi dimulai.',
    ],
    'hasil tangkapan turun separuh sejak reklamasi dimulai|Yakobus Mambor',
  ],
];

describe('English and Indonesian subjects read past an age', () => {
  test.each(rows)('%s: %j', (feature, paragraphs, quote) => {
    expect(reported(...paragraphs)).toContain(quote);
    expect(withFeaturesOff([feature], () => reported(...paragraphs))).not.toContain(quote);
  });
});

describe('an English adjunct after the cue, then a participle, reports nothing', () => {
  test.each([
    '"The nets were empty," Yakobus Mambor said on Monday, still mending a torn net.',
    '"The nets were empty," Yakobus Mambor said on Monday (3/8/2026), pointing at the pier.',
    '"The nets were empty," Yakobus Mambor said at the harbour, while sorting his catch.',
  ])('%s', line => {
    expect(reported(line)).toEqual([]);
    expect(
      withFeaturesOff(['reported.englishAdjunctParticiple'], () => reported(line)),
    ).not.toEqual([]);
  });

  test('a clause after the adjunct is still reported', () => {
    expect(reported('Yakobus Mambor said on Monday, the harbour would reopen in June.')).toContain(
      'the harbour would reopen in June|Yakobus Mambor',
    );
  });
});

describe('an English cue followed by `with` and no finite verb reports nothing', () => {
  test('a manner of saying', () => {
    const line = '"We mend nets every night," Mambor said with a grin, as he tied another knot.';
    expect(reported('Yakobus Mambor has fished for 40 years.', line)).toEqual([]);
  });

  test('with a finite verb after it, a clause is still reported', () => {
    expect(
      reported('Yakobus Mambor said with the new pier, boats would dock closer to the market.'),
    ).toContain('with the new pier, boats would dock closer to the market|Yakobus Mambor');
  });
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody, lastSpeakers } from './summarize';

/**
 * English `it` as a reporting subject (`“…,” it said`, `It added that …`) is an organisation
 * speaking as such: it points back to the organisation, never to a person.
 */
const CASES: readonly (readonly [string, readonly string[], string])[] = [
  [
    'after a direct quote',
    [
      'The Ministry of Village Affairs issued a warning about fertiliser prices on Friday.',
      '“Smallholders cannot absorb another increase,” it said in a statement.',
    ],
    'Ministry of Village Affairs',
  ],
  [
    'opening reported speech',
    [
      'Bank Sentosa Raya kept its lending rate unchanged this quarter.',
      'It said demand for mortgages remained weak across the country.',
    ],
    'Bank Sentosa Raya',
  ],
  [
    'a person named after the organisation',
    [
      'PT Kopi Sumatra Lestari raised its export forecast.',
      'Its chairman, Rudi Hartanto, attended a trade fair in Jakarta.',
      '“Buyers in Europe want more beans,” it said.',
    ],
    'PT Kopi Sumatra Lestari',
  ],
];

describe('English it before a reporting verb is the organisation just named', () => {
  test.each(CASES)('%s', (_, paragraphs, speaker) => {
    expect(lastSpeakers(...paragraphs)).toEqual([speaker]);
  });

  test('with no organisation before it, it names nobody', () => {
    expect(
      lastSpeakers(
        'Rudi Hartanto runs a coffee shop in Medan.',
        '“Buyers want more beans,” it said.',
      ),
    ).toEqual([]);
  });

  test('switched off, it is no mention', () => {
    const [, paragraphs] = CASES[0]!;
    withFeaturesOff(['discourse.organisationPronoun'], () => {
      const { quotes } = analyzeBody(...paragraphs);
      expect(quotes[quotes.length - 1]?.mention ?? null).not.toBe('it');
    });
  });
});

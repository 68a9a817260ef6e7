import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The quotes of the paragraphs as [text, speakers]. */
const quotes = (...lines: string[]) => analyzeBody(...lines).quotes.map(q => [q.text, q.speakers]);

describe('An English organisation named by a capitalised modifier and a lowercase head', () => {
  test.each([
    [
      ['The Thai navy said on Friday its patrol boats had left the harbour.'],
      [['its patrol boats had left the harbour', ['Thai navy']]],
    ],
    [
      [
        'The Malaysian government said its workers would be flown home.',
        'It claimed the flights had been paid for by the employers.',
      ],
      [
        ['its workers would be flown home', ['Malaysian government']],
        ['the flights had been paid for by the employers', ['Malaysian government']],
      ],
    ],
    [
      ['Several roads were closed, the Philippine army said on Tuesday.'],
      [['Several roads were closed', ['Philippine army']]],
    ],
    [
      ['"Our teams are on the ground," the UN food agency said.'],
      [['Our teams are on the ground', ['UN food agency']]],
    ],
    [
      ['According to the Japanese embassy, 40 students had been evacuated.'],
      [['40 students had been evacuated', ['Japanese embassy']]],
    ],
    // A lowercase description still points back to the organisation the article named.
    [
      ['Staff of the Marine Affairs Ministry met on Monday.', '"We will act," the ministry said.'],
      [['We will act', ['Marine Affairs Ministry']]],
    ],
    // A person's office after the capitalised modifier is no organisation.
    [['"We will act," the Thai minister said.'], [['We will act', []]]],
  ])('%s', (lines, expected) => {
    expect(quotes(...lines)).toEqual(expected);
  });

  test('switched off, the description points back to nobody', () => {
    const line = 'The Thai navy said on Friday its patrol boats had left the harbour.';
    const off = withFeaturesOff(['names.englishProperDescribedOrg'], () => quotes(line));
    expect(off).toEqual([['its patrol boats had left the harbour', []]]);
  });
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The indirect quotes of the paragraphs as [text, speakers]. */
const indirect = (...lines: string[]) =>
  analyzeBody(...lines)
    .quotes.filter(q => q.type === 'indirect')
    .map(q => [q.text, q.speakers]);

describe('English urging verbs with a particle: `called on X to …`', () => {
  test.each([
    [
      ['Jakarta Governor Budi Santoso called on residents to stay away from the river banks.'],
      [['residents to stay away from the river banks', ['Budi Santoso']]],
    ],
    [
      [
        'Rudi Hartanto met reporters on Monday.',
        'He called on the regional administrations to speed up the payments.',
      ],
      [['the regional administrations to speed up the payments', ['Rudi Hartanto']]],
    ],
    [
      [
        'Chairman of the Rubber Growers Association, Dr Yosef Hutapea, called on smallholders in the district to replant their old trees.',
      ],
      [['smallholders in the district to replant their old trees', ['Yosef Hutapea']]],
    ],
    [
      ['Wulan Pratiwi appealed to the public to stop spreading hoaxes about the vaccine.'],
      [['the public to stop spreading hoaxes about the vaccine', ['Wulan Pratiwi']]],
    ],
    [
      ['The Coastal Fishers Union calls upon its members to stay ashore this week.'],
      [['its members to stay ashore this week', ['Coastal Fishers Union']]],
    ],
    // Without an infinitive after the addressee the verb visits or names: nothing was urged.
    [['Rudi Hartanto called on the president at the palace on Monday.'], []],
    [['Rudi Hartanto was called on to resign by the students.'], []],
  ])('%s', (lines, quotes) => {
    expect(indirect(...lines)).toEqual(quotes);
  });

  test('switched off, `called on` reports nothing', () => {
    const line =
      'Jakarta Governor Budi Santoso called on residents to stay away from the river banks.';
    expect(withFeaturesOff(['reported.englishPhrasalUrge'], () => indirect(line))).toEqual([]);
  });
});

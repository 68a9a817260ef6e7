import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/**
 * A country or place after `of` closing a run whose words before it read as a person's is where
 * the person is from, no part of the name (names.englishPlaceOfPerson).
 */
const ROWS: readonly (readonly [paragraphs: readonly string[], name: string])[] = [
  [
    [
      'Jonaedi Purba beat world number three Lars Bramantyo of Denmark 21-18, 21-19 on Saturday.',
      '"He was better today," Bramantyo said.',
    ],
    'Lars Bramantyo',
  ],
  [
    [
      'The final pitted Sukamto Dalimunthe of Malaysia against the home favourite.',
      '"I enjoyed every rally," Dalimunthe said.',
    ],
    'Sukamto Dalimunthe',
  ],
];

/** An office or an organisation before `of` keeps the run as it was read. */
const GUARDS: readonly (readonly [paragraphs: readonly string[], name: string])[] = [
  [['"The budget is ready," Governor of Bali Kusnandar Tumangger said.'], 'Kusnandar Tumangger'],
];

describe('the place a person is from, after `of`', () => {
  test.each([...ROWS, ...GUARDS])('%s', (paragraphs, name) =>
    expect(lastSpeakers(...paragraphs)).toEqual([name]),
  );

  test('switched off, the place is read into the name', () => {
    const [paragraphs, name] = ROWS[0]!;
    const off = withFeaturesOff(['names.englishPlaceOfPerson'], () => lastSpeakers(...paragraphs));
    expect(off).not.toEqual([name]);
  });
});

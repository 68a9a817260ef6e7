import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { speakerRoles } from './summarize';

/**
 * An English organisation's complement made only of portfolio words (`Ministry of Trade`) ends
 * where the first other word starts: two name words or more from there are the person, known to
 * a name lexicon or not (names.englishPortfolioComplement).
 */
const ROWS: readonly (readonly [paragraph: string, name: string])[] = [
  [
    'Spokesperson for the Ministry of Trade Kusnandar Tumangger said export permits would be issued within a week.',
    'Kusnandar Tumangger',
  ],
  [
    'Inspector General at the Ministry of Home Affairs Jonaedi Purbasari said regional budgets must be approved before March.',
    'Jonaedi Purbasari',
  ],
];

/** The organisation itself speaking keeps its whole name. */
const GUARDS: readonly (readonly [paragraph: string, name: string])[] = [
  [
    'The Ministry of Trade and Industry said export permits would be issued within a week.',
    'Ministry of Trade and Industry',
  ],
  [
    'The Ministry of Health said the vaccine stock was enough for three months.',
    'Ministry of Health',
  ],
  // A province after the portfolio is the office's seat, no person.
  [
    'The Ministry of Religious Affairs West Java said the hajj quota would not change.',
    'Ministry of Religious Affairs West Java',
  ],
];

describe('a person after a portfolio complement', () => {
  test.each(ROWS)('%s', (paragraph, name) => expect(speakerRoles(paragraph)[0]?.[0]).toBe(name));
  test.each(GUARDS)('guard: %s', (paragraph, name) =>
    expect(speakerRoles(paragraph)[0]?.[0]).toBe(name),
  );

  test('switched off, the first word is no known given name and the run stays whole', () => {
    const [paragraph, name] = ROWS[0]!;
    const off = withFeaturesOff(['names.englishPortfolioComplement'], () =>
      speakerRoles(paragraph),
    );
    expect(off.map(([n]) => n)).not.toContain(name);
  });
});

import { describe, expect, test } from 'vitest';
import { AGE_BAND_NOUNS, PERSON_NOUN_GENDER, PERSON_NOUNS } from '../../core/lexicon/person-nouns';

/**
 * The person nouns are one table (lexicon/person-nouns.ts); the lists the readers use are its
 * columns, so a word's sex, age band and whether it describes a person alone are read off one row.
 */
describe('each list is a column of the one person-noun table', () => {
  test.each([
    ['pemuda', 'male', [15, 35], true],
    ['nenek', 'female', [50, 130], true],
    ['perempuan', 'female', undefined, true],
    ['mbah', undefined, undefined, true],
    ['suami', 'male', undefined, false],
    ['remaja', undefined, [11, 21], true],
    ['bayi', undefined, [0, 2], false],
    ['girl', 'female', [0, 17], false],
    ['pedagang', undefined, undefined, false],
  ] as const)('%s', (word, sex, band, alone) => {
    expect(PERSON_NOUN_GENDER.get(word)).toBe(sex);
    expect(AGE_BAND_NOUNS.get(word)).toEqual(band);
    expect(PERSON_NOUNS.has(word)).toBe(alone);
  });
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speaker of each quote of the invented paragraphs, in order. */
const quoteSpeakers = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers.join(' & '));

const PLAN = 'the flood plan is too weak.';

describe('an English person named before `of`/`from`/`at` and an organisation without `the`', () => {
  test.each([
    [
      '`of` a university, an office before the name',
      `Lecturer Dewi Anggraini of Tanjung Harapan University believes ${PLAN}`,
      ['Dewi Anggraini'],
    ],
    [
      '`of` a university, a lowercase office before the name',
      `Political analyst Dewi Anggraini of Tanjung Harapan University believes ${PLAN}`,
      ['Dewi Anggraini'],
    ],
    [
      '`of` a university, no office',
      `Dewi Anggraini of Tanjung Harapan University said ${PLAN}`,
      ['Dewi Anggraini'],
    ],
    [
      '`of` a group named by a word no lexicon knows',
      `Dewi Anggraini of Kalimantan Rivers Watch said ${PLAN}`,
      ['Dewi Anggraini'],
    ],
    [
      '`from` a university',
      `Dewi Anggraini from Tanjung Harapan University said ${PLAN}`,
      ['Dewi Anggraini'],
    ],
    [
      '`at` a university',
      `Researcher Dewi Anggraini at Tanjung Harapan University said ${PLAN}`,
      ['Dewi Anggraini'],
    ],
    [
      '`of` a province after an office',
      `Governor Dewi Anggraini of North Kalimantan said ${PLAN}`,
      ['Dewi Anggraini'],
    ],
    [
      'then a pronoun',
      `Lecturer Dewi Anggraini of Tanjung Harapan University believes ${PLAN} "Nobody checks the pumps," she said.`,
      ['Dewi Anggraini', 'Dewi Anggraini'],
    ],
    // Negative cases: the words before the preposition are no person's name.
    [
      'an office `of` a portfolio, then the name',
      `Minister of Trade Dewi Anggraini said ${PLAN}`,
      ['Dewi Anggraini'],
    ],
    [
      'an organisation `of` its region',
      `The Health Office of North Kalimantan said ${PLAN}`,
      ['Health Office of North Kalimantan'],
    ],
  ])('%s', (_, paragraph, expected) => expect(quoteSpeakers(paragraph)).toEqual(expected));

  test('switched off, `of` without `the` is read as before', () => {
    const off = withFeaturesOff(['names.englishAffiliationBare'], () =>
      quoteSpeakers(`Dewi Anggraini from Tanjung Harapan University said ${PLAN}`),
    );
    expect(off).not.toEqual(['Dewi Anggraini']);
  });
});

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
      `Lecturer Dewi Kartikasari of Tanjung Harapan University believes ${PLAN}`,
      ['Dewi Kartikasari'],
    ],
    [
      '`of` a university, a lowercase office before the name',
      `Political analyst Dewi Kartikasari of Tanjung Harapan University believes ${PLAN}`,
      ['Dewi Kartikasari'],
    ],
    [
      '`of` a university, no office',
      `Dewi Kartikasari of Tanjung Harapan University said ${PLAN}`,
      ['Dewi Kartikasari'],
    ],
    [
      '`of` a group named by a word no lexicon knows',
      `Dewi Kartikasari of Kalimantan Rivers Watch said ${PLAN}`,
      ['Dewi Kartikasari'],
    ],
    [
      '`from` a university',
      `Dewi Kartikasari from Tanjung Harapan University said ${PLAN}`,
      ['Dewi Kartikasari'],
    ],
    [
      '`at` a university',
      `Researcher Dewi Kartikasari at Tanjung Harapan University said ${PLAN}`,
      ['Dewi Kartikasari'],
    ],
    [
      '`of` a province after an office',
      `Governor Dewi Kartikasari of North Kalimantan said ${PLAN}`,
      ['Dewi Kartikasari'],
    ],
    [
      'then a pronoun',
      `Lecturer Dewi Kartikasari of Tanjung Harapan University believes ${PLAN} "Nobody checks the pumps," she said.`,
      ['Dewi Kartikasari', 'Dewi Kartikasari'],
    ],
    // Negative cases: the words before the preposition are no person's name.
    [
      'an office `of` a portfolio, then the name',
      `Minister of Trade Dewi Kartikasari said ${PLAN}`,
      ['Dewi Kartikasari'],
    ],
    [
      'an organisation `of` its region',
      `The Health Office of North Kalimantan said ${PLAN}`,
      ['Health Office of North Kalimantan'],
    ],
  ])('%s', (_, paragraph, expected) => expect(quoteSpeakers(paragraph)).toEqual(expected));

  test('switched off, `of` without `the` is read as before', () => {
    const off = withFeaturesOff(['names.englishAffiliationBare'], () =>
      quoteSpeakers(`Dewi Kartikasari from Tanjung Harapan University said ${PLAN}`),
    );
    expect(off).not.toEqual(['Dewi Kartikasari']);
  });
});

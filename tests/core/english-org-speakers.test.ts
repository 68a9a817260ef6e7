import { describe, expect, test } from 'vitest';
import { withFeaturesOff, type FeatureName } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Every quote of invented paragraphs as `type: speakers | text`, speakers joined by `+`. */
const quotes = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(
    q => `${q.type === 'direct' ? 'D' : 'I'}: ${q.speakers.join(' + ')} | ${q.text}`,
  );

const DESCRIBED =
  'The regional health agency (RHA) warned on Friday that the clinics could run out of vaccines.';
const LATER = 'Nurses in the capital staged a protest. The agency urged donors to send more funds.';
const DAY =
  'The Coastal Towns Association (CTA) on Tuesday urged members to check their sea walls.';

describe('English: an organisation speaking as such', () => {
  test.each([
    // A day or a time between the organisation and its cue only dates the statement.
    [[DAY], ['I: Coastal Towns Association | members to check their sea walls']],
    [
      ['The Coastal Towns Association yesterday said its members would check their sea walls.'],
      ['I: Coastal Towns Association | its members would check their sea walls'],
    ],
    [
      ['The Coastal Towns Association last week warned that the sea walls were too low.'],
      ['I: Coastal Towns Association | the sea walls were too low'],
    ],
    // A lowercase description with the acronym in brackets: the organisation, named by its acronym.
    [[DESCRIBED], ['I: RHA | the clinics could run out of vaccines']],
    [
      ['A regional farmers union (RFU) said the harvest had failed in three districts.'],
      ['I: RFU | the harvest had failed in three districts'],
    ],
    // `the agency` later points back to the organisation introduced with that head word, even
    // when somebody else was the subject in between.
    [
      [DESCRIBED, LATER],
      ['I: RHA | the clinics could run out of vaccines', 'I: RHA | donors to send more funds'],
    ],
    [
      [
        DESCRIBED,
        '"We are out of beds," nurse Rina Kartika said.',
        'The agency urged donors to send more funds.',
      ],
      [
        'I: RHA | the clinics could run out of vaccines',
        'D: Rina Kartika | We are out of beds',
        'I: RHA | donors to send more funds',
      ],
    ],
  ])('%j', (paragraphs, expected) => {
    expect(quotes(...paragraphs)).toEqual(expected);
  });

  test('a person with a lowercase office before an acronym is no organisation', () => {
    const q = quotes('A senior health official (RHA) said the clinics were full.');
    expect(q.join()).not.toContain('I: RHA');
  });

  test('two organisations with the same head word: the description names neither', () => {
    const q = quotes(
      DESCRIBED,
      'The regional food agency (RFA) said the markets were calm.',
      '"We are out of beds," nurse Rina Kartika said.',
      'The agency urged donors to send more funds.',
    );
    expect(q[q.length - 1]).toBe('I:  | donors to send more funds');
  });

  test.each<[FeatureName, string[], string]>([
    ['reported.englishDayAside', [DAY], 'I: Tuesday | members to check their sea walls'],
    ['names.englishDescribedOrg', [DESCRIBED], ''],
    ['discourse.organisationByHead', [DESCRIBED, LATER], 'I:  | donors to send more funds'],
  ])('switched off, %s changes the reading', (feature, paragraphs, last) => {
    const off = withFeaturesOff([feature], () => quotes(...paragraphs));
    expect(off[off.length - 1] ?? '').toBe(last);
  });
});

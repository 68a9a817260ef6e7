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

const GROUP =
  'Green group Bumi Lestari praised the court decision but said the fine was too small.';
const NAMED_AFTER = 'State grain agency Pangan Raya said it would sell rice at fixed prices.';

describe('English: an organisation speaking as such', () => {
  test.each([
    // A day or a time between the organisation and its cue only dates the statement.
    [[DAY], ['I: Coastal Towns Association | members to check their sea walls']],
    [
      ['The Coastal Towns Association yesterday said its members would check their sea walls.'],
      ['I: Coastal Towns Association | its members would check their sea walls'],
    ],
    [
      ['The Coastal Towns Association Thursday said its members would check their sea walls.'],
      ['I: Coastal Towns Association | its members would check their sea walls'],
    ],
    [
      ['Fisherman Darto Wiyono Sunday morning said the sea walls were too low.'],
      ['I: Darto Wiyono | the sea walls were too low'],
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
    [
      ["The small traders' union (STU) said the market fees had doubled since March."],
      ['I: STU | the market fees had doubled since March'],
    ],
    [
      ['A regional growers’ union (RGU) warned that coffee prices would fall.'],
      ['I: RGU | coffee prices would fall'],
    ],
    // A capitalised name right after a lowercase description of an organisation is the organisation.
    [
      ['State grain agency Pangan Raya said it would sell 5,000 tons of rice at fixed prices.'],
      ['I: Pangan Raya | it would sell 5,000 tons of rice at fixed prices'],
    ],
    // A body named by its kind at the end (`… Cooperative`, `… Society`) is an organisation, so the
    // pronoun after the person who heads it stays that person's.
    [
      [
        'Reporters met Lukas Rante, head of the Lembah Valley Cocoa Cooperative, at its warehouse. "Our members want a fair price," he said.',
      ],
      ['D: Lukas Rante | Our members want a fair price'],
    ],
    [
      ['The Lembah Fishers Society said the new harbour fees were too high.'],
      ['I: Lembah Fishers Society | the new harbour fees were too high'],
    ],
    // A cue joined to a first verb that reports nothing shares the sentence's subject, and
    // `the group` then points back to it.
    [
      [GROUP, '"They deserve it," the group said.'],
      ['I: Bumi Lestari | the fine was too small', 'D: Bumi Lestari | They deserve it'],
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

  test("a person's office in the run makes it a person's mention", () => {
    expect(quotes('The agency spokesperson Rudi Hartono said the camp was full.')).toEqual([
      'I: Rudi Hartono | the camp was full',
    ]);
  });

  test('a past tense after no capitalised subject shares no subject with the cue', () => {
    const line = 'After the storm the villagers rebuilt the dam and said the water was safe again.';
    expect(quotes(line)).toEqual([]);
  });

  test('the name after an organisation description speaks as an organisation', () => {
    const kinds = (on: boolean) => {
      const run = () => analyzeBody(NAMED_AFTER).speakers.map(x => `${x.name} ${x.kind}`);
      return on ? run() : withFeaturesOff(['names.englishOrgNamedAfter'], run);
    };
    expect(kinds(true)).toEqual(['Pangan Raya organization']);
    expect(kinds(false)).not.toEqual(['Pangan Raya organization']);
  });

  test.each<[FeatureName, string[], string]>([
    ['reported.englishCoordinatedVerb', [GROUP], ''],
    ['reported.englishDayAside', [DAY], 'I: Tuesday | members to check their sea walls'],
    ['names.englishDescribedOrg', [DESCRIBED], ''],
    ['discourse.organisationByHead', [DESCRIBED, LATER], 'I:  | donors to send more funds'],
  ])('switched off, %s changes the reading', (feature, paragraphs, last) => {
    const off = withFeaturesOff([feature], () => quotes(...paragraphs));
    expect(off[off.length - 1] ?? '').toBe(last);
  });
});

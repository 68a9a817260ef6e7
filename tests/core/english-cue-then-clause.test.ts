import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/**
 * An English time phrase right after the cue (`said on Sunday`, `said last week`, `said
 * yesterday`) dates the statement: the reported clause follows it, bare or with its `that`.
 */
const CASES: readonly (readonly [string, string])[] = [
  [
    'Police spokesman Bara Wiratmaja said on Sunday his team had arrested three suspects.',
    'his team had arrested three suspects',
  ],
  [
    'Coach Dimas Prakoso said on Sunday night the squad needed a new striker.',
    'the squad needed a new striker',
  ],
  [
    'Coach Dimas Prakoso said last week the squad needed a new striker.',
    'the squad needed a new striker',
  ],
  [
    'Mayor Lestari Wulansari said yesterday the market would reopen in June.',
    'the market would reopen in June',
  ],
  [
    'Mayor Lestari Wulansari said on Monday that the market would reopen in June.',
    'the market would reopen in June',
  ],
];

const reported = (line: string) =>
  analyzeBody(line)
    .quotes.filter(q => q.type === 'indirect')
    .map(q => q.text);

describe('an English time phrase between the cue and its clause', () => {
  test.each(CASES)('%s', (line, clause) => {
    expect(reported(line)).toEqual([clause]);
  });

  test('switched off, a bare clause after the time phrase is not read', () => {
    const [line] = CASES[0]!;
    withFeaturesOff(['reported.englishTimeAfterCue'], () => expect(reported(line)).toEqual([]));
  });
});

/**
 * `X told reporters the minister had left`: after the press, a chamber or a court as addressee a
 * bare clause is read when its finite auxiliary comes within a few words; a noun object is not.
 */
describe('an English telling cue with a bare clause after its addressee', () => {
  test.each([
    [
      'Spokesman Bara Wiratmaja told reporters the money had been returned.',
      ['the money had been returned'],
    ],
    ['Prosecutor Dina Hapsari told the court the payment was a loan.', ['the payment was a loan']],
    ['Prosecutor Dina Hapsari told reporters a story about the case.', []],
    ['Prosecutor Dina Hapsari told her sister the payment was a loan.', []],
  ])('%s', (line, clauses) => {
    expect(reported(line)).toEqual(clauses);
  });

  test('switched off, the bare clause is not read', () => {
    withFeaturesOff(['reported.toldBare'], () =>
      expect(reported('Prosecutor Dina Hapsari told the court the payment was a loan.')).toEqual(
        [],
      ),
    );
  });
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The quotes of the paragraph as [type, text]. */
const quotes = (line: string) => analyzeBody(line).quotes.map(q => [q.type, q.text]);

describe('A preposition after an English cue with no clause after it reports nothing', () => {
  test.each([
    ['"The queue has not moved," a vendor said from behind his stall.', 'The queue has not moved'],
    ['"The queue has not moved," Ruslan Siregar said from the pier.', 'The queue has not moved'],
    ['"The queue has not moved," a vendor told the radio by phone.', 'The queue has not moved'],
    [
      '"The queue has not moved," the harbour master said during a visit.',
      'The queue has not moved',
    ],
  ])('%s', (line, text) => {
    expect(quotes(line)).toEqual([['direct', text]]);
  });

  test.each([
    [
      'Ruslan Siregar said on Thursday the ferry would sail again in May.',
      'the ferry would sail again in May',
    ],
    [
      'Ruslan Siregar said at the pier that the ferry would sail again in May.',
      'the ferry would sail again in May',
    ],
  ])('a clause after the adjunct is still reported: %s', (line, text) => {
    expect(quotes(line)).toEqual([['indirect', text]]);
  });

  test('switched off, the adjunct is read as a reported clause', () => {
    const line = '"The queue has not moved," Ruslan Siregar said from the pier.';
    const off = withFeaturesOff(['reported.englishCueAdjunct'], () => quotes(line));
    expect(off).toEqual([
      ['direct', 'The queue has not moved'],
      ['indirect', 'from the pier'],
    ]);
  });
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The indirect quotes of the paragraphs as [text, speakers]. */
const indirect = (...lines: string[]) =>
  analyzeBody(...lines)
    .quotes.filter(q => q.type === 'indirect')
    .map(q => [q.text, q.speakers]);

describe('English crowds of organisations and families name nobody', () => {
  test.each([
    [
      'Farmer groups said the fertiliser quota had been cut without notice.',
      'the fertiliser quota had been cut without notice',
    ],
    [
      'Dockworker unions warned that the strike could spread to other harbours.',
      'the strike could spread to other harbours',
    ],
    [
      'Civil society organisations urged lawmakers to delay the vote.',
      'lawmakers to delay the vote',
    ],
    [
      'Youth groups called on the regent to reopen the sports hall.',
      'the regent to reopen the sports hall',
    ],
    [
      'The family of the missing climber said they still hoped for good news.',
      'they still hoped for good news',
    ],
    [
      "The fisherman's family said the boat had left before the storm warning.",
      'the boat had left before the storm warning',
    ],
  ])('%s', (line, text) => {
    expect(indirect('Rescue teams searched the coast on Sunday.', line)).toEqual([[text, []]]);
  });

  test('a named person before the crowd is not its speaker', () => {
    const lines = [
      'Regent Hasan Basri opened the market on Monday.',
      'Trader groups said the new stalls were too small.',
    ];
    expect(indirect(...lines)).toEqual([['the new stalls were too small', []]]);
  });

  test('switched off, the crowd is no subject and nothing is reported', () => {
    const line = 'Farmer groups said the fertiliser quota had been cut without notice.';
    expect(withFeaturesOff(['names.englishGroupCrowd'], () => indirect(line))).toEqual([]);
  });
});

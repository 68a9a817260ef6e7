import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const OFF = ['cast.englishDeputyRole'] as const;
const MINISTER =
  'Youth and Sports Minister Bagus Prawirodirjo welcomed the team at the airport. He said the bonus would be paid next week.';

describe('English: a role opening with a subordinate word is not the office it names', () => {
  test.each([
    ['Deputy Youth and Sports Minister Wayan Sukerta'],
    ['Vice Youth and Sports Minister Wayan Sukerta'],
  ])('%s', deputy => {
    const lines = [
      MINISTER,
      `${deputy} said the ministry would review the program. “We want results,” Wayan said.`,
      '“Enjoy tonight. Tomorrow we start again,” the minister said.',
    ];
    expect(lastSpeakers(...lines)).toEqual(['Bagus Prawirodirjo']);
    expect(withFeaturesOff([...OFF], () => lastSpeakers(...lines))).toEqual(['Wayan Sukerta']);
  });

  test('the deputy is still `the deputy minister`', () => {
    const lines = [
      MINISTER,
      'Deputy Youth and Sports Minister Wayan Sukerta said the ministry would review the program.',
      '“We want results,” the deputy minister said.',
    ];
    expect(lastSpeakers(...lines)).toEqual(['Wayan Sukerta']);
  });
});

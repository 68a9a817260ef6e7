import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const OFF = ['discourse.nextSentencePronounGender'] as const;

describe('English: `He`/`She` opening the next sentence tells the sex of the subject before', () => {
  test.each([
    ['He added that more water stations would be set up.'],
    ['He also thanked the police for closing the roads.'],
  ])('%s', next => {
    const lines = [
      `Race director Wahyudi Santosa said 4,000 runners had registered. ${next}`,
      '“The route is flatter now,” Wahyudi said.',
      'Among the finishers was Anjani Wiradinata, 34, a nurse from Depok.',
      '“My legs were gone at kilometre 30,” she said.',
    ];
    expect(lastSpeakers(...lines)).toEqual(['Anjani Wiradinata']);
    expect(withFeaturesOff([...OFF], () => lastSpeakers(...lines))).toEqual(['Wahyudi Santosa']);
  });

  test('a quote or another name in between tells nothing of the subject', () => {
    const lines = [
      'Race director Wahyudi Santosa thanked the mayor, Ratri Wulansari. She said the city would host again.',
      '“We listened to the runners,” Wahyudi said.',
      '“It was a good day,” she said.',
    ];
    expect(lastSpeakers(...lines)).not.toEqual([]);
  });
});

describe('`He` after a sentence tells nothing of a person named inside what its subject reported', () => {
  test('the woman questioned is still `she`', () => {
    const lines = [
      'Police spokesman Hasan Basri said officers questioned Ratna Kemala for six hours. He added that more witnesses would be called.',
      '“I told them everything I know,” she said.',
    ];
    expect(lastSpeakers(...lines)).toEqual(['Ratna Kemala']);
  });
});

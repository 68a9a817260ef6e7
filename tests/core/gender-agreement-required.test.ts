import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const OFF = ['discourse.genderAgreementRequired'] as const;

describe('English: `she` whose only candidate is a man the article told was one stays unnamed', () => {
  test.each([
    ['“I lost my shoes in the mud,” she said.'],
    ['She said, “I lost my shoes in the mud.”'],
  ])('%s', last => {
    const lines = [
      'Mr Wahyudi Santosa, the race director, said 4,000 runners had registered. “The route is flatter now,” Wahyudi said.',
      'Rain turned the last kilometres into mud.',
      last,
    ];
    expect(lastSpeakers(...lines)).toEqual([]);
    expect(withFeaturesOff([...OFF], () => lastSpeakers(...lines))).toEqual(['Wahyudi Santosa']);
  });

  test('a man whose sex the article never told may still be meant', () => {
    const lines = [
      'Race director Wahyudi Santosa said 4,000 runners had registered.',
      '“I lost my shoes in the mud,” she said.',
    ];
    expect(lastSpeakers(...lines)).toEqual(['Wahyudi Santosa']);
  });
});

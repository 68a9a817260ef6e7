import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

// English `he`/`she` after two speakers: the last one's name tells the other sex (a Balinese
// article, `binti`, the Batak `Br`), so the pronoun means the one before.
const CASES: [string, string, string, string][] = [
  [
    'I Made Karsana, the village head, said the road was finished.',
    'Ni Kadek Sumartini, a weaver, said sales were up.',
    '"The road helps everyone," he said.',
    'I Made Karsana',
  ],
  [
    'Ni Kadek Sumartini, a weaver, said sales were up.',
    'Village head I Made Karsana said the cooperative was founded in 2019.',
    '"We sell to Japan now," she said.',
    'Ni Kadek Sumartini',
  ],
  [
    'Clinic head Rahmat Pinem said two doctors had been added.',
    'Siti Zulaikha binti Omar, a nurse at the clinic, said the ward was full.',
    '"More beds arrive next week," he said.',
    'Rahmat Pinem',
  ],
  [
    'Principal Hotman Sinaga said the roof was repaired.',
    'Rosmaida Br Pinem, a teacher in Kabanjahe, said classes had resumed.',
    '"The roof no longer leaks," he said.',
    'Hotman Sinaga',
  ],
];

describe('a name tells its holder’s sex by its own words', () => {
  test.each(CASES)('%s | %s | %s', (first, second, quote, speaker) => {
    expect(lastSpeakers(first, second, quote)).toEqual([speaker]);
  });

  test.each(CASES)('switched off: %s | %s | %s', (first, second, quote, speaker) => {
    const off = withFeaturesOff(['discourse.nameParticleGender'], () =>
      lastSpeakers(first, second, quote),
    );
    expect(off).not.toEqual([speaker]);
  });
});

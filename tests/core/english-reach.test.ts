import { describe, expect, test } from 'vitest';
import { withFeaturesOff, type FeatureName } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/**
 * English reported speech past what stands between subject and cue, and the `In her view, …` frame.
 * Invented lines; each indirect quote as `text|speakers`.
 */
const reported = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs)
    .quotes.filter(q => q.type === 'indirect')
    .map(q => `${q.text}|${q.speakers.join(' + ')}`);

describe('cues of promising and present-tense saying, a floating `both`, an auxiliary', () => {
  test.each([
    [
      'The regent promised that the city would pay for temporary housing.',
      'the city would pay for temporary housing|',
    ],
    [
      'Farmers in the district say fertiliser prices have doubled since March.',
      'fertiliser prices have doubled since March|',
    ],
    [
      'Budi Santoso and Rina Kartika both said the new schedule needs more buses.',
      'the new schedule needs more buses|Budi Santoso + Rina Kartika',
    ],
    [
      'Rina Kartika has warned that the river could overflow tonight.',
      'the river could overflow tonight|Rina Kartika',
    ],
  ])('%s', (line, quote) => expect(reported(line)).toEqual([quote]));
});

describe('each switch', () => {
  test.each([
    [
      'reported.englishLowercaseAffiliation',
      ['Rina Kartika of the provincial health office said the number of cases had doubled.'],
      'the number of cases had doubled|Rina Kartika',
    ],
    [
      'reported.englishViewFrame',
      [
        'Rina Kartika said the number of cases had doubled.',
        'In her view, schools often ignore the first symptoms.',
      ],
      'schools often ignore the first symptoms|Rina Kartika',
    ],
    [
      'reported.englishViewFrame',
      [
        'Budi Santoso and Rina Kartika said the new schedule needs more buses.',
        'In their opinion, the terminal should open an hour earlier.',
      ],
      'the terminal should open an hour earlier|Budi Santoso + Rina Kartika',
    ],
  ] as [FeatureName, string[], string][])('%s: %s', (feature, paragraphs, quote) => {
    expect(reported(...paragraphs)).toContain(quote);
    expect(withFeaturesOff([feature], () => reported(...paragraphs))).not.toContain(quote);
  });

  test('a promise of things or of doing reports nothing', () => {
    expect(reported('The regent promised blankets and rice to every shelter.')).toEqual([]);
    expect(reported('The regent vowed to rebuild the bridge before the rains.')).toEqual([]);
  });

  test('a view that is no frame of a source stays narration', () => {
    expect(reported('In her view of the harbour, the painter kept the boats small.')).toEqual([]);
  });
});

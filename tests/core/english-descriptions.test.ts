import { describe, expect, test } from 'vitest';
import { analyzeBody, lastSpeakers } from './summarize';

describe('an English description before the cue points back, or names nobody', () => {
  test.each([
    // `the …` describes somebody the article introduced: the model resolves it like `itu`.
    [
      [
        '“We played well,” coach Peter Holm said.',
        'Lars Nielsen, the Danish number one, praised his opponents. “They were simply faster today,” the 27-year-old said.',
      ],
      ['Lars Nielsen'],
    ],
    [
      [
        'Foreign Minister Rina Kartika met her counterpart, Karim Hamzah, on Monday. “The talks were productive,” Kartika told reporters.',
        'Karim said both countries would share information. “This is about cooperation,” the Malaysian minister said.',
      ],
      ['Karim Hamzah'],
    ],
    [['“We will win,” Rudi Hartono said. “The team is ready,” the coach added.'], ['Rudi Hartono']],
    // `a …` is somebody the article never names, not the previous speaker.
    [
      [
        'Commodore Budi Santoso said the navy would add four ships. “We will patrol every night,” he said.',
        'Fishermen welcomed the plan. “We pray that nobody climbs onto our boat,” a fisherman from the island told Republika.',
      ],
      [],
    ],
  ])('%j', (paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
  });

  test('the description is the mention, its verb the cue', () => {
    const { quotes } = analyzeBody('“They were simply faster today,” the 27-year-old said.');
    expect([quotes[0]!.mention, quotes[0]!.cue]).toEqual(['the 27-year-old', 'said']);
  });
});

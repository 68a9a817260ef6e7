import { describe, expect, test } from 'vitest';
import { analyzeBody, lastSpeakers } from './summarize';

describe('an English description before the cue points back, or names nobody', () => {
  test.each([
    // `the …` describes somebody the article introduced: the model resolves it like `itu`.
    [
      [
        '“We played well,” coach Peter Holm said.',
        'Marco Ricci, the Italian champion, thanked the crowd. “My serve worked better this week,” the 31-year-old said.',
      ],
      ['Marco Ricci'],
    ],
    [
      [
        'Trade Minister Rina Kartika welcomed her guest, Omar Farouk, on Monday. “The meeting went well,” Kartika told reporters.',
        'Omar said the two governments would cut tariffs. “Our farmers need these markets,” the Egyptian minister said.',
      ],
      ['Omar Farouk'],
    ],
    [['“We will win,” Rudi Hartono said. “The team is ready,” the coach added.'], ['Rudi Hartono']],
    // `a …` is somebody the article never names, not the previous speaker.
    [
      [
        'Colonel Budi Santoso said the army would open two posts. “We will guard the border every day,” he said.',
        'Villagers welcomed the posts. “Now our children can walk to school safely,” a farmer from the valley told reporters.',
      ],
      [],
    ],
  ])('%j', (paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
  });

  test('the description is the mention, its verb the cue', () => {
    const { quotes } = analyzeBody('“My serve worked better this week,” the 31-year-old said.');
    expect([quotes[0]!.mention, quotes[0]!.cue]).toEqual(['the 31-year-old', 'said']);
  });
});

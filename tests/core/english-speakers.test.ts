import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** Each quote's speakers as `Name (role)`; an unnamed speaker is an empty string. */
const speakersOf = (...paragraphs: string[]) => {
  const { quotes, speakers } = analyzeBody(...paragraphs);
  const role = new Map(speakers.map(s => [s.name, s.role]));
  return quotes.map(q => q.speakers.map(n => `${n} (${role.get(n) ?? '-'})`).join(' + '));
};

describe('English (en.republika.co.id): who speaks', () => {
  test.each([
    // Sentence-initial words are never part of the speaker.
    [
      [
        'When the ministry announced the plan, farmers protested. "We were never asked," said farmer John Matthews.',
      ],
      ['John Matthews (farmer)'],
    ],
    [['However, John Matthews said the plan would hurt farmers.'], ['John Matthews (-)']],
    [
      ['Meanwhile Indonesian President Joko Rahmadi said the government would review the plan.'],
      ['Joko Rahmadi (Indonesian President)'],
    ],
    [['Speaking to reporters, Sarah Lee said the plan would hurt farmers.'], ['Sarah Lee (-)']],
    // English role heads, and the portfolio after `of`, belong to the role.
    [
      ['Minister of Trade Budi Santoso said the plan would be reviewed.'],
      ['Budi Santoso (Minister of Trade)'],
    ],
    [
      ['"The quota is back to normal," Religious Affairs Minister Rudi Hakim Pranoto said.'],
      ['Rudi Hakim Pranoto (Religious Affairs Minister)'],
    ],
    // Two people joined by `and` are a group of two speakers.
    [
      ['John Matthews and Sarah Lee said the plan would hurt farmers.'],
      ['John Matthews (-) + Sarah Lee (-)'],
    ],
    // Pronouns and `according to`.
    [
      ['"We were never asked," John Matthews said. "We will fight this," he added.'],
      ['John Matthews (-)', 'John Matthews (-)'],
    ],
    [
      ['Sarah Lee, a lawyer for the farmers, spoke to reporters. "We will appeal," she said.'],
      ['Sarah Lee (-)'],
    ],
    [['According to John Matthews, the plan would hurt farmers.'], ['John Matthews (-)']],
    // A capitalised common noun opening the sentence, written in lowercase elsewhere, is nobody's name.
    [['Farmers said the plan would hurt them.', 'The plan would hurt farmers in the east.'], ['']],
  ])('%j', (paragraphs, speakers) => expect(speakersOf(...paragraphs)).toEqual(speakers));
});

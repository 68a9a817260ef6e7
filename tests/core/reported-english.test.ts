import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** The indirect quotes of `line` as [text, speakers]. */
const indirect = (...lines: string[]) =>
  analyzeBody(...lines)
    .quotes.filter(q => q.type === 'indirect')
    .map(q => [q.text, q.speakers]);

describe('English reported speech without quotation marks', () => {
  test.each([
    // The speaker and the cue close the sentence: the clause is what comes before the comma.
    [
      'The clinic will open three new wards next year, Health Minister Budi Santoso declared.',
      'The clinic will open three new wards next year',
      'Budi Santoso',
    ],
    [
      'Farmers in the district will receive the new seeds in March, Rina Kartika said on Monday.',
      'Farmers in the district will receive the new seeds in March',
      'Rina Kartika',
    ],
    // `told` + the addressee, then `that` opens the clause.
    [
      'Budi Santoso told reporters by phone that the clinic would open three new wards.',
      'the clinic would open three new wards',
      'Budi Santoso',
    ],
    [
      'Budi Santoso predicted that the clinic would open three new wards.',
      'the clinic would open three new wards',
      'Budi Santoso',
    ],
    // A clause after `, said` (a modal, a preposition) is what was said, not an inverted speaker.
    [
      'Budi Santoso, the health minister, said the clinic would open in June.',
      'the clinic would open in June',
      'Budi Santoso',
    ],
  ])('%s', (line, text, speaker) => {
    expect(indirect(line)).toEqual([[text, [speaker]]]);
  });

  test('a pronoun closing the sentence is the last speaker', () => {
    const quotes = indirect(
      '"We are ready," Health Minister Budi Santoso said.',
      'The clinic will open three new wards next year, he said.',
    );
    expect(quotes).toEqual([['The clinic will open three new wards next year', ['Budi Santoso']]]);
  });
});

describe('English cues that report nothing (negative cases)', () => {
  test.each([
    // A time or place after the cue of a direct quote is no reported clause.
    ['"We are ready," Budi Santoso said on Friday, December 5.'],
    ['"We are ready," Budi Santoso said after the match.'],
    // A name opening the sentence after a comma is its subject, not a speaker closing it.
    ['When the rain stopped, Budi Santoso said nothing.'],
    // `as quoted by` / `as reported by` after the cue names the source of the quote, not a clause.
    ['"We are ready," Budi Santoso said after the match, as quoted by Antara.'],
    ['"We are ready," Budi Santoso said on Friday, as reported by the ministry\'s press release.'],
  ])('%s', line => {
    expect(indirect(line)).toEqual([]);
  });
});

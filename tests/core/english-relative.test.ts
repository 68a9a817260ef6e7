import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** An English article around `line`: enough running English for the engine to read it as such. */
const article = (line: string) => [
  'Rice farmers in the valley have lost most of this year’s crop after weeks of rain flooded their fields.',
  line,
  'The provincial government has promised seeds and fertiliser before the next planting season.',
];

/** Each quote's speakers with the speaker's role, as `Name (role)`. */
const speakersOf = (line: string) => {
  const { quotes, speakers } = analyzeBody(...article(line));
  const role = new Map(speakers.map(s => [s.name, s.role]));
  return quotes.map(q => q.speakers.map(n => `${n} (${role.get(n) ?? '-'})`).join(' + '));
};

describe('English: a relative clause between commas describes the name before it', () => {
  test.each([
    'Rina Kartika, who leads the growers’ cooperative, said the harvest had failed.',
    'Rina Kartika, who has farmed here since 2009, said the harvest had failed.',
    'Rina Kartika, who has sold rice seed on the square for 12 years, said: "Nobody buys now."',
  ])('%s', line => expect(speakersOf(line)).toEqual(['Rina Kartika (-)']));

  // A name after a preposition is where a described person is, not who speaks.
  test('a place before `who` is no subject', () =>
    expect(
      speakersOf('A guard from Cibening, who would not give his name, said nobody was hurt.'),
    ).not.toContainEqual('Cibening (-)'));
});

// The office before `of the` is the role's too (names.englishOfficeOf).
describe('English: an organisation’s complement runs on to the person’s given name', () => {
  test.each([
    [
      'Secretary of the Ministry of Home Affairs Hendra Wijaya said the ministry had found 12 boats.',
      'Hendra Wijaya (Secretary of the Ministry of Home Affairs)',
    ],
    [
      'Head of the Agency for Coastal Affairs Dewi Prameswari said the levees would be raised.',
      'Dewi Prameswari (Head of the Agency for Coastal Affairs)',
    ],
  ])('%s', (line, speaker) => expect(speakersOf(line)).toEqual([speaker]));
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody, lastSpeakers } from './summarize';

/** A named official heard first, in a paragraph of their own. */
const OFFICIAL =
  'Police chief Daniel Brooks said the boy was found near the river. "He was cold but alive," Brooks said.';

/**
 * An English subject set off before an aside saying the person is not named is an unnamed
 * speaker, whatever its description: the next `she added` or `the man said` goes on from nobody
 * named, never from the official heard before.
 */
const ROWS: readonly (readonly [string, string])[] = [
  [
    "The girl's grandmother, who asked not to be named, said neighbours had searched the riverbank until dawn.",
    '"We never stopped looking," she added.',
  ],
  [
    'The fisherman\'s older brother, who asked not to be named, told the court the crew had been underpaid for months. "We only ask for what is owed," the man said.',
    '"We only want him safe," he added.',
  ],
  [
    'A senior officer, speaking on condition of anonymity, said the search had been chaotic.',
    '"Nobody was in charge," the officer said.',
  ],
  [
    'A neighbour, who declined to give her name, said the river rose within minutes.',
    '"I heard screaming," she said.',
  ],
];

describe('a subject before an anonymity aside is an unnamed speaker', () => {
  test.each(ROWS)('%s', (intro, quote) => {
    expect(lastSpeakers(OFFICIAL, intro, quote)).toEqual([]);
  });

  test('the aside itself is the unnamed speaker’s mention', () => {
    const { quotes } = analyzeBody(OFFICIAL, ROWS[0]![0]);
    expect(quotes[2]).toMatchObject({
      speakers: [],
      mention: "The girl's grandmother, who asked not to be named,",
    });
  });

  test('switched off, the official keeps the quote', () => {
    const [intro, quote] = ROWS[1]!;
    const off = withFeaturesOff(['names.englishAnonymityAside'], () =>
      lastSpeakers(OFFICIAL, intro, quote),
    );
    expect(off).toEqual(['Daniel Brooks']);
  });

  test.each([
    // A name before the aside is read as the name it is.
    'Rita Gomez, who asked that her address not be published, said the water rose quickly.',
    // An aside that says nothing of a name is left to the other readers.
    'The chief, who spoke from the station, said the search would go on.',
    'A neighbour, who has lived here for years, said the search would go on.',
    // An aside that withholds or gives somebody else's name.
    'The chief, who declined to name the suspects, said the search would go on.',
    'The chief, who named two suspects on Monday, said the search would go on.',
  ])('unchanged by the switch: %s', line => {
    const on = analyzeBody(OFFICIAL, line).quotes;
    const off = withFeaturesOff(['names.englishAnonymityAside'], () =>
      analyzeBody(OFFICIAL, line),
    ).quotes;
    expect(on).toEqual(off);
  });

  test('a name before the aside keeps its quote', () => {
    const line =
      'Rita Gomez, who asked that her address not be published, said the water rose quickly.';
    expect(analyzeBody(OFFICIAL, line).quotes[2]!.speakers).toEqual(['Rita Gomez']);
  });
});

// names.englishAnonymousPlace
describe('a description ending with where the person is from, before an anonymity aside', () => {
  const intro =
    'A rubber tapper from Pulang Pisau, Central Kalimantan, who asked not to be named, said prices had halved since March.';
  test('is an unnamed speaker, and so is the `she said` after it', () => {
    const { quotes } = analyzeBody(OFFICIAL, intro, '"We cannot even buy rice," she said.');
    expect(quotes.slice(2).map(q => q.speakers)).toEqual([[], []]);
  });
  test('switched off, the reported statement is not found', () => {
    const off = withFeaturesOff(['names.englishAnonymousPlace'], () =>
      analyzeBody(OFFICIAL, intro, '"We cannot even buy rice," she said.'),
    );
    expect(off.quotes).toHaveLength(3);
  });
});

// names.englishAnonymityUnclosed
describe('an anonymity aside left unclosed before the cue', () => {
  const intro =
    'A fruit seller in Pulang Pisau, Central Kalimantan, who asked not to be named said the market had flooded twice.';
  test('still names nobody, and the `she said` after it goes on from her', () => {
    const { quotes } = analyzeBody(OFFICIAL, intro, '"We lost a week of sales," she said.');
    expect(quotes.slice(2).map(q => q.speakers)).toEqual([[], []]);
    const off = withFeaturesOff(['names.englishAnonymityUnclosed'], () =>
      analyzeBody(OFFICIAL, intro, '"We lost a week of sales," she said.'),
    );
    expect(off.quotes).toHaveLength(3);
  });
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers of every quote, in order, each joined with ` + `. */
const speakersOf = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers.join(' + '));

const INTRO = 'For 20 years, Made Suarta has worked at the harbour.';

// Invented sentences: an English `the` description before a cue, told by age or with the
// person's origin after `from`, points back to the person; the place never speaks.
const AGED: [string, string[], string[]][] = [
  [
    'an age as one word',
    [INTRO, 'The 52-year-old said he began fishing as a boy.'],
    ['Made Suarta'],
  ],
];
const ORIGIN: [string, string[], string[]][] = [
  [
    'an occupation from a town and its province',
    [INTRO, 'The fisherman from Tabanan, Bali, said he began fishing as a boy.'],
    ['Made Suarta'],
  ],
  [
    'an occupation from a town',
    [INTRO, 'The fisherman from Tabanan said he began fishing as a boy.'],
    ['Made Suarta'],
  ],
  [
    'an age from a town and its province',
    [INTRO, 'The 52-year-old from Tabanan, Bali, said he began fishing as a boy.'],
    ['Made Suarta'],
  ],
];
// The province after `in`, and the same description after the cue (the place at the sentence end).
const WIDER: [string, string[], string][] = [
  [
    'an occupation from a town in its province',
    [INTRO, 'The farmer from Klungkung in Bali said the harvest came early.'],
    'Bali',
  ],
  [
    'after the cue, an occupation from a town',
    [INTRO, '“The harvest came early,” said the farmer from Klungkung.'],
    'Klungkung',
  ],
  [
    'after the cue, an occupation from a town in its province',
    [INTRO, '“The harvest came early,” said the farmer from Klungkung in Bali.'],
    'Klungkung',
  ],
];
// A named person from a place is still the speaker.
const KEPT: [string, string[], string[]][] = [
  [
    'a name before `from`',
    [INTRO, 'Ketut Arta from Tabanan said he began fishing as a boy.'],
    ['Ketut Arta'],
  ],
];

describe('an English description told by age or origin points back (names.englishAgedDescription, names.englishDescriptionOrigin)', () => {
  test.each([...AGED, ...ORIGIN, ...KEPT])('%s', (_, paragraphs, expected) =>
    expect(speakersOf(...paragraphs)).toEqual(expected),
  );

  test('switched off, the age closes no description: no statement is read', () => {
    const off = withFeaturesOff(['names.englishAgedDescription'], () =>
      AGED.map(([, p]) => speakersOf(...p)),
    );
    expect(off).toEqual([[]]);
  });

  test.each(WIDER)('%s', (_, paragraphs, place) => {
    expect(speakersOf(...paragraphs)).toEqual(['Made Suarta']);
    const off = withFeaturesOff(['names.englishDescriptionOrigin'], () =>
      speakersOf(...paragraphs),
    );
    expect(off[0]).toContain(place);
  });

  test('after the cue, a name set off after the place is the speaker', () => {
    const line = '“The harvest came early,” said the official from Klungkung, Ketut Arta.';
    expect(speakersOf(INTRO, line)).toEqual(['Ketut Arta']);
  });

  test('switched off, the place after `from` is the speaker', () => {
    const off = withFeaturesOff(['names.englishDescriptionOrigin'], () =>
      ORIGIN.map(([, p]) => speakersOf(...p)),
    );
    expect(off).toEqual([['Tabanan'], ['Tabanan'], ['Tabanan']]);
  });
});

// names.agedAfterCue: after the cue too, an age written as one word closes the description, so the
// quote means the person introduced with that age, past people merely listed in between.
describe('an English age description after the cue points back (names.agedAfterCue)', () => {
  const story = [
    'A grey-haired man fans the coals under a row of satay. Bramantyo Sukamto, 58, sells satay at the night market.',
    'Stalls there sell dishes from Padang, Medan and Makassar.',
    '“I learned the spice mix from an uncle,” said the 58-year-old with a grin.',
  ];
  test('the quote is the aged man’s', () => {
    const quotes = analyzeBody(...story).quotes.filter(q => q.type === 'direct');
    expect(quotes.map(q => [q.speakers.join(' + '), q.mention])).toEqual([
      ['Bramantyo Sukamto', 'the 58-year-old'],
    ]);
  });
  test('switched off, the age names no one after the cue', () => {
    const quotes = withFeaturesOff(['names.agedAfterCue'], () => analyzeBody(...story).quotes);
    expect(quotes.filter(q => q.type === 'direct').map(q => q.mention)).not.toEqual([
      'the 58-year-old',
    ]);
  });
});

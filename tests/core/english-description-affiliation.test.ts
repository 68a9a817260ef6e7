import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers of every direct quote, in order, each joined with ` + `. */
const speakersOf = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs)
    .quotes.filter(q => q.type === 'direct')
    .map(q => q.speakers.join(' + '));

const MEMBER =
  'Vice Chair of House Commission IX Yosef Laoly criticised the delay in the school budget.';
const MINISTER =
  'Finance Minister Hendrik Sumual said the funds would reach schools in May. "The transfer is ready," Hendrik said.';

// Invented sentences: an English `the` description after a cue, closed by the body the person
// belongs to (`from the X Party (XP)`), points back; the body never speaks. A `politician` or
// `lawmaker` means the member of a house or party, not the minister who spoke last.
const AFFILIATED: [string, string[], string[]][] = [
  [
    'a politician from a party with its acronym',
    [
      MEMBER,
      '"Schools cannot wait until May," said the politician from the Unity Labour Party (ULP).',
    ],
    ['Yosef Laoly'],
  ],
  [
    'a politician from a party without its acronym',
    [MEMBER, '"Schools cannot wait until May," said the politician from the Unity Labour Party.'],
    ['Yosef Laoly'],
  ],
  [
    'a lawmaker after the minister spoke',
    [
      MEMBER,
      MINISTER,
      '"Schools cannot wait until May," said the lawmaker from the Unity Labour Party (ULP).',
    ],
    ['Hendrik Sumual', 'Yosef Laoly'],
  ],
  [
    'a politician alone after the minister spoke',
    [MEMBER, MINISTER, '"Schools cannot wait until May," the politician said.'],
    ['Hendrik Sumual', 'Yosef Laoly'],
  ],
];

describe('an English description with the body one belongs to points back (names.englishDescriptionAffiliation)', () => {
  test.each(AFFILIATED)('%s', (_, paragraphs, expected) =>
    expect(speakersOf(...paragraphs)).toEqual(expected),
  );

  test('switched off, the party after `from` is read as the speaker', () => {
    const [, paragraphs] = AFFILIATED[0]!;
    const off = withFeaturesOff(['names.englishDescriptionAffiliation'], () =>
      speakersOf(...paragraphs),
    );
    expect(off).not.toEqual(['Yosef Laoly']);
    expect(off[0]).toContain('Party');
  });

  test('without the stock words a description fits, the politician is the minister who spoke last', () => {
    const [, paragraphs] = AFFILIATED[3]!;
    const off = withFeaturesOff(['discourse.descriptionFits'], () => speakersOf(...paragraphs));
    expect(off).toEqual(['Hendrik Sumual', 'Hendrik Sumual']);
  });

  test('a place after `from` still tells origin, the person still speaks', () =>
    expect(
      speakersOf(
        'For 20 years, Made Suarta has worked at the harbour.',
        '"The catch came early," said the fisherman from Tabanan.',
      ),
    ).toEqual(['Made Suarta']));
});

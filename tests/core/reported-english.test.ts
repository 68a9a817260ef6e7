import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
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

  test.each([
    // An unnamed plural or indefinite subject names nobody, but the clause is still reported.
    [
      'The fishing fleet has shrunk by half in ten years, officials said on Monday.',
      'The fishing fleet has shrunk by half in ten years',
    ],
    [
      'A farmer who has worked these fields for 30 years said the river had never been this low.',
      'the river had never been this low',
    ],
    [
      'Local officials said the bridge would reopen next week.',
      'the bridge would reopen next week',
    ],
    // `according to a/an …` up to its comma is an unnamed person.
    [
      'According to a nurse who treated the victims, most of the patients had mild burns.',
      'most of the patients had mild burns',
    ],
    // `one` is indefinite too; a phrase after the head only places the person.
    ['One resident said the market operation came too late.', 'the market operation came too late'],
    [
      'A source at the trade office said the reserves would last two weeks.',
      'the reserves would last two weeks',
    ],
    // A relative clause set off by commas; a person known by kin.
    [
      'A trader, who asked not to be named, said buyers had stayed away for weeks.',
      'buyers had stayed away for weeks',
    ],
    [
      "A fisherman's wife said she had not heard from him since March.",
      'she had not heard from him since March',
    ],
    // A phrase, then a relative clause set off by commas; a person known by sex alone.
    [
      'A woman from South Lorin, who asked not to be named, said the cells were cramped.',
      'the cells were cramped',
    ],
    // An organisation's bracketed acronym among the modifiers.
    [
      'A Lorin Maritime Agency (LMA) spokesperson said the case was under review.',
      'the case was under review',
    ],
  ])('unnamed: %s', (line, text) => {
    expect(indirect(line)).toEqual([[text, []]]);
  });

  test('`the spokesperson` after an unnamed one with a bracketed acronym means that one', () => {
    const quotes = analyzeBody(
      'Fisheries head Budi Santoso said his office had warned the fishermen.',
      'A Lorin Maritime Agency (LMA) spokesperson said the case was under review.',
      '"The boat was seized in our waters," the spokesperson said.',
    ).quotes.map(q => [q.type, q.speakers]);
    expect(quotes).toEqual([
      ['indirect', ['Budi Santoso']],
      ['indirect', []],
      ['direct', []],
    ]);
  });

  test('a pronoun after an unnamed speaker stays unnamed, not the last named one', () => {
    const quotes = analyzeBody(
      'Health Minister Budi Santoso said the clinic would open in June.',
      "A nurse's husband, who asked not to be named, said the wards were still empty.",
      '"Nobody has told us when it opens," he said.',
    ).quotes.map(q => [q.type, q.speakers]);
    expect(quotes).toEqual([
      ['indirect', ['Budi Santoso']],
      ['indirect', []],
      ['direct', []],
    ]);
  });

  test('switched off, a phrase or a comma aside after the head hides the unnamed speaker', () => {
    // An aside saying the person is not named is read on its own too (englishAnonymityAside).
    const off = withFeaturesOff(['names.englishUnnamedTail', 'names.englishAnonymityAside'], () =>
      indirect(
        'A source at the trade office said the reserves would last two weeks.',
        'A trader, who asked not to be named, said buyers had stayed away for weeks.',
        'A woman from South Lorin, who asked not to be named, said the cells were cramped.',
      ),
    );
    expect(off).toEqual([]);
  });

  test('a name set off by commas after a description with a phrase is the speaker', () => {
    expect(
      indirect('A spokesman for the ministry, Rina Kartika, said the wards were still empty.'),
    ).toEqual([['the wards were still empty', ['Rina Kartika']]]);
  });

  test('a name set off by commas after an `according to` description is the speaker', () => {
    expect(
      indirect("According to the group's director, Rina Kartika, most of the seedlings had died."),
    ).toEqual([['most of the seedlings had died', ['Rina Kartika']]]);
  });

  test('`, saying …` reports for the sentence subject', () => {
    expect(
      indirect(
        'Budi Santoso criticised the plan, saying too many trees were cut without a permit.',
      ),
    ).toEqual([['too many trees were cut without a permit', ['Budi Santoso']]]);
  });

  test.each([
    [
      'Jakarta will not join the boycott, the Foreign Ministry said on Tuesday.',
      'Foreign Ministry',
    ],
    ['Fares will stay the same until June, the Transport Agency said.', 'Transport Agency'],
  ])('an institution with its article closing the sentence speaks: %s', (line, speaker) => {
    const clause = line.slice(0, line.indexOf(','));
    expect(indirect(line)).toEqual([[clause, [speaker]]]);
    expect(withFeaturesOff(['reported.englishTailArticle'], () => indirect(line))).toEqual([]);
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
    // A document after `according to a` is a source, not a person; `saying` with only an object.
    ['According to a report by the agency, most of the patients had mild burns.'],
    ['Budi Santoso left the room, saying nothing.'],
    ['Budi Santoso opened the port, noting the delay.'],
    // `as quoted by` / `as reported by` after the cue names the source of the quote, not a clause.
    ['"We are ready," Budi Santoso said after the match, as quoted by Antara.'],
    ['"We are ready," Budi Santoso said on Friday, as reported by the ministry\'s press release.'],
  ])('%s', line => {
    expect(indirect(line)).toEqual([]);
  });
});

// `near` opens a phrase that places an unnamed speaker, as `in` and `at` do: the place at its end
// is no speaker.
describe('a phrase opened by `near` after an unnamed head places the person', () => {
  test.each([
    'Residents near the burnt market in Cibening said the fire started before dawn.',
    'A vendor near the stadium gate said the crowd had been calm all evening.',
    // The word before each preposition of the tail is tried as the head, nearest first, so the
    // person noun before the farther one (`vendor`) is found past `stall`.
    'A vendor at a stall near the Lubai bridge, who declined to give his name, said prices had doubled.',
  ])('%s', line => {
    expect(indirect(line).map(([, who]) => who)).toEqual([[]]);
  });
});

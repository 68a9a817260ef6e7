import { describe, expect, test } from 'vitest';
import { withFeaturesOff, type FeatureName } from '../../core/engine/features';
import { analyzeBody, indirectQuotes } from './summarize';

// names.englishAnotherSubject, names.englishStackedRelative, names.englishTailBeforeRelative,
// `withheld` among the anonymity words, `complained that` a that-only cue, and the unnamed heads
// of fans, guides and returnees
describe('English unnamed speakers with relative clauses', () => {
  test.each([
    ['Another baker said the subsidised flour ran out by noon.', 'names.englishAnotherSubject'],
    [
      'A fan who came from Ende to watch the derby, who asked that his name be withheld, said ticket prices had doubled.',
      // The appositive reading takes the tail after the first clause's comma too.
      ['names.englishStackedRelative', 'names.englishAppositiveRelative'],
    ],
    [
      'A boat guide in Ende who asked not to be named said ferry tickets sold out early.',
      'names.englishTailBeforeRelative',
    ],
  ])('%s', (line, feature) => {
    const [quote] = indirectQuotes(line);
    expect(quote).toMatch(/ → $/u);
    const off = withFeaturesOff([feature].flat() as FeatureName[], () => indirectQuotes(line));
    expect(off).not.toEqual([quote]);
  });

  test.each([
    'A farmer, who asked that her name be withheld, said her well went dry in June.',
    'Another baker, who asked not to be named, complained that flour prices kept rising.',
    'A returnee who asked not to be named said the shelter ran out of blankets.',
  ])('%s', line => {
    expect(indirectQuotes(line)).toHaveLength(1);
    expect(indirectQuotes(line)[0]).toMatch(/ → $/u);
  });

  test('a complaint with an object reports nothing', () => {
    expect(indirectQuotes('Another baker complained of back pain after the long shift.')).toEqual(
      [],
    );
  });
});

// names.englishAppositiveRelative
describe('an unnamed speaker set off as an appositive with a relative clause not set off', () => {
  const NAMED = '“We waited for weeks,” said Bramantyo Lado, a fisherman from Ende.';
  const LINE =
    'Another returnee, a woman from Borong who asked not to be named, said the shelter ran out of blankets. “The tents leaked every night,” she said.';
  const said = () => analyzeBody(NAMED, LINE).quotes.map(q => `${q.type} ${q.speakers.join('+')}`);

  test('speaks, and the `she` after her is her, not the man before', () => {
    expect(said()).toEqual(['direct Bramantyo Lado', 'indirect ', 'direct ']);
    expect(withFeaturesOff(['names.englishAppositiveRelative'], said)).toEqual([
      'direct Bramantyo Lado',
      'direct Bramantyo Lado',
    ]);
  });

  test('a named person set off so keeps the name', () => {
    const line =
      'His neighbour, Kartinah Purba, a teacher who moved here in 2010, said the school was closed.';
    expect(indirectQuotes(NAMED, line)).toEqual(['the school was closed → Kartinah Purba']);
  });
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The quotes of the paragraphs as [text, speakers], and each named speaker's role. */
const read = (...lines: string[]) => {
  const a = analyzeBody(...lines);
  return {
    quotes: a.quotes.map(q => [q.text, q.speakers]),
    roles: a.speakers.filter(s => s.role).map(s => [s.name, s.role]),
  };
};

describe('A lowercase `the` after an English cue is no word of a name or a role', () => {
  test.each([
    [
      ['"Stocks are low," said the spokesman of the cooperative, Yudi Prasetyo.'],
      [['Stocks are low', ['Yudi Prasetyo']]],
      [['Yudi Prasetyo', 'spokesman of the cooperative']],
    ],
    [
      ['"Stocks are low," said the cooperative\'s spokesman Yudi Prasetyo.'],
      [['Stocks are low', ['Yudi Prasetyo']]],
      [['Yudi Prasetyo', "cooperative's spokesman"]],
    ],
    [
      [
        'The dry season would last until October, said the chief of the Climate Bureau, Lina Susanti.',
      ],
      [['The dry season would last until October', ['Lina Susanti']]],
      [['Lina Susanti', 'chief of the Climate Bureau']],
    ],
    [
      ['"The bridge is safe," said the governor of East Nusa, Markus Tefa.'],
      [['The bridge is safe', ['Markus Tefa']]],
      [['Markus Tefa', 'governor of East Nusa']],
    ],
    [
      ['"The bridge is safe," said the Sleman regent, Markus Tefa.'],
      [['The bridge is safe', ['Markus Tefa']]],
      [['Markus Tefa', 'Sleman regent']],
    ],
    [
      ['"Exports will recover," said the Trade Ministry.'],
      [['Exports will recover', ['Trade Ministry']]],
      [],
    ],
    // A description alone points back to the person introduced with that office.
    [
      ['Minister Teguh Wiranto spoke on Monday.', '"Exports will recover," said the minister.'],
      [['Exports will recover', ['Teguh Wiranto']]],
      [['Teguh Wiranto', 'Minister']],
    ],
    [
      [
        'Minister Teguh Wiranto spoke on Monday.',
        'Exports would recover before the harvest season, said the minister.',
      ],
      [['Exports would recover before the harvest season', ['Teguh Wiranto']]],
      [['Teguh Wiranto', 'Minister']],
    ],
  ])('%s', (lines, quotes, roles) => {
    expect(read(...lines)).toEqual({ quotes, roles });
  });

  test('switched off, the article stays in the role and a description points back to nobody', () => {
    const lines = [
      'Minister Teguh Wiranto spoke on Monday.',
      '"Exports will recover," said the minister.',
    ];
    const off = withFeaturesOff(['names.englishArticleOffName'], () => read(...lines));
    expect(off.quotes).toEqual([['Exports will recover', []]]);
    const role = ['"Stocks are low," said the spokesman of the cooperative, Yudi Prasetyo.'];
    const roleOff = withFeaturesOff(['names.englishArticleOffName'], () => read(...role));
    expect(roleOff.roles).toEqual([['Yudi Prasetyo', 'the spokesman of the cooperative']]);
  });
});

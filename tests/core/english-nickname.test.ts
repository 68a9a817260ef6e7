import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers of the last quote, and the speakers the article lists. */
function read(...paragraphs: string[]): { last: string[]; cast: string[] } {
  const { quotes, speakers } = analyzeBody(...paragraphs);
  return { last: quotes[quotes.length - 1]!.speakers, cast: speakers.map(s => s.name) };
}

const HEAD = 'Farmers gathered at the district office in Ende on Monday.';

// cast.englishNickname: an English aside set off after a name gives the name the person goes by.
const ROWS: readonly (readonly [string, string])[] = [
  [
    'Cooperative chairman Sukamto Jonaedi Tumangger, popularly known as Pak Joni, said prices had collapsed.',
    '"We sell below cost now," Pak Joni said.',
  ],
  [
    'Cooperative chairman Sukamto Jonaedi Tumangger, better known as Joni, said prices had collapsed.',
    '"We sell below cost now," Joni said.',
  ],
  [
    'Cooperative chairman Sukamto Jonaedi Tumangger, nicknamed Joni, said prices had collapsed.',
    '"We sell below cost now," Joni told reporters.',
  ],
];

describe('an English nickname aside', () => {
  test.each(ROWS)('%s', (intro, quote) => {
    const { last, cast } = read(HEAD, intro, quote);
    expect(last).toEqual(['Sukamto Jonaedi Tumangger']);
    expect(cast).toEqual(['Sukamto Jonaedi Tumangger']);
  });

  test.each(ROWS)('switched off: %s', (intro, quote) => {
    const { cast } = withFeaturesOff(['cast.englishNickname'], () => read(HEAD, intro, quote));
    expect(cast).not.toEqual(['Sukamto Jonaedi Tumangger']);
  });

  // A sixth review's guard: an organisation's short name is no nickname of its member.
  test('an organisation known by a short name keeps it', () => {
    const { last, cast } = read(
      HEAD,
      'Jonaedi Purba of the Green Farmers Party, popularly known as Partai Hijau, said: "The budget ignores farmers."',
      '"We will vote against it," Partai Hijau said in a statement on Tuesday.',
    );
    expect(cast).toContain('Jonaedi Purba');
    expect(last).toEqual(['Partai Hijau']);
  });

  // The seventh review's guard: a nickname by a form of address is a person's, after a union too.
  test('a nickname addressed as a person after an organisation', () => {
    const { last, cast } = read(
      HEAD,
      'Jonaedi Purba, chairman of the Lubai Farmers Union, popularly known as Pak Tani, said prices had collapsed.',
      '"We sell below cost now," Pak Tani said.',
    );
    expect(cast).not.toContain('Tani');
    expect(last).toEqual(['Jonaedi Purba']);
  });

  test('a place known as a name is no nickname of the person before it', () => {
    const { cast } = read(
      HEAD,
      'Sukamto Jonaedi Tumangger said the flood reached the area known as Kampung Lubai.',
      '"Water came up to our knees," Sukamto said.',
    );
    expect(cast).toEqual(['Sukamto Jonaedi Tumangger']);
  });
});

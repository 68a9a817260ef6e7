import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** The speaker of each quote of the invented paragraphs, in order. */
const quoteSpeakers = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers.join(' & '));

/** Each speaker as `name (role)`. */
const speakersOf = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).speakers.map(s => (s.role ? `${s.name} (${s.role})` : s.name));

describe('an English speaker is the person, not the organisation or place around the name', () => {
  test.each([
    [
      'a long description with a relative clause between the name and `said`',
      'Mark Hollis, a nurse from Perth who had rented a room above a bakery in Kelana, said the ferry left without warning.',
      ['Mark Hollis'],
    ],
    [
      'a person `of the` an organisation with a bracketed short form',
      'Economist Rina Sarwono of the Centre for Trade Studies (CTS) believes the quota should be reviewed every year.',
      ['Rina Sarwono'],
    ],
    [
      'a person `of the` an organisation whose name holds `and`',
      'Economist Rina Sarwono of the Institute for Trade and Finance (ITF) believes the quota should be reviewed every year.',
      ['Rina Sarwono'],
    ],
    [
      'a person named right after the organisation that employs them',
      'Director of Trade Policy at the Ministry of Commerce Dimas Arya Wicaksana said the ministry had found 14 ports.',
      ['Dimas Arya Wicaksana'],
    ],
    // Negative cases: no person in the run, so nobody is named after a piece of it.
    [
      'an organisation with `and` in its name speaking as such',
      'The Institute for Trade and Finance (ITF) said prices would rise.',
      ['Institute for Trade and Finance'],
    ],
    [
      'a title at an organisation, no name',
      'Director of Trade Policy at the Ministry of Commerce said the ports would be watched.',
      ['Ministry of Commerce'],
    ],
  ])('%s', (_, paragraph, expected) => expect(quoteSpeakers(paragraph)).toEqual(expected));

  test('the organisation before the person is the role', () => {
    expect(
      speakersOf(
        'Director of Trade Policy at the Ministry of Commerce Dimas Arya Wicaksana said the ministry had found 14 ports.',
      ),
    ).toEqual(['Dimas Arya Wicaksana (Ministry of Commerce)']);
  });
});

import { describe, expect, test } from 'vitest';
import { ROLE_HEAD_SET, ROLE_OPENER_SET, ROLE_WORD_SET } from '../../core/lexicon/roles';
import { analyzeBody } from './summarize';

/** Each quote of an invented paragraph as [speaker names, mention]. */
const quotesOf = (...lines: string[]) =>
  analyzeBody(...lines).quotes.map(q => [q.speakers, q.mention] as const);

describe('a modifier of an office is a role word, not a head', () => {
  test.each(['former', 'acting', 'senior', 'deputy', 'vice'])('%s', w => {
    expect(ROLE_WORD_SET.has(w)).toBe(true);
    expect(ROLE_OPENER_SET.has(w)).toBe(true);
    expect(ROLE_HEAD_SET.has(w)).toBe(false);
  });
});

describe('a role may open with a modifier', () => {
  test.each([
    ['“Harga naik,” kata Senior Vice President PT Sinar Jaya, Rudi Hartono.', 'Rudi Hartono'],
    ['“Harga naik,” kata Deputy Director Lembaga Tani, Rudi Hartono.', 'Rudi Hartono'],
    ['Deputy Governor Rudi Hartono said inflation would fall.', 'Rudi Hartono'],
    ['“Kami siap,” kata Senior Rudi.', 'Rudi'],
    ['Wartawan senior Rudi Hartono menilai kebebasan pers menurun.', 'Rudi Hartono'],
  ])('%s', (line, name) => expect(quotesOf(line).map(q => q[0])).toEqual([[name]]));
});

describe('a description needs a head, not only a modifier', () => {
  test('a player described by `pemain senior itu` is the one just named', () =>
    expect(
      quotesOf('Bayu Aditya mencetak dua gol. Pemain senior itu mengatakan timnya siap juara.'),
    ).toEqual([[['Bayu Aditya'], 'Pemain senior itu']]));
  test('`Tim senior itu` is not the journalist named before it', () =>
    expect(
      quotesOf(
        'Wartawan senior Bayu Aditya hadir. Tim senior itu mengatakan mereka siap bertanding.',
      ).flatMap(q => q[0]),
    ).not.toContain('Bayu Aditya'));
});

/**
 * The rank and class numerals one helper reads for two rules: the rank after an office's short form
 * (`WR III`, cast/bracketed-title.ts) and the class numeral that breaks a run before a name
 * (`Kelas IIA`, names/bridged-office.ts).
 */
import { describe, expect, test } from 'vitest';
import { isRankNumeral, isRomanNumeral } from '../../core/engine/text/word-shape';

describe('text/word-shape isRankNumeral', () => {
  test.each([
    ['III', true],
    ['IV', true],
    ['2', true],
    ['12', true],
    ['2024', false],
    ['IIA', false],
    ['IVXII', false],
    ['Ii', false],
  ])('%s → %s', (w, expected) => {
    expect(isRankNumeral(w)).toBe(expected);
  });
});

describe('text/word-shape isRomanNumeral with a class letter', () => {
  test.each([
    ['I', true],
    ['IIA', true],
    ['IIIB', true],
    ['IID', false],
    ['2', false],
  ])('%s → %s', (w, expected) => {
    expect(isRomanNumeral(w, true)).toBe(expected);
  });
});

import { describe, expect, test } from 'vitest';
import { castPeople } from './summarize';

/**
 * `Rp` opens an amount (name-run.ts NOT_NAME): a capitalised word before it opening a sentence
 * (`Honornya Rp 750 ribu`) is no person, and a name before it ends there.
 */
describe('an amount in rupiah is never part of a name', () => {
  test.each([
    ['Honornya Rp 750 ribu per bulan, dibayar tiga bulan sekali.', []],
    ['Sebulan, Gajinya Rp 2 juta.', []],
    ['Sari Lestari menerima Rp 500 ribu dari panitia.', ['Sari Lestari']],
  ])('%s', (paragraph, names) => {
    expect(castPeople(paragraph)).toEqual(names);
  });
});

import { describe, expect, test } from 'vitest';
import { castPeople } from './summarize';

/**
 * `Rp` opens an amount (name-run.ts NOT_NAME): a capitalised word before it opening a sentence
 * (`Upahnya Rp 90 ribu`) is no person, and a name before it ends there.
 */
describe('an amount in rupiah is never part of a name', () => {
  test.each([
    ['Upahnya Rp 90 ribu sehari, dibayar tiap Sabtu.', []],
    ['Sebulan, Gajinya Rp 2 juta.', []],
    ['Sari Lestari menerima Rp 500 ribu dari panitia.', ['Sari Lestari']],
  ])('%s', (paragraph, names) => {
    expect(castPeople(paragraph)).toEqual(names);
  });
});

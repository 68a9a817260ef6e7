/**
 * `bare` drops the punctuation a lead-in word carries at its end (`ketua,` → `ketua`) by a scan;
 * it must answer what `/[,.:;]+$/u` replaced by nothing answered, on invented and fuzzed words.
 */
import { describe, expect, test } from 'vitest';
import { bare } from '../../core/engine/discourse/introduced-title';
import { fuzzer } from './fuzz';

const byRegex = (w: string): string => w.replace(/[,.:;]+$/u, '');

describe('bare: a lead-in word without its trailing marks', () => {
  test.each([
    ['ketua,', 'ketua'],
    ['pol.', 'pol'],
    ['kabupaten:;', 'kabupaten'],
    ['direktur', 'direktur'],
    ['.,', ''],
    ['', ''],
    ['s.h.,', 's.h'],
  ])('%s → %s', (word, expected) => {
    expect(bare(word)).toBe(expected);
    expect(byRegex(word)).toBe(expected);
  });

  test('fuzzed words', () => {
    const draw = fuzzer(8);
    for (const w of draw(['a', 'é', ',', '.', ':', ';', '-', ' ', '\u{1F600}'], 5000, 8))
      expect(bare(w)).toBe(byRegex(w));
  });
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers' names of invented paragraphs. */
const names = (...paragraphs: string[]) => analyzeBody(...paragraphs).speakers.map(s => s.name);

// After an Indonesian cue an undotted `A` is an initial (names.initialAfterCue).
const rows = [
  [['“Kami siap,” kata A Syafii Rahman, warga setempat.'], 'A Syafii Rahman'],
  [['“Kami siap,” ujar A Rahman Hakim.', '“Tidak ada masalah,” ujar Rahman.'], 'A Rahman Hakim'],
  [['“Air sudah surut,” tutur A Wahyu Pratomo kepada wartawan.'], 'A Wahyu Pratomo'],
] as const;

describe('an undotted initial that spells a function word, right after an Indonesian cue', () => {
  test.each(rows)('%s', (paragraphs, name) => expect(names(...paragraphs)).toEqual([name]));

  test('the English article before a description is still no initial', () =>
    expect(names('A Cibening resident said the road was damaged.')).toEqual([]));

  test('switched off, the run is no one', () => {
    const off = withFeaturesOff(['names.initialAfterCue'], () =>
      rows.map(([paragraphs]) => names(...paragraphs)[0]),
    );
    expect(off.some((name, i) => name === rows[i]![1])).toBe(false);
  });
});

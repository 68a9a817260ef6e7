import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/**
 * An unnamed subject described by a relation to a name (`Seorang tetangga X`) speaks; the name is
 * whose neighbour or relative they are (names.unnamedKinOf).
 */
const ROWS: readonly (readonly string[])[] = [
  [
    'Wartinah Purba (40) menanam jagung di lahan bekas tambang.',
    'Seorang tetangga Wartinah mengatakan banyak warga mulai ikut menanam jagung. “Dulu warga enggan,” kata perempuan itu.',
  ],
  ['Seorang kerabat Kusnandar mengatakan korban sempat pamit ke laut.'],
  ['Salah seorang teman Kusnandar mengatakan korban sempat pamit ke laut.'],
];

/** Each quote's speakers, joined ('' for an unnamed one). */
const speakersOf = (paragraphs: readonly string[]): string[] =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers.join(' + '));

describe('an unnamed relative of a named person', () => {
  test.each(ROWS)('%s', (...paragraphs) =>
    expect(speakersOf(paragraphs).every(s => s === '')).toBe(true),
  );

  test('a kin noun owned by the subject keeps the name (`Rekannya, X, mengatakan`)', () =>
    expect(speakersOf(['Rekannya, Kusnandar, mengatakan korban sempat pamit ke laut.'])).toEqual([
      'Kusnandar',
    ]));

  test('switched off, the neighbour is taken for the person named', () => {
    const off = withFeaturesOff(['names.unnamedKinOf'], () => speakersOf(ROWS[1]!));
    expect(off).toEqual(['Kusnandar']);
  });
});

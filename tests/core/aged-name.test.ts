import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Each quote's speakers, in order. */
const speakers = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers.join(' + '));

const CASES: [string, string[], string[]][] = [
  [
    'an age, then a description between commas, then `-nya`',
    [
      'Harga cabai di Pasar Cibening naik dua kali lipat sejak pekan lalu.',
      'Sumiati (45), pedagang sayur di pasar itu, mengaku omzetnya turun. “Pembeli sepi,” katanya.',
    ],
    ['Sumiati'],
  ],
  [
    'an age written with its unit, then `dia` in the next paragraph',
    [
      'Banjir merendam puluhan rumah di tepi sungai.',
      'Wartini (60 tahun) terpaksa mengungsi ke rumah kerabatnya.',
      '“Air masuk tengah malam,” kata dia.',
    ],
    ['Wartini'],
  ],
];

describe('a lone name with an age in brackets introduces a person', () => {
  test.each(CASES)('%s', (_, paragraphs, expected) =>
    expect(speakers(...paragraphs)).toEqual(expected),
  );

  test('switched off, the lone word names nobody', () => {
    const off = withFeaturesOff(['cast.agedName'], () =>
      CASES.map(([, paragraphs]) => speakers(...paragraphs)),
    );
    expect(off).toEqual([[''], ['']]);
  });
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/**
 * A Balinese noble's name opened by `Tjokorda`/`Cokorda` keeps its opener (names.model.balinese
 * with names.model.balineseNobleWord), and a later mention clipping it (`Tjok X`, `Cok X`) is
 * the same person (cast.clippedNobleOpener).
 */
const ROWS: readonly (readonly [paragraphs: readonly string[], name: string])[] = [
  [
    [
      'Lubai regent Tjokorda Gde Putra Sukamto said the new fish market would open in March.',
      '"The stalls are almost finished," Tjok Sukamto said.',
    ],
    'Tjokorda Gde Putra Sukamto',
  ],
  [
    [
      'Ketua paguyuban hotel Borong, Cokorda Gde Bagus Purbasari, mengatakan okupansi turun.',
      '"Tamu menunda liburan," kata Cok Purbasari.',
    ],
    'Cokorda Gde Bagus Purbasari',
  ],
];

const speakersOf = (paragraphs: readonly string[]): string[] =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers.join(' + '));

describe('a clipped noble opener', () => {
  test.each(ROWS)('%s', (paragraphs, name) => expect(speakersOf(paragraphs)).toEqual([name, name]));

  test('switched off, the clipped mention is someone new', () => {
    const [paragraphs, name] = ROWS[0]!;
    const off = withFeaturesOff(['cast.clippedNobleOpener'], () => speakersOf(paragraphs));
    expect(off).not.toEqual([name, name]);
  });
});

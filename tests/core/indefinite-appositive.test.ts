import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Each reported quote of one invented sentence as [text, speakers]. */
const run = (line: string) => analyzeBody(line).quotes.map(q => [q.text, q.speakers]);

describe('an indefinite description after the named source says who the source is', () => {
  test.each([
    [
      'Menurut Hendra Wiratama, seorang pakar hidrologi, tanggul itu akan bertahan.',
      'tanggul itu akan bertahan',
    ],
    [
      'Menurut Hendra Wiratama, salah seorang warga Desa Sukamaju, tanggul itu jebol tengah malam.',
      'tanggul itu jebol tengah malam',
    ],
    [
      'According to Hendra Wiratama, a hydrologist at Lorewangi University, the levee would hold.',
      'the levee would hold',
    ],
    [
      'According to Hendra Wiratama, an engineer with the city, the levee would hold.',
      'the levee would hold',
    ],
  ])('%s', (line, text) => {
    expect(run(line)).toEqual([[text, ['Hendra Wiratama']]]);
  });

  test.each([
    [
      'According to Hendra Wiratama, a new levee will be built next year.',
      'a new levee will be built next year',
    ],
    [
      'Menurut Hendra Wiratama, banyak warga, terutama lansia, belum dievakuasi.',
      'banyak warga, terutama lansia, belum dievakuasi',
    ],
  ])('a clause is no description: %s', (line, text) => {
    expect(run(line)).toEqual([[text, ['Hendra Wiratama']]]);
  });

  test('switched off, the description opens the reported text', () => {
    const line = 'Menurut Hendra Wiratama, seorang pakar hidrologi, tanggul itu akan bertahan.';
    const off = withFeaturesOff(['reported.indefiniteAppositive'], () => run(line));
    expect(off).toEqual([
      ['seorang pakar hidrologi, tanggul itu akan bertahan', ['Hendra Wiratama']],
    ]);
  });
});

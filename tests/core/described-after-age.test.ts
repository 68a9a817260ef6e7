import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The quotes of invented paragraphs as [type, speakers]. */
const run = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => [q.type, q.speakers]);

const LINE = 'Sumarni, 45 tahun, ibu rumah tangga di Desa Sukamaju, mengaku kesulitan air bersih.';

describe('an age between a name and its description stays out of both', () => {
  test.each([
    [LINE, 'Sumarni'],
    ['Sumarni, 45 tahun, ibu rumah tangga, mengaku kesulitan air bersih.', 'Sumarni'],
    [
      'Darto Wiyono, 52, pedagang bakso asal Kebumen, mengatakan pembeli makin sepi sejak harga daging naik.',
      'Darto Wiyono',
    ],
  ])('%s', (line, who) => {
    expect(run(line)).toEqual([['indirect', [who]]]);
  });

  test('a later description by kin finds her', () => {
    const { quotes } = analyzeBody(
      LINE,
      '“Setiap hari saya harus berjalan dua kilometer,” tutur ibu tiga anak itu.',
    );
    expect(quotes.at(-1)!.speakers).toEqual(['Sumarni']);
  });

  // The role read after the age (cast.ageAloneAppositiveRole, cast.standingAppositive) names her
  // too, so it is switched off with the feature.
  test('without the feature the place in the description is read as the subject', () => {
    const off = [
      'names.describedAfterAge',
      'cast.ageAloneAppositiveRole',
      'cast.standingAppositive',
    ] as const;
    withFeaturesOff(off, () => {
      expect(run(LINE)).not.toEqual([['indirect', ['Sumarni']]]);
    });
  });
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The indirect quotes of invented paragraphs, as [text, speakers, cue]. */
const indirect = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs)
    .quotes.filter(q => q.type === 'indirect')
    .map(q => [q.text, q.speakers, q.cue]);

const DOCTOR = 'Kepala puskesmas kecamatan itu, dr Rina Kartika,';

/** A span of time right after the cue opens the reported clause, with no comma after it. */
const CASES: readonly (readonly [string, string, string])[] = [
  [
    `${DOCTOR} menyebutkan dalam sebulan terakhir pihaknya menangani 31 kasus diare.`,
    'dalam sebulan terakhir pihaknya menangani 31 kasus diare',
    'menyebutkan',
  ],
  [
    `${DOCTOR} mengatakan dalam tiga bulan ini jumlah pasien terus naik.`,
    'dalam tiga bulan ini jumlah pasien terus naik',
    'mengatakan',
  ],
  [
    `${DOCTOR} menjelaskan dalam 2 pekan terakhir warga jarang memeriksakan anaknya.`,
    'dalam 2 pekan terakhir warga jarang memeriksakan anaknya',
    'menjelaskan',
  ],
];

describe('a span of time after the cue opens the reported clause', () => {
  test.each(CASES)('%s', (line, said, cue) => {
    expect(indirect(line)).toEqual([[said, ['Rina Kartika'], cue]]);
  });

  test('switched off, the statement is lost', () => {
    for (const [line] of CASES)
      withFeaturesOff(['reported.timeSpanOpensClause'], () => expect(indirect(line)).toEqual([]));
  });

  test('any other phrase after `dalam` is still an adjunct of the cue', () => {
    expect(
      indirect(`${DOCTOR} mengatakan dalam konferensi pers, pasien anak terus bertambah.`),
    ).toEqual([['pasien anak terus bertambah', ['Rina Kartika'], 'mengatakan']]);
  });
});

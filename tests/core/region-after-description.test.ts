import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The quotes of invented paragraphs as [type, speakers]. */
const run = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => [q.type, q.speakers]);

describe('a region after the origin in a description before a cue closes the description', () => {
  test.each([
    [
      'Rizky Pratama, mahasiswa asal Medan, Sumatera Utara, mengatakan, “Biaya kos naik terus.”',
      'direct',
    ],
    [
      'Rizky Pratama, mahasiswa asal Medan, Sumatera Utara, mengatakan biaya kos naik terus setiap tahun.',
      'indirect',
    ],
    [
      'Sulastri, pedagang asal Kupang, Nusa Tenggara Timur, mengaku, “Dagangan saya sepi.”',
      'direct',
    ],
  ])('%s', (line, type) => {
    const who = line.split(',')[0]!;
    expect(run(line)).toEqual([[type, [who]]]);
  });

  test('without the feature the region is read as the speaker', () => {
    withFeaturesOff(['reported.regionAfterDescription'], () => {
      const line =
        'Rizky Pratama, mahasiswa asal Medan, Sumatera Utara, mengatakan, “Biaya kos naik terus.”';
      expect(run(line)).not.toEqual([['direct', ['Rizky Pratama']]]);
    });
  });

  test('an unnamed description keeps no region for its speaker', () => {
    const line =
      'Seorang mahasiswa asal Medan, Sumatera Utara, mengatakan, “Biaya kos naik terus.”';
    expect(run(line)).toEqual([['direct', []]]);
  });
});

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
    // reported.areasAfterDescription reads this shape (a place a lowercase word describes, then a
    // known place set off by its comma); off, nothing skips the region.
    withFeaturesOff(['reported.areasAfterDescription'], () => {
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

describe('the wider areas after a description of where the subject lives close the description', () => {
  test.each([
    'Wayan Sudirta (52), warga Kecamatan Sukawati, Kabupaten Gianyar, mengatakan air sungai naik sejak sore.',
    'Wayan Sudirta, warga Kecamatan Sukawati, Kabupaten Gianyar, mengaku sawahnya terendam dua hari.',
    'Wayan Sudirta, warga Desa Batuan, Kecamatan Sukawati, Kabupaten Gianyar, menuturkan warga mengungsi ke balai banjar.',
    'Wayan Sudirta, warga Sukawati, Gianyar, mengatakan air sungai naik sejak sore.',
    'Wayan Sudirta, pedagang di Pasar Seni, Kabupaten Gianyar, mengatakan pembeli mulai sepi.',
  ])('%s', line => {
    expect(run(line)).toEqual([['indirect', ['Wayan Sudirta']]]);
    const off = withFeaturesOff(['reported.areasAfterDescription'], () => run(line));
    expect(off).not.toEqual([['indirect', ['Wayan Sudirta']]]);
  });

  test.each([
    // A name set off after the area is the subject, no area.
    'Kepala Dusun Batuan, Kabupaten Gianyar, Wayan Sudirta, mengatakan air sungai naik sejak sore.',
    // A role set off before the name is no description of a place.
    'Ketua Komisi II, Wayan Sudirta, mengatakan rapat ditunda sampai pekan depan.',
  ])('not skipped: %s', line => {
    expect(run(line)).toEqual([['indirect', ['Wayan Sudirta']]]);
  });
});

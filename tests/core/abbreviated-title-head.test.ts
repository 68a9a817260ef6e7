import { describe, expect, test } from 'vitest';
import { withFeaturesOff, type FeatureName } from '../../core/engine/features';
import { analyzeBody } from './summarize';

const lastSpeakers = (...lines: string[]) => analyzeBody(...lines).quotes.at(-1)!.speakers;

// cast.abbreviatedTitleHead, cast.officeWordLeftOut
describe('a title written short finds the holder of the office it spells', () => {
  test.each([
    [
      'Kepala Seksi Penyelenggaraan Zakat dan Wakaf Kantor Kementerian Agama Kabupaten Ende, H. Bramantyo Kusnandar, menegaskan majelis taklim itu belum terdaftar.',
      '“Pengurus wajib melapor ke kantor kami,” tutur Kasi PZW.',
      'cast.abbreviatedTitleHead',
    ],
    [
      'Kepala Kantor Kementerian Agama Kabupaten Ende, H. Bramantyo Kusnandar, M.Ag, menyebut lomba itu digelar tiap tahun.',
      '“Tahun depan pesertanya kami tambah,” kata Kepala Kemenag.',
      'cast.officeWordLeftOut',
    ],
  ])('%s', (intro, quote, feature) => {
    expect(lastSpeakers(intro, quote)).toHaveLength(1);
    const off = withFeaturesOff([feature as FeatureName], () => lastSpeakers(intro, quote));
    expect(off).toEqual([]);
  });

  test('a short head still needs the words after it in the role', () => {
    const intro =
      'Kepala Seksi Penyelenggaraan Zakat dan Wakaf Kantor Kementerian Agama Kabupaten Ende, H. Bramantyo Kusnandar, menegaskan majelis taklim itu belum terdaftar.';
    expect(lastSpeakers(intro, '“Jalannya rusak parah,” kata Kasi Trantib.')).not.toContain(
      'Bramantyo Kusnandar',
    );
  });
});

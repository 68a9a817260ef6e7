import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const INTRO =
  'Di Desa Sukamaju, warga bertahan di rumah. Wartini (41) mengaku belum bisa membuka warungnya sejak Senin.';

describe('a paragraph opened by `Menurut X, …` is heard from X', () => {
  test.each([
    [
      'Menurut Wartini, hujan tahun ini turun lebih awal. Suaminya, Tarjo, kini bekerja serabutan karena bengkelnya terendam.',
      '“Biasanya baru bulan depan,” tutur dia.',
    ],
    [
      'Menurut Wartini, hujan tahun ini turun lebih awal. Suaminya, Tarjo (45), kini bekerja serabutan.',
      '“Biasanya baru bulan depan,” kata dia.',
    ],
    [
      'Menurut Wartini, air naik sejak subuh. Anaknya, Wulan, dititipkan ke rumah kerabat di kota.',
      '“Kami bertahan di loteng,” ujarnya.',
    ],
  ])('%s', (line, quote) => {
    expect(lastSpeakers(INTRO, line, quote)).toEqual(['Wartini']);
  });

  test('the paragraph’s own -nya too', () => {
    const line =
      'Menurut Wartini, hujan tahun ini turun lebih awal. Suaminya, Tarjo, kini bekerja serabutan. “Biasanya baru bulan depan,” ujarnya.';
    expect(lastSpeakers(INTRO, line)).toEqual(['Wartini']);
  });

  test('switched off, the person narrated after the frame takes the pronoun', () => {
    const line =
      'Menurut Wartini, hujan tahun ini turun lebih awal. Suaminya, Tarjo (45), kini bekerja serabutan.';
    const off = withFeaturesOff(['discourse.framedNameOpened'], () =>
      lastSpeakers(INTRO, line, '“Biasanya baru bulan depan,” tutur dia.'),
    );
    expect(off).toEqual(['Tarjo']);
  });
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const INTRO =
  'Di Desa Sukamaju, warga bertahan di rumah. Sumarni (41) mengaku sudah tiga hari tidak bisa keluar rumah.';

describe('a paragraph opened by `Menurut X, …` is heard from X', () => {
  test.each([
    [
      'Menurut Sumarni, banjir tahun ini datang lebih cepat. Suaminya, Karto, kini bekerja serabutan karena bengkelnya terendam.',
      '“Biasanya baru bulan depan,” tutur dia.',
    ],
    [
      'Menurut Sumarni, banjir tahun ini datang lebih cepat. Suaminya, Karto (45), kini bekerja serabutan.',
      '“Biasanya baru bulan depan,” kata dia.',
    ],
    [
      'Menurut Sumarni, air naik sejak subuh. Anaknya, Wulan, dititipkan ke rumah kerabat di kota.',
      '“Kami bertahan di loteng,” ujarnya.',
    ],
  ])('%s', (line, quote) => {
    expect(lastSpeakers(INTRO, line, quote)).toEqual(['Sumarni']);
  });

  test('the paragraph’s own -nya too', () => {
    const line =
      'Menurut Sumarni, banjir tahun ini datang lebih cepat. Suaminya, Karto, kini bekerja serabutan. “Biasanya baru bulan depan,” ujarnya.';
    expect(lastSpeakers(INTRO, line)).toEqual(['Sumarni']);
  });

  test('switched off, the person narrated after the frame takes the pronoun', () => {
    const line =
      'Menurut Sumarni, banjir tahun ini datang lebih cepat. Suaminya, Karto (45), kini bekerja serabutan.';
    const off = withFeaturesOff(['discourse.framedNameOpened'], () =>
      lastSpeakers(INTRO, line, '“Biasanya baru bulan depan,” tutur dia.'),
    );
    expect(off).toEqual(['Karto']);
  });
});

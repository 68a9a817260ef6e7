import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const OFF = ['discourse.nyaAfterDefiniteDescription'] as const;
const HEAD =
  'Kepala sekolah, Drs. Markus Tambunan, mengatakan kantin akan ditutup sementara. “Kami perbaiki dapurnya dulu,” kata Markus.';
const KEEPER =
  'Pengelola kantin, Bu Yuliana Manurung (45), mengaku sudah berjualan di sekolah itu sejak 2009.';

describe('a `-nya` quote after a definite description of a person by sex is that person’s', () => {
  test.each([
    ['Perempuan bertubuh mungil itu kini memikirkan cara membayar sewa kios.'],
    ['Ibu dua anak itu kini memikirkan cara membayar sewa kios.'],
  ])('%s', described => {
    const last = `Kakaknya, Pak Togar Simanjorang, ikut membantu memasak setiap pagi. ${described} “Pelanggan saya anak-anak semua,” katanya.`;
    expect(lastSpeakers(HEAD, KEEPER, last)).toEqual(['Yuliana Manurung']);
    expect(withFeaturesOff([...OFF], () => lastSpeakers(HEAD, KEEPER, last))).toEqual([
      'Togar Simanjorang',
    ]);
  });

  test('a sentence of somebody else in between: the description is not right before the quote', () => {
    const last =
      'Kakaknya, Pak Togar Simanjorang, ikut membantu memasak setiap pagi. Perempuan bertubuh mungil itu kini memikirkan cara membayar sewa kios. Togar lalu menimbang gas di dapur. “Tabungnya tinggal dua,” katanya.';
    expect(lastSpeakers(HEAD, KEEPER, last)).toEqual(['Togar Simanjorang']);
  });
});

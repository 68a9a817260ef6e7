import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const LAWYER =
  'Kuasa hukum warga, Yosua Tambunan, menilai ganti rugi terlalu kecil. “Kami akan banding,” katanya.';
const HEAD =
  'Kepala desa, Pak Karsidi, mengatakan musyawarah akan digelar lagi. “Semua pemilik lahan kami undang,” kata Karsidi.';

describe('a description by sex after a man spoke means the one brought in unnamed since', () => {
  test.each([
    [
      'Di depan posko, seorang pedagang sayur tampak memunguti dagangannya yang basah. “Modal saya habis semua,” kata perempuan bersandal jepit itu.',
    ],
    [
      'Seorang nenek duduk di tangga balai. “Saya sudah tidak punya apa-apa,” kata perempuan itu lirih.',
    ],
  ])('%s', last => {
    expect(lastSpeakers(LAWYER, HEAD, last)).toEqual([]);
    expect(
      withFeaturesOff(['discourse.describedSexUnnamed'], () => lastSpeakers(LAWYER, HEAD, last)),
    ).toEqual(['Yosua Tambunan']);
  });

  test('a description of a woman named earlier, with nobody brought in since, is still her', () => {
    const lines = [
      'Bidan desa, Warsiyem, mengatakan stok obat menipis. “Kami kekurangan antibiotik,” katanya.',
      HEAD,
      '“Puskesmas jauh dari sini,” ujar perempuan berusia 50 tahun itu.',
    ];
    expect(lastSpeakers(...lines)).toEqual(['Warsiyem']);
  });
});

test('an unnamed person whose noun tells the other sex is not who a description means', () => {
  const lines = [
    'Bidan desa, Warsiyem, mengatakan stok obat menipis. “Kami kekurangan antibiotik,” katanya.',
    HEAD,
    'Seorang kakek duduk di tangga balai. “Puskesmas jauh dari sini,” ujar perempuan berusia 50 tahun itu.',
  ];
  expect(lastSpeakers(...lines)).toEqual(['Warsiyem']);
});

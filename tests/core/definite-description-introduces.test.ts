import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const OFF = ['discourse.definiteDescriptionIntroduces'] as const;

describe('a definite description opening the sentence after a subject says what that person is', () => {
  test('its origin agrees with a later description by origin', () => {
    const lines = [
      'Pardiyo Wiratmoko (50) masih menunggu di depan bengkelnya yang hangus, Selasa (3/2).',
      'Buruh las asal Kampung Ngemplakrejo itu kehilangan semua peralatan kerjanya.',
      'Pemilik bengkel sebelah, Marojahan Sirait (44), mengatakan api berasal dari korsleting. “Kabelnya memang sudah tua,” kata Marojahan.',
      '“Mesin las saya tiga, semuanya habis,” ujar pria asal Ngemplakrejo itu.',
    ];
    expect(lastSpeakers(...lines)).toEqual(['Pardiyo Wiratmoko']);
    expect(withFeaturesOff([...OFF], () => lastSpeakers(...lines))).not.toEqual([
      'Pardiyo Wiratmoko',
    ]);
  });

  test('its person noun tells her sex, so a description of a man means the man named since', () => {
    const lines = [
      'Tarminah Wulandari (41) sudah dua kali merugi tahun ini. Perempuan asal Dusun Krajan itu menanam cabai di lahan sewaan.',
      '“Bibitnya mahal, hasilnya busuk,” kata Tarminah.',
      'Siang itu Tarminah mampir ke gubuk milik Kartubi Ahmad Rifai. Anak sulungnya, Wulan, sedang menjemur gabah di halaman.',
      '“Kami cuma bisa menunggu kemarau,” tutur pria berkaus lusuh itu.',
    ];
    expect(lastSpeakers(...lines)).toEqual(['Kartubi Ahmad Rifai']);
    // Her sex untold, the description may still be her: nobody is named.
    expect(withFeaturesOff([...OFF], () => lastSpeakers(...lines))).toEqual([]);
  });

  test.each([
    // The head noun was used for somebody unnamed in between: the description means that one.
    [
      'Pardiyo Wiratmoko (50) sempat menolong seorang buruh yang terjebak asap. Buruh asal Kampung Ngemplakrejo itu kini dirawat.',
    ],
    // Two people named in the sentence before: whom it goes on about is not told.
    [
      'Pardiyo Wiratmoko (50) dan Marojahan Sirait (44) sama-sama kehilangan bengkel. Buruh asal Kampung Ngemplakrejo itu kini menganggur.',
    ],
  ])('%s', before => {
    const lines = [
      before,
      'Kepala Desa, Rusdi Abdullah, mengatakan bantuan sudah dikirim. “Besok kami data ulang,” kata Rusdi.',
      '“Saya belum tahu mau kerja apa,” ujar pria asal Ngemplakrejo itu.',
    ];
    expect(lastSpeakers(...lines)).not.toEqual(['Pardiyo Wiratmoko']);
  });
});

describe('a definite description with a relative clause says nothing of the subject before', () => {
  test('the man arrested is not the officer who spoke of him', () => {
    const lines = [
      'Kapolsek Lembang AKP Wulan Sasmitha menjelaskan kronologi penangkapan. Pria yang ditangkap itu merupakan residivis kasus pencurian.',
      'Wulan mengatakan pelaku beraksi pada malam hari. “Dia sudah tiga kali ditangkap,” ujar perempuan itu.',
    ];
    expect(lastSpeakers(...lines)).toEqual(['Wulan Sasmitha']);
  });
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff, type FeatureName } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers of every direct quote, in order, each joined with ` + `. */
const speakersOf = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs)
    .quotes.filter(q => q.type === 'direct')
    .map(q => q.speakers.join(' + '));

// Invented sentences: a lone name introduced by an appositive of kin or of `salah satu`, or with an
// honorific acting as its clause's subject, is the person a later `-nya` or pronoun means.
const ROWS: [string, string[], string[], FeatureName][] = [
  [
    'one of a group, set off',
    [
      'Kasmirah, salah satu pembatik di kampung itu, menjemur kain di halaman. Nenek lima cucu itu menyelesaikan satu kain dalam sepekan. “Motif ini warisan ibu saya,” katanya.',
    ],
    ['Kasmirah'],
    'cast.widerAppositive',
  ],
  [
    'kin, set off',
    [
      'Di ruang tunggu bandara, belasan keluarga menanti. Wagirah, anak bungsu Rosidah, datang bersama dua anaknya. Perempuan 40 tahun itu terus memandangi papan kedatangan.',
      '“Ibu pulang setelah dua tahun bekerja di luar negeri,” ujarnya.',
    ],
    ['Wagirah'],
    'cast.widerAppositive',
  ],
  [
    'an honorific before a lone name acting',
    [
      'Sore itu, Buya Kamaruddin membuka pengajian di surau kampung. Ulama berusia 80 tahun itu meminta jamaah menjaga sungai.',
      '“Sungai yang bersih adalah amanah kita bersama,” kata beliau.',
    ],
    ['Kamaruddin'],
    'cast.narratedSubject',
  ],
  [
    'one of them, with an appositive',
    [
      'Ratusan pelajar mengikuti lomba sains itu. Salah satunya Rosidin, siswa kelas sebelas asal Bireuen. Remaja 17 tahun itu membawa robot penyiram tanaman. “Robot ini saya rakit dari barang bekas,” katanya.',
    ],
    ['Rosidin'],
    'cast.oneOfThemIntroduces',
  ],
  [
    'one of them, alone in its sentence',
    [
      'Puluhan perajin memamerkan kain tenun di balai desa.',
      'Salah satunya Hj. Sukinah. Perempuan berusia 63 tahun itu menenun sejak remaja.',
      '“Satu kain butuh dua pekan,” kata perempuan itu.',
    ],
    ['Sukinah'],
    'cast.oneOfThemIntroduces',
  ],
  [
    'one picked out by a describing clause before the comma',
    [
      'Di bengkel tenun, belasan perempuan menenun sambil bersenda gurau.',
      'Salah satu yang tertua, Mbah Wartinah, sudah menenun sejak 1985.',
      '“Dulu upahnya gabah,” ujar nenek tujuh cucu itu.',
    ],
    ['Wartinah'],
    'cast.oneOfDescribedIntroduces',
  ],
];

describe('a lone name introduced by a wider appositive or with an honorific is a person', () => {
  test.each(ROWS)('%s', (_, paragraphs, expected) =>
    expect(speakersOf(...paragraphs)).toEqual(expected),
  );

  test.each(ROWS)('switched off, %s names nobody', (_, paragraphs, expected, feature) => {
    const off = withFeaturesOff([feature], () => speakersOf(...paragraphs));
    expect(off).not.toEqual(expected);
  });
});

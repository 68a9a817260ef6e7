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
      'Kasmirah, salah satu penganyam, bekerja di teras rumah. Ibu tiga anak itu menyelesaikan dua tas sehari. “Upahnya dihitung per tas,” katanya.',
    ],
    ['Kasmirah'],
    'cast.widerAppositive',
  ],
  [
    'kin, set off',
    [
      'Di luar asrama, puluhan keluarga menunggu. Wagirah, putri sulung Rosidah, datang bersama suaminya. Perempuan 52 tahun itu tak bisa menahan tangis.',
      '“Setiap malam kami menelepon Ibu,” ujarnya.',
    ],
    ['Wagirah'],
    'cast.widerAppositive',
  ],
  [
    'an honorific before a lone name acting',
    [
      'Malam harinya, Buya Kamaruddin memimpin doa bersama di masjid itu. Ulama sepuh itu mengingatkan warga agar bersabar.',
      '“Alam takambang jadi guru,” kata beliau.',
    ],
    ['Kamaruddin'],
    'cast.narratedSubject',
  ],
  [
    'one of them, with an appositive',
    [
      'Puluhan santri menyambut rombongan ulama. Salah satunya Rosidin, santri kelas lima asal Bireuen. Remaja 16 tahun itu mengaku baru pertama kali bertemu ulama itu. “Rasanya seperti mimpi,” katanya.',
    ],
    ['Rosidin'],
    'cast.oneOfThemIntroduces',
  ],
  [
    'one of them, alone in its sentence',
    [
      'Para pedagang, sebagian besar perempuan, menjajakan sayur dari perahu.',
      'Salah satunya Hj. Sukinah. Perempuan berusia 63 tahun itu sudah berjualan sejak gadis.',
      '“Dulu perahu di sini ratusan,” kata perempuan itu.',
    ],
    ['Sukinah'],
    'cast.oneOfThemIntroduces',
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

import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { describedAge } from '../../core/engine/discourse/described-age';
import { ageAfterName } from '../../core/engine/names/age-phrase';
import { lastSpeakers } from './summarize';

/**
 * A description by age closed by a demonstrative (`kata pria berusia 52 tahun itu`) means the
 * person the article introduced with that age, though somebody else spoke in between.
 */
const CASES: readonly (readonly [string, readonly string[], string])[] = [
  [
    'a farmer introduced with his age in brackets, after an unnamed statement',
    [
      'Ikan itu pertama kali dilihat Sumarno (52), petani di Desa Karangjati. “Saya kira kayu hanyut,” kata Sumarno.',
      'Kepala Desa Karangjati, Wulan Sari, mengatakan dinas sudah dihubungi. “Petugas datang besok,” ujar Wulan.',
      'Menurut warga, ikan sebesar itu belum pernah terlihat.',
      '“Sudah tiga puluh tahun saya di sini,” kata pria berusia 52 tahun itu.',
    ],
    'Sumarno',
  ],
  [
    'a trader introduced with her age between commas, after an official spoke',
    [
      'Pedagang sayur, Ratna Dewi, 45 tahun, mengaku rugi besar. “Semua basah,” kata Ratna.',
      'Kepala Dinas Perdagangan Sidareja, Bambang Wiyoto, berjanji membantu. “Kami data dulu,” ujar Bambang.',
      '“Saya mulai lagi dari nol,” ujar perempuan 45 tahun tersebut.',
    ],
    'Ratna Dewi',
  ],
  [
    'an English age after the name',
    [
      'Fisherman Tom Reyes, 58, found the boat on Monday. "It was empty," Reyes said.',
      'Coast guard chief Linda Moore said a search had begun. "We are looking," Moore said.',
      '"I have never seen anything like it," the 58-year-old said.',
    ],
    'Tom Reyes',
  ],
];

describe('a description by age means the person introduced with that age', () => {
  test.each(CASES)('%s', (_, paragraphs, speaker) => {
    expect(lastSpeakers(...paragraphs)).toEqual([speaker]);
  });

  test('switched off, the age tells nothing', () => {
    const [, paragraphs] = CASES[1]!;
    expect(
      withFeaturesOff(['discourse.describedAge'], () => lastSpeakers(...paragraphs)),
    ).not.toEqual(['Ratna Dewi']);
  });

  test.each([
    ['pria berusia 52 tahun itu', 52],
    ['perempuan 45 tahun tersebut', 45],
    ['the 58-year-old', 58],
    ['pria paruh baya itu', null],
    ['ibu dua anak itu', null],
  ] as const)('the age of %s', (text, age) => {
    expect(describedAge(text)).toBe(age);
  });

  test.each([
    [' (52), petani', 52],
    [', 45 tahun, mengaku', 45],
    [', berusia 30 tahun, warga', 30],
    [', 58, found', 58],
    [', dalang berusia 26 tahun asal Sragen,', 26],
    [', warga Sidareja', null],
    [' (PDIP)', null],
    // A clause after the name tells somebody else's age (names.ageNotInClause).
    [', menyebut peserta tertua lomba itu berusia 88 tahun', null],
    [', mantan menteri berusia 70 tahun,', 70],
    [', nenek yang mengaku berusia 80 tahun,', 80],
    [', petani melon berusia 52 tahun,', 52],
  ] as const)('the age after a name in %j', (text, age) => {
    expect(ageAfterName(text)).toBe(age);
  });

  test('switched off, a clause’s age was the person’s', () => {
    const text = ', menyebut peserta tertua lomba itu berusia 88 tahun';
    expect(withFeaturesOff(['names.ageNotInClause'], () => ageAfterName(text))).toBe(88);
  });
});

/**
 * One reader (personAged) serves a description by age and by age band, and they differ in which
 * mention makes a person the latest: an exact age goes to the one the age was last written after,
 * an age band to the fitting person talked of last.
 */
describe('two people of a fitting age: which is the latest', () => {
  const opening = (a: string, b: string) =>
    `Dua warga, ${a} dan ${b}, menemukan perahu itu. ${a.split(' ')[0]} lalu menarik perahu ke pantai.`;
  const official =
    'Kepala Desa Pasirbaru, Wulan Sari, mengatakan dinas sudah dihubungi. “Petugas datang besok,” ujar Wulan.';

  test.each([
    [
      'an exact age: the last introduced with it',
      'Karta (52)',
      'Jumadi (52)',
      'pria berusia 52 tahun itu',
      'Jumadi',
    ],
    [
      'an age band: the fitting person mentioned last',
      'Dimas (15)',
      'Rizal (16)',
      'remaja itu',
      'Dimas',
    ],
  ])('%s', (_, a, b, description, speaker) => {
    const said = `“Kami kaget sekali,” kata ${description}.`;
    expect(lastSpeakers(opening(a, b), official, said)).toEqual([speaker]);
  });
});

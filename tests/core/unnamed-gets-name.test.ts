import { describe, expect, test } from 'vitest';
import { lastSpeakers } from './summarize';
import { withFeaturesOff } from '../../core/engine/features';

/**
 * A feature opens on somebody unnamed, then names them with a copula or a naming word after a
 * description pointing back: the next `-nya` is that named person's.
 */
const CASES: readonly (readonly [paragraphs: readonly string[], speaker: string])[] = [
  [
    [
      'Setiap pagi, seorang lelaki berkaos lusuh mendayung perahu kecil menyeberangi danau untuk mengantar surat.',
      'Lelaki itu adalah Sukamto Jonaedi (49). Para tetangga menyebutnya Pak Kamto. Sudah 20 tahun ia menjadi tukang pos.',
      '“Kalau danau berombak, ya saya tunggu tenang,” katanya sambil tersenyum.',
    ],
    'Sukamto Jonaedi',
  ],
  [
    [
      'Di ujung gang sempit itu, seorang perempuan tua menata bunga di atas meja kayu.',
      'Perempuan itu bernama Sumilah Kartinah (68). Pembeli menyebutnya Mbok Sum. Sejak 1980 ia berjualan bunga di sana.',
      '“Bunga melati paling dicari menjelang Lebaran,” ujarnya.',
    ],
    'Sumilah Kartinah',
  ],
];

describe('somebody brought in unnamed, then named', () => {
  test.each(CASES)('%j', (paragraphs, speaker) =>
    expect(lastSpeakers(...paragraphs)).toEqual([speaker]),
  );
  test.each(CASES)('without the feature: %j', (paragraphs, speaker) =>
    withFeaturesOff(['discourse.unnamedGetsName'], () =>
      expect(lastSpeakers(...paragraphs)).not.toEqual([speaker]),
    ),
  );
  test('a role after the copula leaves the person unnamed', () =>
    expect(
      lastSpeakers(
        'Setiap pagi, seorang lelaki berkaos lusuh mendayung perahu kecil menyeberangi danau.',
        'Lelaki itu adalah Ketua RT setempat. Sudah 20 tahun ia menjadi tukang pos.',
        '“Kalau danau berombak, ya saya tunggu tenang,” katanya.',
      ),
    ).toEqual([]));
});

/**
 * discourse.pronounNamesUnnamed: a sentence or two after the unnamed introduction opens by naming
 * the person (`Ia adalah X`, `Namanya X`): a later description by the head means X.
 */
const NAMED_LATER: readonly (readonly [paragraphs: readonly string[], speaker: string])[] = [
  [
    [
      'Di buritan, seorang perempuan berkerudung menarik jaring ke perahu. Ia adalah Purbasari Sumilah. Sejak muda ia melaut bersama ayahnya.',
      '“Ombak bulan ini tidak bisa ditebak,” kata perempuan itu.',
    ],
    'Purbasari Sumilah',
  ],
  [
    [
      'Menjelang subuh, seorang lelaki tua membersihkan serambi surau. Sesudahnya, ia menimba air untuk berwudu. Namanya Surtaman Dalimunthe.',
      'Menurut Surtaman, surau itu dibangun kakeknya.',
      '“Yang penting surau ini ramai,” ujar lelaki kelahiran Lubai itu.',
    ],
    'Surtaman Dalimunthe',
  ],
];

describe('somebody brought in unnamed, named by the next sentences (discourse.pronounNamesUnnamed)', () => {
  test.each(NAMED_LATER)('%j', (paragraphs, speaker) =>
    expect(lastSpeakers(...paragraphs)).toEqual([speaker]),
  );
  test.each(NAMED_LATER)('without the feature: %j', (paragraphs, speaker) =>
    withFeaturesOff(['discourse.pronounNamesUnnamed'], () =>
      expect(lastSpeakers(...paragraphs)).not.toEqual([speaker]),
    ),
  );
  test('another unnamed person brought in between keeps the naming theirs', () =>
    expect(
      lastSpeakers(
        'Di dermaga, seorang perempuan menjual ikan asin. Di sebelahnya, seorang pemuda menambal jaring. Namanya Kusnandar Tumangger.',
        '“Harga ikan turun,” kata perempuan itu.',
      ),
    ).not.toEqual(['Kusnandar Tumangger']));
});

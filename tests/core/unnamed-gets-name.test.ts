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

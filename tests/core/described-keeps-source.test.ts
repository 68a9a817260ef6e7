import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const CONSUL =
  'Konsul Jenderal RI di Penang, Harun Wibisana, menilai situasi sudah kondusif. "Kami terus memantau," ujar Konjen.';
const HEAD =
  'Kepala Dinas Sosial, Ratna Dewi, meninjau dapur umum. "Stok beras cukup untuk sepekan," kata Ratna.';

/**
 * The last speaker opens the next paragraph by a description (`Diplomat asal Ternate itu
 * menuturkan, …`), a person is narrated there, and a quote standing alone is credited to a
 * description by sex or age: the paragraph's source, not the person narrated.
 */
const CASES: readonly (readonly [string, readonly string[], readonly string[], string])[] = [
  [
    'an origin description, then an age',
    [
      CONSUL,
      'Diplomat asal Ternate itu menuturkan, seorang sopir setempat, Yusuf Karim, sangat berjasa. Yusuf mengemudikan mobil pertama dalam rombongan.',
      '"Tanpa Yusuf, evakuasi bisa molor dua hari," kata pria berusia 50 tahun itu.',
    ],
    ['Harun Wibisana'],
    'Yusuf Karim',
  ],
  [
    'a former trade, then sex alone',
    [
      HEAD,
      'Mantan guru itu menyebut, seorang relawan, Bagus Wicaksono, memasak sejak subuh. Bagus juga membagikan nasi bungkus ke tenda pengungsi.',
      '"Relawan seperti dia yang membuat dapur ini jalan," ujar perempuan itu.',
    ],
    ['Ratna Dewi'],
    'Bagus Wicaksono',
  ],
];

describe('a description keeps the source whose paragraph narrated somebody', () => {
  test.each(CASES)('%s', (_, paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
  });

  test('switched off, the description goes to the person narrated', () => {
    for (const [, paragraphs, , narrated] of CASES)
      withFeaturesOff(['discourse.describedOpened', 'discourse.describedKeepsSource'], () =>
        expect(lastSpeakers(...paragraphs)).toEqual([narrated]),
      );
  });

  // Without the opening read, the narrated person is the one described; without the keeping, the
  // description stays unnamed; without narratedNotDescribed, the narrated subject outweighs.
  test.each([
    ['discourse.describedOpened', 0, ['Yusuf Karim']],
    ['discourse.describedKeepsSource', 0, []],
    ['discourse.narratedNotDescribed', 1, ['Bagus Wicaksono']],
  ] as const)('%s alone switched off', (feature, row, speakers) => {
    const paragraphs = CASES[row]![1];
    withFeaturesOff([feature], () => expect(lastSpeakers(...paragraphs)).toEqual(speakers));
  });

  test('a person presented in a paragraph of their own is still whom it describes', () => {
    expect(
      lastSpeakers(
        HEAD,
        'Sumiati (45), pedagang sayur di pasar itu, mengeluhkan harga cabai yang naik.',
        '"Pembeli makin sepi," ujar perempuan itu.',
      ),
    ).toEqual(['Sumiati']);
  });
});

import { describe, expect, test } from 'vitest';
import { lastSpeakers } from './summarize';
import { withFeaturesOff } from '../../core/engine/features';

/**
 * A person the article writes as dead speaks none of its quotes: the `-nya` after a paragraph
 * about them is the one who remembers them.
 */
const CASES: readonly (readonly [paragraphs: readonly string[], speaker: string])[] = [
  [
    [
      'Sukamto Jonaedi (70) membuka warung mi ayamnya sejak pukul enam pagi. “Kuahnya harus dimasak semalaman,” kata Pak Kamto.',
      'Warung itu dirintis bersama mendiang istrinya, Sumilah Kartinah. Sumilah yang meracik bumbu mi ayam yang kini jadi ciri khas warung itu.',
      '“Takarannya tidak pernah dia catat. Saya cuma hafal dari melihat tangannya,” ujarnya pelan.',
    ],
    'Sukamto Jonaedi',
  ],
  [
    [
      'Purbasari Wartinah (45) kini mengurus kebun kopi peninggalan keluarganya. “Kebun ini hidup kami,” kata Purbasari.',
      'Kebun itu dibuka almarhum Bramantyo Kusnandar, ayahnya, pada 1975. Bramantyo menanam sendiri setiap batang kopi di lereng itu.',
      '“Bapak selalu bilang, kopi yang baik butuh sabar,” tuturnya.',
    ],
    'Purbasari Wartinah',
  ],
];

describe('a dead person is no antecedent of the next -nya', () => {
  test.each(CASES)('%j', (paragraphs, speaker) =>
    expect(lastSpeakers(...paragraphs)).toEqual([speaker]),
  );
  test.each(CASES)('without the feature: %j', (paragraphs, speaker) =>
    withFeaturesOff(['discourse.deceased'], () =>
      expect(lastSpeakers(...paragraphs)).not.toEqual([speaker]),
    ),
  );
});

import { describe, expect, test } from 'vitest';
import { lastSpeakers } from './summarize';
import { withFeaturesOff } from '../../core/engine/features';

const LAWYER =
  'Kuasa hukum tersangka, Bramantyo Kusnandar, menyebut kliennya akan kooperatif. “Kami hormati proses hukum,” kata Bramantyo.';

/**
 * A negated response made short says little, not nothing: the subject is about to speak briefly
 * and keeps the `ujarnya` after it, rather than the last speaker.
 */
const CASES: readonly (readonly [paragraph: string])[] = [
  [
    'Sukamto Jonaedi, yang digiring petugas menuju sel tahanan, tidak banyak berkomentar. “Semua sudah saya sampaikan kepada penyidik,” ujarnya singkat.',
  ],
  [
    'Sukamto Jonaedi tak berkomentar panjang saat digiring ke mobil tahanan. “Nanti saja di pengadilan,” ujarnya.',
  ],
];

describe('a subject who says little', () => {
  test.each(CASES)('%s', paragraph =>
    expect(lastSpeakers(LAWYER, paragraph)).toEqual(['Sukamto Jonaedi']),
  );
  test.each(CASES)('without the feature: %s', paragraph =>
    withFeaturesOff(['discourse.limitedComment'], () =>
      expect(lastSpeakers(LAWYER, paragraph)).not.toEqual(['Sukamto Jonaedi']),
    ),
  );
  test('one who says nothing stays talked about', () =>
    expect(
      lastSpeakers(
        LAWYER,
        'Sukamto Jonaedi enggan berkomentar saat digiring ke mobil tahanan. “Kami akan ajukan praperadilan,” ujarnya.',
      ),
    ).toEqual(['Bramantyo Kusnandar']));
});

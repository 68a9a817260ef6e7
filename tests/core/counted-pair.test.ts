import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

// cast.countedPairIntroduces: lone names of a pair right after a count that picks them out of a
// group are two people whom `keduanya` or `mereka` then means, though the article never gives
// their names in full; after a counted trade and its comma the role it gives does the same.
const OPENING =
  'Perajin Kusnandar Tumangger membuka bengkel ukir di Lubai. “Pesanan naik terus,” katanya.';

const CASES: readonly (readonly [string, readonly string[]])[] = [
  [
    'a count picking two out of a group, with a copula',
    [
      OPENING,
      'Ada delapan pemuda yang belajar di bengkel itu. Dua di antaranya adalah Bramantyo dan Jonaedi, pemuda dari desa sebelah. “Kami senang belajar di sini,” kata keduanya.',
    ],
  ],
  [
    'a count of a trade set off before the pair (the role it gives introduces them too)',
    [
      OPENING,
      'Di kebun sebelah, dua pemetik upahan, Bramantyo dan Jonaedi, mengeluhkan hal serupa.',
      '“Upah makin kecil,” kata mereka.',
    ],
  ],
];

describe('a counted pair of lone names is two people', () => {
  test.each(CASES)('%s', (_, paragraphs) => {
    expect(lastSpeakers(...paragraphs)).toEqual(['Bramantyo', 'Jonaedi']);
  });

  test('guard: a pair joined without a count stays unread', () => {
    expect(
      lastSpeakers(
        OPENING,
        'Bengkel itu dekat Cibening dan Lubai. “Kami senang belajar di sini,” kata keduanya.',
      ),
    ).not.toEqual(['Cibening', 'Lubai']);
  });

  test('switched off, the pair is nobody', () => {
    const [, paragraphs] = CASES[0]!;
    expect(
      withFeaturesOff(['cast.countedPairIntroduces'], () => lastSpeakers(...paragraphs)),
    ).not.toEqual(['Bramantyo', 'Jonaedi']);
  });
});

import { describe, expect, test } from 'vitest';
import { lastSpeakers } from './summarize';

const CHIEF =
  'Kapolres Cibening AKBP Bramantyo Kusnandar mengatakan kasus itu masih didalami. “Kami kejar pelakunya,” ujarnya.';

/**
 * The unit after a police unit head (`Kasat Reskrim`, `Kasat Lantas`, `Kasat Intelkam`: lexicon/roles.ts
 * ROLE_CONTINUATIONS) belongs to the title, never to a name: a bare title is its holder, or nobody
 * named, but never a person called `Reskrim`.
 */
describe('a police unit after its head is part of the title', () => {
  test.each(['Reskrim', 'Lantas', 'Intelkam', 'Samapta', 'Binmas', 'Propam'])('Kasat %s', unit =>
    expect(
      lastSpeakers(CHIEF, `Kasat ${unit} menambahkan, “Kami sudah periksa lima saksi.”`),
    ).toEqual([]),
  );
  test('the bare title is the holder introduced with it', () =>
    expect(
      lastSpeakers(
        CHIEF,
        'Kasat Reskrim Polres Cibening AKP Sukamto Jonaedi mengatakan pelaku ditangkap di rumahnya.',
        'Kasat Reskrim menambahkan, “Kami sudah periksa lima saksi.”',
      ),
    ).toEqual(['Sukamto Jonaedi']));
});

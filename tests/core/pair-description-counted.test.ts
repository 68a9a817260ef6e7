import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/**
 * A description of a pair (`kata pasangan itu`) counts its members as `keduanya` does, so it takes
 * in the person narrated as a subject beside the one heard from, not the pair heard before
 * (discourse.pairDescriptionCounted).
 */
const STORY = [
  'Jonaedi (45) dan Sukamto (50) hanyut selama dua hari setelah mesin perahu mereka mati.',
  '“Kami hanya bisa berdoa,” kata keduanya.',
  'Setiba di dermaga, Jonaedi dijemput istrinya, Kartinah (41). “Saya terus berdoa,” ujar Kartinah.',
];
const ROWS: readonly string[] = [
  'Jonaedi bersama istrinya, Kartinah, berjanji akan mengadakan doa bersama. “Semua tetangga kami undang,” kata pasangan itu.',
  'Jonaedi bersama istrinya, Kartinah, berjanji akan mengadakan doa bersama. “Semua tetangga kami undang,” kata suami istri itu.',
];

describe('a pair description counts its members', () => {
  test.each(ROWS)('%s', last =>
    expect([...lastSpeakers(...STORY, last)].sort()).toEqual(['Jonaedi', 'Kartinah']),
  );
  test.each(ROWS)('switched off: %s', last => {
    const off = withFeaturesOff(['discourse.pairDescriptionCounted'], () =>
      lastSpeakers(...STORY, last),
    );
    expect([...off].sort()).not.toEqual(['Jonaedi', 'Kartinah']);
  });
});

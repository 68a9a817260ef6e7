import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

// discourse.squadSides: a description by one side of a team (a player) never means a person the
// article gave an office of the other side (the coach), whatever club words they share.
const MATCH = [
  'Persikura menang 2-1 atas Persibo. Gol tuan rumah dicetak gelandang muda Jonaedi Kusnandar Purba.',
  'Pelatih Persikura, Bramantyo Sukamto, mengatakan kemenangan itu buah keberanian pemain muda. “Mereka tidak takut,” katanya.',
  'Jonaedi, yang baru berusia 19 tahun, membuka keunggulan pada menit ke-23 lewat tendangan jarak jauh.',
];

describe('a player described is not the coach', () => {
  test.each([
    [
      '“Gol ini untuk ibu saya di kampung,” tutur pemain binaan akademi Persikura tersebut.',
      'Jonaedi Kusnandar Purba',
    ],
    // The other way round: the coach described by his side is not the player.
    ['“Kami masih harus belajar,” kata pelatih Persikura itu.', 'Bramantyo Sukamto'],
  ])('%s', (quote, speaker) => {
    expect(lastSpeakers(...MATCH, quote)).toEqual([speaker]);
  });

  test('switched off, the club words the coach’s role shares win', () => {
    const quote =
      '“Gol ini untuk ibu saya di kampung,” tutur pemain binaan akademi Persikura tersebut.';
    expect(withFeaturesOff(['discourse.squadSides'], () => lastSpeakers(...MATCH, quote))).toEqual([
      'Bramantyo Sukamto',
    ]);
  });
});

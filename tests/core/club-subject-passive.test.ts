import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

// discourse.clubSubjectNamesNobody: a club the corpora know in a passive's subject names no person,
// so the agent a role presents (`dipimpin kapten X`) is the topic a later description and `-nya`
// mean, not the coach who spoke before.
describe('a club in a passive’s subject names nobody', () => {
  const LINES = [
    'Pelatih Persisam, Yoppy Rumbewas, mengaku kecewa timnya kalah. “Kami kehilangan fokus,” kata Yoppy.',
    'Laga tandang Persema dipimpin kapten Andika Prasetya yang kembali dari cedera. Bek berusia 31 tahun itu menyebut timnya bermain tenang.',
    '“Setiap Jumat kami ulang latihan bola mati,” ujarnya.',
  ];

  test('the captain presented as the passive’s agent speaks next', () => {
    expect(lastSpeakers(...LINES)).toEqual(['Andika Prasetya']);
    const off = withFeaturesOff(['discourse.clubSubjectNamesNobody'], () => lastSpeakers(...LINES));
    expect(off).toEqual(['Yoppy Rumbewas']);
  });
});

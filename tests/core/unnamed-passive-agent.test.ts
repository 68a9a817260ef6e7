import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers of the last quote of the invented paragraphs, joined. */
const lastSpeaker = (...paragraphs: string[]): string => {
  const { quotes } = analyzeBody(...paragraphs);
  return quotes[quotes.length - 1]!.speakers.join(' + ');
};

// discourse.unnamedPassiveAgent: somebody unnamed right after a passive cue is its agent, the one
// answering; the next `-nya` means them, not the speaker heard before.
const STORY = [
  'Relawan rumah baca, Wartinah Sekarwangi, menilai anak-anak kini jarang bermain gawai. “Mereka betah di sini,” kata Wartinah.',
  'Hal itu dibenarkan seorang ayah yang tengah menjemput anaknya. “Anak saya sekarang rajin ke perpustakaan desa,” katanya.',
];

describe('an unnamed agent after a passive cue (discourse.unnamedPassiveAgent)', () => {
  test('the unnamed agent speaks next', () => {
    expect(lastSpeaker(...STORY)).toBe('');
  });
  test('switched off, the speaker before keeps the quote', () => {
    expect(withFeaturesOff(['discourse.unnamedPassiveAgent'], () => lastSpeaker(...STORY))).toBe(
      'Wartinah Sekarwangi',
    );
  });
  // Guards: a predicate noun after a delivering passive, and `seorang diri` (alone), are no agent.
  test.each([
    'Pelaku disebutkan seorang residivis kambuhan. “Ia sudah tiga kali ditahan,” katanya.',
    'Keluhan itu disampaikan seorang diri di depan kantor desa. “Jalan ini rusak sejak Lebaran,” katanya.',
  ])('no agent: %s', line => {
    expect(lastSpeaker(STORY[0]!, line)).toBe('Wartinah Sekarwangi');
  });
  // A guard too: a named agent was read before this reading, and still is.
  test('a named agent after `dibenarkan` speaks next', () => {
    expect(
      lastSpeaker(
        STORY[0]!,
        'Hal itu dibenarkan Kepala Desa Lubai, Bramantyo Sukamto. “Minat baca naik,” ujarnya.',
      ),
    ).toBe('Bramantyo Sukamto');
  });
});

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
  'Hal itu dibenarkan seorang ayah yang tengah menjemput anaknya. “Anak saya sekarang minta dibelikan buku,” katanya.',
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
  test('a named agent after `dibenarkan` speaks next', () => {
    expect(
      lastSpeaker(
        STORY[0]!,
        'Hal itu dibenarkan Kepala Desa Lubai, Bramantyo Sukamto. “Minat baca naik,” ujarnya.',
      ),
    ).toBe('Bramantyo Sukamto');
  });
});

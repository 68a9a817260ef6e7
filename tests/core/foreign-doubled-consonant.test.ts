import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { isCommonWordShape } from '../../core/engine/text/word-shape';
import { lastSpeakers } from './summarize';

const OFF = ['text.foreignDoubledConsonant'] as const;

describe('a surname shaped like a derived word but doubling a foreign consonant is a name', () => {
  test.each([
    // [lead-in, the quote's line, the speaker]
    [
      'Pelatih renang asal Australia, Grant Kellerman, mengatakan atlet muda perlu lebih banyak lomba.',
      '“Mereka cepat, tetapi belum terbiasa dengan tekanan final,” kata Kellerman.',
      'Grant Kellerman',
    ],
    [
      'Ambassador Thomas Merriman said the scholarship programme would double next year.',
      '"We want more students from Surabaya to come," Merriman said.',
      'Thomas Merriman',
    ],
    [
      'Konsul Jenderal Irlandia, Fiona Kerrigan, menuturkan kantornya akan dibuka di Medan.',
      '“Banyak warga kami yang bekerja di Sumatera,” ujar Kerrigan.',
      'Fiona Kerrigan',
    ],
  ])('%s', (lead, quote, speaker) => {
    expect(lastSpeakers(lead, quote)).toEqual([speaker]);
    expect(withFeaturesOff([...OFF], () => lastSpeakers(lead, quote))).not.toEqual([speaker]);
  });

  test.each([
    // Indonesian derivation doubles only g (nasal + g), k (stem k + -kan) and n (-an + -nya).
    ['Penggunaan', true],
    ['Menaikkan', true],
    ['Keunggulan', true],
    ['Pendidikannya', true],
    ['Kellerman', false],
    ['Merriman', false],
    ['Pettersan', false],
  ])('%s reads as a common word: %s', (word, common) => {
    expect(isCommonWordShape(word)).toBe(common);
  });
});

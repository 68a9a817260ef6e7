import { describe, expect, test } from 'vitest';
import { lastSpeakers } from './summarize';
import { withFeaturesOff } from '../../core/engine/features';

/**
 * Distance between paragraphs is counted over the body's paragraphs: the page lines the reader
 * skips (a `Baca Juga` heading with its related headline, an ad label, an empty line) put nothing
 * between the paragraph before them and the one after.
 */
const SPEAKER =
  'Ketua Kelompok Nelayan Mina Bahari, Darto Suwignyo, mengungkapkan harga ikan kini hanya Rp 20 ribu per kilogram.';
const QUOTE = '“Tengkulak menawar seenaknya karena tahu kami butuh uang,” ujarnya.';

const CASES: readonly (readonly [label: string, between: readonly string[], next: string])[] = [
  [
    'a related-link block, then a description with a new age',
    ['Baca Juga', 'Produksi Ikan Tangkap Diprediksi Naik Tahun Ini'],
    'Lelaki berusia 61 tahun itu menuturkan, angin kencang membuat perahu kecil tak berani melaut.',
  ],
  [
    'an ad label and an empty line, then a description by occupation',
    ['Advertisement', ''],
    'Nelayan senior itu mengatakan, cuaca buruk membuat nelayan tidak melaut sepekan terakhir.',
  ],
];

describe('skipped page lines do not part two paragraphs', () => {
  test.each(CASES)('%s', (_, between, next) =>
    expect(lastSpeakers(SPEAKER, QUOTE, ...between, next)).toEqual(['Darto Suwignyo']),
  );
});

describe('without the feature the lines counted as paragraphs', () => {
  test('the description after a related-link block found nobody', () => {
    const [, between, next] = CASES[0]!;
    // The last speaker told a man keeps the description by sex on its own too.
    withFeaturesOff(['discourse.bodyParagraphDistance', 'discourse.describedSexKeepsSource'], () =>
      expect(lastSpeakers(SPEAKER, QUOTE, ...between, next)).toEqual([]),
    );
  });
});

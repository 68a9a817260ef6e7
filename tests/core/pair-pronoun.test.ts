import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** Analyses invented paragraphs; each quote as [text, speakers]. */
const run = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => [q.text, q.speakers]);

const PAIR =
  'Dua nelayan yang selamat, Darto Wiyono dan Lukas Pangaribuan, dirawat di puskesmas setempat.';
const OTHER = 'Kepala Basarnas Kota Baru Sugeng Haryadi mengatakan pencarian terus dilakukan.';

describe('`keduanya`/`ketiganya` means the people named together before it', () => {
  test.each([
    [PAIR, '“Ombaknya datang tiba-tiba,” kata keduanya.'],
    [
      PAIR,
      'Keduanya mengaku sempat terombang-ambing semalam. “Ombaknya datang tiba-tiba,” ujar mereka.',
    ],
    [PAIR, '“Ombaknya datang tiba-tiba,” ujar keduanya saat ditemui di puskesmas.'],
    [PAIR, 'Menurut keduanya, ombaknya datang tiba-tiba.'],
  ])('%s %s', (...lines) => {
    const quotes = run(OTHER, ...lines);
    const last = quotes[quotes.length - 1]!;
    expect(last[0]).toMatch(/^ombaknya datang tiba-tiba$/iu);
    expect(last[1]).toEqual(['Darto Wiyono', 'Lukas Pangaribuan']);
  });

  test('`Keduanya` opening a sentence is no person of the cast', () => {
    const { speakers } = analyzeBody(
      OTHER,
      PAIR,
      'Keduanya mengaku sempat terombang-ambing semalam.',
    );
    expect(speakers.map(s => s.name)).not.toContain('Keduanya');
  });
});

import { describe, expect, test } from 'vitest';
import { lastSpeakers } from './summarize';
import { withFeaturesOff } from '../../core/engine/features';

/**
 * A description with modifiers read at a quote means the unnamed person brought in before only
 * when the whole phrase repeats that introduction; a bare head noun used of somebody talked about
 * does not take the quote from the person named since.
 */
const PARAGRAPHS = [
  'Kepala Dinas Perindustrian Bramantyo Kusnandar mengatakan kebakaran menghanguskan 12 bengkel. Ia menyebutkan, korban luka terdiri atas seorang perajin, dua anaknya, dan seorang sopir.',
  'Salah seorang pemilik bengkel, Purbasari (45), warga Kampung Cibening, mengaku sempat menyelamatkan sebagian anyaman. Ia bersama suaminya berlari ke jalan.',
  '“Apinya cepat sekali merambat,” tutur perajin rotan itu sambil memandangi sisa bengkelnya.',
];

describe('a described speaker past a bare unnamed head', () => {
  test('the person named since', () => expect(lastSpeakers(...PARAGRAPHS)).toEqual(['Purbasari']));
  test('without the feature', () =>
    withFeaturesOff(['discourse.describedPhraseWhole'], () =>
      expect(lastSpeakers(...PARAGRAPHS)).not.toEqual(['Purbasari']),
    ));
  test('the whole phrase repeated still means the one brought in unnamed', () =>
    expect(
      lastSpeakers(
        'Kepala Dinas Perindustrian Bramantyo Kusnandar mengatakan kebakaran menghanguskan 12 bengkel.',
        'Seorang perajin rotan yang bengkelnya ikut terbakar mengaku kehilangan semua bahan baku.',
        'Salah seorang pemilik bengkel, Purbasari (45), mengaku sempat menyelamatkan sebagian anyaman.',
        '“Modal saya habis semua,” tutur perajin rotan itu.',
      ),
    ).toEqual([]));
});

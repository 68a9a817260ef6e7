import { describe, expect, test } from 'vitest';
import { isHeadlineLine } from '../../core/engine/text/headline-line';
import { analyzeBody } from './summarize';
import { withFeaturesOff } from '../../core/engine/features';

/** A report with a subhead between two paragraphs. */
const HEADLINE_BODY = [
  'Kepala Dinas Perikanan Cibening Hendra Wiratama mengatakan stok ikan aman.',
  'Nelayan Pesisir Sempat Lihat Asap Kapal Karam',
  '“Ombaknya masih tinggi, kami takut,” ujarnya.',
] as const;

describe('a headline standing as a body line', () => {
  test.each([
    // A related article's headline set between paragraphs, with and without a colon'd source.
    ['Dinkes Cibening Siapkan 40 Posko Kesehatan di Jalur Mudik', true],
    ['BPBD: Waspadai Longsor Susulan di Lereng Selatan', true],
    // A subhead of a long report.
    ['Nelayan Sempat Lihat Asap Hitam', true],
    // Another outlet's credit lines.
    ['Editor: Wulan Sari Dewi', true],
    // Prose ends with a stop, a caption with its bracketed credit; speech carries its marks.
    ['Nelayan Sempat Lihat Asap Hitam.', false],
    ['Petugas memeriksa kapal di Pelabuhan Cibening. (ilustrasi)', false],
    ['“Kami Tidak Akan Mundur Sedikit Pun”', false],
    ['‘Kami Tidak Akan Mundur Sedikit Pun’', false],
    // A lowercase word title case would capitalise: a sentence, not a headline.
    ['Warga kampung itu sempat melihat asap hitam', false],
    // Two words are a name, not a headline.
    ['Sari Wulandari', false],
  ])('%s → %s', (line, headline) => expect(isHeadlineLine(line)).toBe(headline));

  test('its words never become the speaker a later pronoun means', () => {
    const { speakers, quotes } = analyzeBody(...HEADLINE_BODY);
    expect(speakers.map(s => s.name)).toEqual(['Hendra Wiratama']);
    expect(quotes.map(q => q.speakers)).toEqual([['Hendra Wiratama'], ['Hendra Wiratama']]);
    // Switched off, the line is running text again and its words glue into a "speaker".
    const off = withFeaturesOff(['text.headlineLine'], () => analyzeBody(...HEADLINE_BODY));
    expect(off.speakers.map(s => s.name)).not.toEqual(['Hendra Wiratama']);
  });
});

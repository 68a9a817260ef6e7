import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Each quote as [type, text, speakers] for invented paragraphs. */
const quotes = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => [q.type, q.text, q.speakers] as const);

const INTRO = 'Direktur RSUD Cibening Rina Kartika menyebut antrean daring sudah berjalan.';

// reported.frameAfterQuote: `“…,” menurut X` credits the quote before it to X (named or not), and
// the words after X are X's description, not a clause X reports.
describe('`menurut` right after a quote is its cue (reported.frameAfterQuote)', () => {
  test.each([
    [
      '“Kadang kami periksa 90 pasien sehari,” menurut seorang perawat yang meminta namanya tidak ditulis.',
      [],
    ],
    [
      '“Kadang kami periksa 90 pasien sehari,” menurut Budi Santoso, perawat di rumah sakit itu.',
      ['Budi Santoso'],
    ],
    ['“Ada indikasi uang pasien dipakai,” menurut sumber di kepolisian.', []],
  ])('%s', (paragraph, speakers) => {
    const got = quotes(INTRO, paragraph);
    expect(got.slice(1)).toEqual([['direct', expect.any(String), speakers]]);
  });

  test('switched off, the quote has no cue and the description is read as a clause', () => {
    const paragraph =
      '“Kadang kami periksa 90 pasien sehari,” menurut Budi Santoso, perawat di rumah sakit itu.';
    const off = withFeaturesOff(['reported.frameAfterQuote'], () => quotes(INTRO, paragraph));
    expect(off).toContainEqual(['indirect', 'perawat di rumah sakit itu', ['Budi Santoso']]);
  });

  test('`Menurut X, …` opening a sentence still reports a clause', () => {
    expect(quotes('Menurut Budi Santoso, antrean daring belum dipahami pasien lansia.')).toEqual([
      ['indirect', 'antrean daring belum dipahami pasien lansia', ['Budi Santoso']],
    ]);
  });
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const FIRST = '“Kami tidak mendengar apa-apa,” kata Ketua RT 04 Sarmin Hadi.';

/**
 * `Hal itu terungkap ketika Kapolres X menggelar …`: a sentence about the statement just reported
 * is about the person its time clause names; a time clause inside a sentence about something else
 * (`Tim belum punya pengganti setelah X pensiun`) names nobody the next `-nya` means.
 */
const CASES: readonly (readonly [string, string])[] = [
  [
    'Hal itu terungkap ketika Kapolres Sumedang AKBP Yudi Kurniawan menggelar konferensi pers, Kamis.',
    'Yudi Kurniawan',
  ],
  [
    'Pernyataan tersebut disampaikan saat Kepala Dinas Sosial Ratna Dewi meninjau dapur umum.',
    'Ratna Dewi',
  ],
  [
    'Hal ini diungkapkan setelah Camat Sukalaras Yosef Handoko menerima laporan warga.',
    'Yosef Handoko',
  ],
];

describe('the person of a time clause in a sentence about the statement is the topic', () => {
  test.each(CASES)('%s', (sentence, speaker) => {
    expect(lastSpeakers(FIRST, sentence, '“Pelaku sudah kami kenali,” ujarnya.')).toEqual([
      speaker,
    ]);
  });

  test('a time clause inside a sentence about something else opens no topic', () => {
    expect(
      lastSpeakers(
        FIRST,
        'Warga masih berjaga setelah Yudi Kurniawan pindah ke kota lain.',
        '“Kami bergiliran tiap malam,” ujarnya.',
      ),
    ).toEqual(['Sarmin Hadi']);
  });

  test('switched off, the previous speaker takes the quote', () => {
    const [sentence] = CASES[0]!;
    withFeaturesOff(['discourse.statementTime'], () =>
      expect(lastSpeakers(FIRST, sentence, '“Pelaku sudah kami kenali,” ujarnya.')).toEqual([
        'Sarmin Hadi',
      ]),
    );
  });
});

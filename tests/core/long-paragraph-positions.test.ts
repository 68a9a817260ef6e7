/**
 * A position is `paragraph * stride + offset`; a paragraph longer than a million characters (one
 * line of a multi-megabyte CLI input) must still decode to its own paragraph and offset, so its
 * second half is read like its first. Invented prose only.
 */
import { describe, expect, test } from 'vitest';
import { analyzeParagraphs, emptyArticleInfo } from '../../core/analyze';
import { strideFor } from '../../core/engine/cast/entity';

// Neutral invented filler: no quote marks, no cue words, no names.
const FILLER = 'Hujan turun sejak pagi dan jalan di pinggir kota mulai tergenang air. ';
const HEAD = FILLER.repeat(Math.ceil(1_050_000 / FILLER.length));
const QUOTE = 'Jembatan baru itu akan selesai sebelum musim hujan berikutnya';
const VISIT = 'Kepala Dinas Pekerjaan Umum Bambang Kusnadi meninjau lokasi pada Senin. ';

describe('positions in a paragraph over a million characters', () => {
  test.each([
    [0, 1_000_000],
    [999_999, 1_000_000],
    [1_000_000, 10_000_000],
    [2_000_000, 10_000_000],
    [10_000_000, 100_000_000],
  ])('a longest paragraph of %i characters gets stride %i', (longest, stride) => {
    expect(strideFor(longest)).toBe(stride);
  });

  test('a name past the millionth character stays before the next paragraph', () => {
    // With one stride of a million the late name decoded into the next paragraph, after the
    // quote, and the pronoun went to the name at the paragraph's start.
    const first = `Warga bernama Siti Nurjanah ikut hadir. ${HEAD}${VISIT}`;
    const { result } = analyzeParagraphs([first, `“${QUOTE},” ujarnya.`], emptyArticleInfo());
    const byId = new Map(result.speakers.map(s => [s.id, s.name]));
    expect(result.quotes.map(q => q.speakerIds.map(id => byId.get(id)))).toEqual([
      ['Bambang Kusnadi'],
    ]);
  });

  test('a quote past the millionth character keeps its speaker and offsets', () => {
    const paragraph = `${HEAD}${VISIT}“${QUOTE},” ujarnya.`;
    const { result, spans } = analyzeParagraphs([paragraph], emptyArticleInfo());
    const quote = result.quotes.find(q => q.text === QUOTE)!;
    const speaker = result.speakers.find(s => s.id === quote.speakerIds[0]);
    expect(speaker?.name).toBe('Bambang Kusnadi');
    const start = paragraph.indexOf(QUOTE);
    expect(start).toBeGreaterThan(1_000_000);
    expect(spans[quote.id]).toEqual({ paragraph: 0, start, end: start + QUOTE.length });
  });
});

import { describe, expect, test } from 'vitest';
import { analyzeParagraphs, emptyArticleInfo } from '../../core/analyze';
import { summarize } from './summarize';

/** Analyses one invented paragraph; the quotes as [type, text, speakers]. */
const run = (line: string) =>
  summarize(analyzeParagraphs([line], emptyArticleInfo())).quotes.map(q => [
    q.type,
    q.text,
    q.speakers,
  ]);

describe('finds reported speech after newer cue verbs', () => {
  test.each([
    [
      'Kepala BMKG Dedi Kurniawan memperingatkan hujan lebat akan turun hingga akhir pekan.',
      'hujan lebat akan turun hingga akhir pekan',
    ],
    [
      'Ekonom Sari Indrawati menaksir kerugian akibat banjir mencapai Rp 2 triliun.',
      'kerugian akibat banjir mencapai Rp 2 triliun',
    ],
  ])('%s', (line, text) => {
    expect(run(line)).toEqual([['indirect', text, [expect.any(String)]]]);
  });
});

describe('ignores the same verbs with only a noun object', () => {
  test.each([['Kepala BMKG Dedi Kurniawan memperingatkan warga pesisir.']])('%s', line => {
    expect(run(line)).toEqual([]);
  });
});

import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** The cue and speakers of the last quote of invented paragraphs. */
function lastQuote(...paragraphs: string[]) {
  const q = analyzeBody(...paragraphs).quotes.at(-1)!;
  return [q.cue, q.speakers] as const;
}

const INTRO = 'Sukamto Jonaedi menunggu kapal di dermaga. “Ombaknya tinggi,” kata Sukamto.';

/**
 * A verb of the manner of speaking after a closing mark (lexicon/cues.ts POST_CUES: `teriak`,
 * `bisik`, `gumam`, `seloroh`, `sahut`, `pekik`) tells who spoke as `kata` does. Before these words
 * were cues, a quote so cued by an unnamed person floated to whoever was named last.
 */
describe('a manner-of-speaking cue by an unnamed speaker', () => {
  test.each([
    ['“Tarifnya naik lagi!” teriak seorang sopir dari dalam angkot.', 'teriak'],
    ['“Kalau kalah, traktir kami,” seloroh seorang penonton.', 'seloroh'],
    ['“Jangan keras-keras,” bisik seorang penumpang di belakang.', 'bisik'],
    ['“Siap, Pak,” sahut salah seorang petugas.', 'sahut'],
  ])('%s', (quote, cue) => expect(lastQuote(INTRO, quote)).toEqual([cue, []]));
});

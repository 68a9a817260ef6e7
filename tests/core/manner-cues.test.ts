import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** The speakers and cue of each quote of an invented paragraph. */
const quotes = (text: string) => analyzeBody(text).quotes.map(q => [q.cue, q.speakers] as const);

/** A verb of the manner of speaking after a closing mark tells who spoke, as `kata` does. */
describe('a manner-of-speaking cue after the quote', () => {
  test.each([
    ['“Pelan-pelan saja,” bisik Sukamto kepada istrinya.', 'bisik', ['Sukamto']],
    ['“Awas, ada ular!” teriak Purbasari dari seberang sungai.', 'teriak', ['Purbasari']],
    ['“Sudah kuduga,” gumam Bramantyo sambil menggeleng.', 'gumam', ['Bramantyo']],
    ['“Kalau kalah, traktir kami,” seloroh Surtaman.', 'seloroh', ['Surtaman']],
    ['“Siap, Pak,” sahut Tumangger.', 'sahut', ['Tumangger']],
  ])('%s', (text, cue, speakers) => expect(quotes(text)).toEqual([[cue, speakers]]));
  test('an unnamed shouter stays unnamed', () =>
    expect(quotes('“Tarifnya naik lagi!” teriak seorang sopir dari dalam angkot.')).toEqual([
      ['teriak', []],
    ]));
});

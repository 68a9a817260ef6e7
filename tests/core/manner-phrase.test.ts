import { describe, expect, test } from 'vitest';
import { afterMannerPhrase } from '../../core/engine/reported/manner-phrase';
import { tokenize } from '../../core/engine/text/text';
import { analyzeBody } from './summarize';

/** The words after the `secara` phrase that opens `text` (what a clause may start with). */
const rest = (text: string) => {
  const toks = tokenize(text);
  const at = afterMannerPhrase(toks, 0);
  return at >= toks.length ? '' : text.slice(toks[at]!.start);
};

describe('a `secara` phrase reads its degree words, its head and a joined head', () => {
  test.each([
    ['secara rinci bahwa stok aman', 'bahwa stok aman'],
    ['secara lebih rinci bahwa stok aman', 'bahwa stok aman'],
    ['secara tidak langsung, harga naik', ', harga naik'],
    ['secara terbuka dan jujur bahwa dana habis', 'bahwa dana habis'],
    ['secara tegas dan jelas, pungutan dilarang', ', pungutan dilarang'],
    ['secara rinci tahapan penyaluran pupuk', 'tahapan penyaluran pupuk'],
    // A name heads it too.
    ['secara Islam bahwa akad itu sah', 'bahwa akad itu sah'],
    // `dan` before the clause's words stays with the clause: the phrase does not end after them.
    ['secara singkat dan warga diminta tenang', 'dan warga diminta tenang'],
    // No head: nothing is skipped.
    ['secara, kata dia', 'secara, kata dia'],
    ['secara bahwa dana habis', 'secara bahwa dana habis'],
    ['rinci bahwa stok aman', 'rinci bahwa stok aman'],
  ])('%s → %s', (text, after) => expect(rest(text)).toBe(after));
});

/** The indirect quotes of the invented paragraph, as their texts. */
const indirect = (paragraph: string) =>
  analyzeBody(paragraph)
    .quotes.filter(q => q.type === 'indirect')
    .map(q => q.text);

describe('a reported clause starts after the cue’s whole manner adverbial', () => {
  test.each([
    [
      'Kepala Dinas Pertanian Sukalaras Rudi Hartawan menjelaskan secara lebih rinci bahwa stok pupuk cukup hingga akhir tahun.',
      ['stok pupuk cukup hingga akhir tahun'],
    ],
    [
      'Kepala Dinas Pertanian Sukalaras Rudi Hartawan menegaskan secara terbuka dan tegas bahwa pungutan di pasar dilarang.',
      ['pungutan di pasar dilarang'],
    ],
    // A noun object after the adverbial is no clause, however long the adverbial.
    ['Rudi Hartawan menjelaskan secara sangat rinci tahapan penyaluran pupuk.', []],
  ])('%s', (paragraph, texts) => expect(indirect(paragraph)).toEqual(texts));
});

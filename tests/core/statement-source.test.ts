import { describe, expect, test } from 'vitest';
import { analyzeParagraphs, emptyArticleInfo } from '../../core/analyze';
import { analyzeBody, summarize } from './summarize';

/** Analyses invented paragraphs; the quotes as [text, speakers] and the speaker kinds. */
const run = (...paragraphs: string[]) => {
  const s = analyzeBody(...paragraphs);
  return {
    quotes: s.quotes.map(q => [q.text, q.speakers]),
    kinds: Object.fromEntries(s.speakers.map(x => [x.name, x.kind])),
  };
};

describe('finds an organisation that writes or states', () => {
  test.each([
    ['"Kami mengecam keras serangan itu," tulis pernyataan KBRI Ankara.', 'KBRI Ankara'],
    ['"Kami mengecam keras serangan itu," demikian pernyataan resmi Kemenlu.', 'Kemenlu'],
    ['"Kami mengecam keras serangan itu," demikian bunyi siaran pers Kemenlu.', 'Kemenlu'],
    ['"Kami mengecam keras serangan itu," tulis PMI dalam keterangan resminya.', 'PMI'],
    ['"Kami mengecam keras serangan itu," tulis keterangan tertulis Polda Sumbar.', 'Polda Sumbar'],
  ])('%s', (line, org) => {
    const { quotes, kinds } = run(line);
    expect(quotes).toEqual([['Kami mengecam keras serangan itu', [org]]]);
    expect(kinds[org]).toBe('organization');
  });
});

describe('ignores demikian without a statement noun', () => {
  test.each([
    ['"Kami mengecam keras serangan itu," demikian kira-kira isi surat itu.'],
    ['Warga menulis "Kami mengecam keras serangan itu" demikian juga di spanduk.'],
  ])('%s', line => {
    expect(run(line).quotes.filter(q => (q[1] as string[]).length)).toEqual([]);
  });
});

describe('a statement embedded in another sentence is its author’s, without moving dia/-nya', () => {
  const intro = 'Ketua Dewan Zaki Hamdan hadir di masjid itu, Sabtu.';
  const line =
    'Ustaz Arif Rahman setuju dengan pernyataan Ketua Dewan dalam berbagai forum yang menyatakan bahwa koperasi desa yang kuat harus menjadi tulang punggung warga. “Saya sepakat sekali,” jelas dia.';

  test('the clause is the author’s; the next dia is still the sentence’s subject', () => {
    const quotes = summarize(analyzeParagraphs([intro, line], emptyArticleInfo())).quotes;
    expect(quotes.map(q => [q.text, q.speakers])).toEqual([
      ['koperasi desa yang kuat harus menjadi tulang punggung warga', ['Zaki Hamdan']],
      ['Saya sepakat sekali', ['Arif Rahman']],
    ]);
  });

  test('a statement noun without yang + cue is no quote (negative case)', () => {
    const plain = 'Ustaz Arif Rahman membaca pernyataan Ketua Dewan di depan jamaah yang hadir.';
    expect(summarize(analyzeParagraphs([intro, plain], emptyArticleInfo())).quotes).toEqual([]);
  });
});

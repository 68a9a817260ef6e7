import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../core/analyze';

const page = [
  'Senin 03 Apr 2023 10:15 WIB',
  '',
  'Dinas Pastikan Stok Vaksin Aman',
  '',
  'Stok vaksin disebut cukup untuk tiga bulan.',
  '',
  'Rep: Andi Saputra/ Red: Siti Zubaidah',
  'Petugas menyuntikkan vaksin kepada warga. "Ayo vaksin," kata petugas.',
  'Foto: Republika/Andi Saputra',
  'Petugas menyuntikkan vaksin kepada warga. "Ayo vaksin," kata petugas.',
  'REPUBLIKA.CO.ID, MEDAN -- Kepala Dinas Kesehatan Kota Medan Taufik Hidayat memastikan stok vaksin aman.',
  '"Warga tidak perlu khawatir," kata Taufik.',
  'Baca Juga',
  'Advertisement',
  '"Kami buka sampai malam," ujarnya.',
  'Berita Lainnya',
  '"Ini bukan bagian artikel," kata Taufik.',
].join('\n');

describe('reads the page header and body', () => {
  test('header lines give the article info', () => {
    const { result } = analyzeText(page, { url: 'https://example.test/a' });
    expect(result.article).toEqual({
      isArticle: true,
      url: 'https://example.test/a',
      title: 'Dinas Pastikan Stok Vaksin Aman',
      published: 'Senin 03 Apr 2023 10:15 WIB',
      byline: 'Rep: Andi Saputra/ Red: Siti Zubaidah',
    });
  });

  test('captions, clutter and the trailing list are never quotes; paragraphs index the lines', () => {
    const { result } = analyzeText(page);
    expect(result.quotes.map(q => [q.paragraph, q.text])).toEqual([
      [10, 'stok vaksin aman'],
      [11, 'Warga tidak perlu khawatir'],
      [14, 'Kami buka sampai malam'],
    ]);
  });

  test('a quote cut off by the end of the text is skipped', () => {
    const { result } = analyzeText('REPUBLIKA.CO.ID, JAKARTA -- "Kami akan terus berupaya menjaga');
    expect(result.quotes).toEqual([]);
  });
});

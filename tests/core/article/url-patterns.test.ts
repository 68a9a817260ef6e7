import { describe, expect, test } from 'vitest';
import {
  isArticleAddress,
  isArticleUrl,
  isRepublikaHost,
} from '../../../core/article/url-patterns';

describe('core/article/url-patterns', () => {
  describe('accepts article URLs', () => {
    test.each([
      // Current design, several kanal hosts (docs/republika-pages.md §1)
      'https://ekonomi.republika.co.id/berita/t18wf6409/sri-mulyani-bantah-kabar-mundur',
      'https://khazanah.republika.co.id/berita/svxs6z366/masjidil-haram-mulai-dipadati-jamaah-haji',
      'https://www.republika.co.id/berita/q4jqpw368/judul-berita',
      'https://republika.co.id/berita/t14kmj366/30-tahun-republika-online',
      'https://m.republika.co.id/berita/qw8grv425/judul',
      'https://fbeta.republika.co.id/berita/qlfc4x282/top-5-news-lockdown-part1',
      // Trailing slash, query, hash, port (fixtures are served at www.republika.co.id:PORT)
      'https://www.republika.co.id/berita/q4jqpw368/judul-berita/',
      'https://www.republika.co.id/berita/q4jqpw368/judul-berita?utm_source=x#komentar',
      'http://www.republika.co.id:8123/berita/sx4kq2301/stok-beras-aman',
      // The malformed double slash seen live in 2026
      'https://republika.co.id/berita//tio14w368/judul',
      // Legacy ≤2018
      'https://republika.co.id/berita/gaya-hidup/kuliner/15/11/25/nyclnl328-yuk-kenali-makanan',
      'https://www.republika.co.id/berita/pendidikan/eduaction/15/01/28/niw6p7-un-dihapus',
      // AMP
      'https://www.republika.co.id/amp/m2evsv',
      'https://www.republika.co.id/amp/q1bvi7320',
      'https://republika.co.id/amp/qmu1oc282/top-5-news-waterboom',
    ])('%s', url => expect(isArticleUrl(url)).toBe(true));
  });

  describe('rejects everything else', () => {
    test.each([
      'https://www.republika.co.id/',
      'https://www.republika.co.id/indeks',
      'https://www.republika.co.id/index/50',
      'https://www.republika.co.id/index/ekonomi/0',
      'https://www.republika.co.id/index/0/2026/07/24',
      'https://www.republika.co.id/kanal/ekonomi',
      'https://ekonomi.republika.co.id/energi',
      'https://www.republika.co.id/tag/pemilu',
      'https://www.republika.co.id/page/penulis/118/lida-puspaningtyas',
      'https://www.republika.co.id/search/v3/all/1/?q=beras',
      'https://www.republika.co.id/rss',
      'https://www.republika.co.id/rss/ekonomi',
      'https://www.republika.co.id/indeks/hot_topic/pemilu',
      // A kanal word is not an article code (no digit)
      'https://www.republika.co.id/berita/ekonomi/keuangan',
      // Code without slug, and a slug with a path after it
      'https://www.republika.co.id/berita/q4jqpw368',
      'https://www.republika.co.id/berita/q4jqpw368/judul/komentar',
      // Other sites and look-alikes
      'https://republika.id/posts/12345/judul',
      'https://notrepublika.co.id/berita/q4jqpw368/judul',
      'https://republika.co.id.evil.example/berita/q4jqpw368/judul',
      'ftp://www.republika.co.id/berita/q4jqpw368/judul',
      'not a url',
    ])('%s', url => expect(isArticleUrl(url)).toBe(false));
  });

  test.each([
    ['republika.co.id', true],
    ['www.republika.co.id', true],
    ['news.republika.co.id.', true],
    ['WWW.Republika.CO.ID.', true],
    ['republika.co.id..', false],
    ['republika.id', false],
    ['xrepublika.co.id', false],
  ])('isRepublikaHost(%s) is %s', (host, expected) => expect(isRepublikaHost(host)).toBe(expected));

  // The page's own address is tested as `location` holds it (its parts, no URL parsed again).
  test.each([
    ['http://www.republika.co.id:8123/berita/sx4kq2301/stok-beras-aman', true],
    ['https://republika.co.id/berita//tio14w368/judul?x=1#k', true],
    ['https://www.republika.co.id/amp/q1bvi7320', true],
    ['https://www.republika.co.id/', false],
    ['https://www.republika.co.id/berita/ekonomi/keuangan', false],
    ['https://example.com/berita/q4jqpw368/judul-berita', false],
    ['ftp://www.republika.co.id/berita/q4jqpw368/judul-berita', false],
  ])('isArticleAddress, from location-like parts of %s, is %s as isArticleUrl', (url, expected) => {
    const { protocol, hostname, pathname } = new URL(url);
    expect(isArticleAddress({ protocol, hostname, pathname })).toBe(expected);
    expect(isArticleUrl(url)).toBe(expected);
  });
});

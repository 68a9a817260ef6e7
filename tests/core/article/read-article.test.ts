import { describe, expect, test, vi } from 'vitest';
import { readArticle } from '../../../core/article/read-article';
import { articlePage, parsePage, snapshot, texts } from '../../content/dom';

const URL = 'https://www.republika.co.id/berita/sx4kq2301/judul-berita';

function body(inner: string): Document {
  return articlePage(`<div class="article-content"><article>${inner}</article></div>`);
}

describe('core/article/read-article: paragraphs', () => {
  test.each([
    ['plain paragraphs', '<p>Satu.</p><p>Dua.</p>', ['Satu.', 'Dua.']],
    [
      'the p.b2 nesting quirk leaves an empty p.b2 that is skipped',
      '<p class="b2"> <p>Satu.</p>',
      ['Satu.'],
    ],
    ['empty and nbsp paragraphs are skipped', '<p>Satu.</p><p>&nbsp;</p><p> </p>', ['Satu.']],
    [
      'list items are read one by one',
      '<p>Ada:</p><ul><li>a;</li><li>b.</li></ul>',
      ['Ada:', 'a;', 'b.'],
    ],
    [
      'a blockquote gives way to its inner paragraph',
      '<blockquote><p>“Kutip,” katanya.</p></blockquote>',
      ['“Kutip,” katanya.'],
    ],
    [
      'a bare blockquote counts',
      '<blockquote>“Kutip,” katanya.</blockquote>',
      ['“Kutip,” katanya.'],
    ],
    [
      'captions are not prose',
      '<p>Satu.</p><figure><img alt=""><figcaption><p>Foto: X</p></figcaption></figure>',
      ['Satu.'],
    ],
    [
      'the Baca Juga block is skipped',
      '<p>Satu.</p><div class="picked-article"><div class="title"><span>Baca Juga</span></div><ul><li><a>Judul lain</a></li></ul></div>',
      ['Satu.'],
    ],
    [
      'ad slots and their labels are skipped',
      '<p>Satu.</p><div style="text-align:center"><p>Advertisement</p><div id="div-gpt-ad-1-0"></div></div><div class="ads"><p>Iklan</p></div>',
      ['Satu.'],
    ],
    [
      'clutter lines are skipped',
      '<p>Satu.</p><p>Baca Juga</p><p>Baca juga: Judul Lain</p><p>BACA JUGA: Ikuti News Analysis, Klik di Sini</p><p>Ikuti Whatsapp Channel Republika</p><p>Advertisement</p>',
      ['Satu.'],
    ],
    [
      'the next-article feed is not this article',
      '<p>Satu.</p><div class="artikel-content"></div><div id="next-article"><div class="article-content"><article><p>Artikel lain.</p></article></div></div><p>Setelah umpan.</p>',
      ['Satu.'],
    ],
  ])('%s', (_name, inner, expected) => {
    expect(texts(readArticle(body(inner), URL)!.paragraphs)).toEqual(expected);
  });

  test('reads the FIRST body when the feed appended another one', () => {
    const doc = articlePage(
      '<div class="article-content"><article><p>Pertama.</p></article></div><div class="article-content"><article><p>Kedua.</p></article></div>',
    );
    expect(texts(readArticle(doc, URL)!.paragraphs)).toEqual(['Pertama.']);
  });

  test('returns null without a body', () => {
    expect(readArticle(parsePage('<p>Bukan artikel</p>'), URL)).toBeNull();
  });

  test('never changes the document', () => {
    const doc = body('<p class="b2"> <p>Satu.</p><div class="picked-article">x</div>');
    const before = snapshot(doc);
    readArticle(doc, URL);
    expect(snapshot(doc)).toBe(before);
  });
});

describe('core/article/read-article: info', () => {
  test('current design: h1, JSON-LD date, printed byline', () => {
    const doc = articlePage(
      '<div class="date date-item__headline">Jumat 24 Jul 2026 16:32 WIB</div><div class="max-card__title"><h1> Judul   Cetak </h1><div class="">Rep: A/ Red: <a>B</a></div></div><div class="article-content"><article><p>x</p></article></div>',
      'Judul JSON',
    );
    expect(readArticle(doc, URL)!.info).toEqual({
      isArticle: true,
      url: URL,
      title: 'Judul Cetak',
      published: '2025-01-02',
      byline: 'Rep: A/ Red: B',
    });
  });

  test('falls back to JSON-LD headline, og:title, the date line and JSON-LD author', () => {
    const ld = '{"@type":["NewsArticle"],"author":[{"name":"Editor"}]}';
    const doc = parsePage(
      `<head><meta property="og:title" content="Judul OG"><script type="application/ld+json">${ld}</script></head><body><div class="date_detail"><p>Senin 13 Agustus 2018</p></div><div class="artikel"><p>x</p></div></body>`,
    );
    expect(readArticle(doc, URL)!.info).toMatchObject({
      title: 'Judul OG',
      published: 'Senin 13 Agustus 2018',
      byline: 'Editor',
    });
  });

  test('reads the JSON-LD blocks once for every field that falls back to them', () => {
    // Nothing printed: title, date and byline all come from the NewsArticle block (the second).
    const lds = [
      '{"@type":"BreadcrumbList"}',
      JSON.stringify({
        '@type': 'NewsArticle',
        headline: 'Judul Blok',
        datePublished: '2025-03-04',
        author: { name: 'Penyunting' },
      }),
    ];
    const doc = parsePage(
      `<head>${lds.map(ld => `<script type="application/ld+json">${ld}</script>`).join('')}</head>` +
        '<body><div class="artikel"><p>x</p></div></body>',
    );
    const parse = vi.spyOn(JSON, 'parse');
    try {
      expect(readArticle(doc, URL)!.info).toMatchObject({
        title: 'Judul Blok',
        published: '2025-03-04',
        byline: 'Penyunting',
      });
      expect(parse.mock.calls.map(([text]) => text)).toEqual(lds);
    } finally {
      parse.mockRestore();
    }
  });

  test('reads a JSON-LD @graph', () => {
    const ld =
      '{"@graph":[{"@type":"Organization"},{"@type":"NewsArticle","headline":"Dari Graph"}]}';
    const doc = parsePage(
      `<head><script type="application/ld+json">${ld}</script></head><body><div class="artikel"><p>x</p></div></body>`,
    );
    expect(readArticle(doc, URL)!.info.title).toBe('Dari Graph');
  });
});

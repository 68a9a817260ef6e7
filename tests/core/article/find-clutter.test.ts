import { describe, expect, test } from 'vitest';
import { findClutter } from '../../../core/article/find-clutter';
import { readArticle } from '../../../core/article/read-article';
import { articlePage, snapshot } from '../../content/dom';

const URL = 'https://www.republika.co.id/berita/sx4kq2301/judul-berita';

/** Describes what findClutter returns on a page with `inner` as the article body. */
function clutterOf(inner: string, outside = ''): { found: string[]; paragraphs: Element[] } {
  const doc = articlePage(
    `<div class="article-content"><article>${inner}</article></div>${outside}`,
  );
  const read = readArticle(doc, URL)!;
  const found = findClutter(doc, read.body).map(
    el => el.getAttribute('data-t') ?? `${el.localName}${el.id ? '#' + el.id : ''}`,
  );
  return { found, paragraphs: read.paragraphs };
}

describe('core/article/find-clutter', () => {
  test.each([
    [
      'a GPT slot with its centred wrapper',
      '<div data-t="wrap" style="text-align:center"><div id="div-gpt-ad-1-0"><script>g()</script></div></div>',
      ['wrap'],
    ],
    [
      'a labelled GPT wrapper as one box',
      '<div data-t="wrap" style="text-align:center"><div>Advertisement</div><div id="div-gpt-ad-1-0"></div></div>',
      ['wrap'],
    ],
    [
      'a GPT slot whose wrapper also holds prose stays alone',
      '<div style="text-align:center"><p>Teks.</p><div data-t="slot" id="div-gpt-ad-1-0"></div></div>',
      ['slot'],
    ],
    ['a third-party widget slot', '<div data-t="bn" id="bn_77"></div>', ['bn']],
    ['AdSense', '<ins data-t="ins" class="adsbygoogle"></ins>', ['ins']],
    [
      'the in-house banner',
      '<div data-t="replay" class="wrapper-replay"><a><img data-original="https://static.republika.co.id/files/ads/b.jpg"></a></div>',
      ['replay'],
    ],
    [
      'a replay wrapper that is not an ad stays',
      '<div class="wrapper-replay"><a><img data-original="https://static.republika.co.id/uploads/foto.jpg"></a></div>',
      [],
    ],
    ['a lone Iklan label', '<div data-t="label"><span>Iklan</span></div>', ['label']],
    [
      'a label whose wrapper holds only white space, a script and empty elements beside it',
      '<div data-t="box"><span>Iklan</span> \u00a0<script>x()</script><div><b> </b></div></div>',
      ['box'],
    ],
    [
      'a label beside text shown deep inside a sibling stays alone',
      '<div><span data-t="label">Iklan</span><div><b> </b><i><em>Promo</em></i></div></div>',
      ['label'],
    ],
    [
      'Baca Juga block',
      '<div data-t="picked" class="picked-article"><div class="title"><span>Baca Juga</span></div><ul><li><a>X</a></li></ul></div>',
      ['picked'],
    ],
    [
      'an ad network frame in the video wrapper, wrapper and all',
      '<div data-t="rcv" class="iframe-container"><div id="player"><iframe src="https://go.rcvlink.com/go/p/?x=1"></iframe></div></div><!-- RECREATIVE -->',
      ['rcv'],
    ],
    [
      'an editorial video in the same wrapper stays',
      '<div class="iframe-container"><div id="player"><iframe src="https://www.youtube.com/embed/x"></iframe></div></div>',
      [],
    ],
    [
      'an empty Baca Juga placeholder',
      '<div data-t="picked" class="picked-article"></div>',
      ['picked'],
    ],
    [
      'a GPT slot in a centred wrapper written with spaces',
      '<div data-t="wrap" style="width: 100%; text-align: center;"><div id="div-gpt-ad-2-0"></div></div>',
      ['wrap'],
    ],
    [
      'promo lines',
      '<p data-t="baca">Baca juga: Judul</p><p data-t="wa">Ikuti Whatsapp Channel Republika</p>',
      ['baca', 'wa'],
    ],
    [
      'ads in the next-article feed and its "Loading..." label, but not the feed itself',
      '<div id="next-article" data-t="feed"><div><div data-t="feed-ad" id="div-gpt-ad-9-0"></div><p data-t="feed-label">Baca Juga</p></div></div><div data-t="trigger" id="scroll-trigger"></div><div data-t="loading" id="loading">Loading...</div>',
      ['feed-ad', 'loading'],
    ],
  ])('hides %s', (_name, inner, expected) => {
    expect(clutterOf(`<p>Isi artikel.</p>${inner}<p>Penutup.</p>`).found).toEqual(expected);
  });

  test('hides a Berita Lainnya block with its list, and page-level ads', () => {
    const outside =
      '<div data-t="lainnya"><h2>Berita Lainnya</h2><ul><li><a>A</a></li></ul></div><div data-t="bb" class="mobile-billboard"></div>';
    expect(clutterOf('<p>Isi.</p>', outside).found).toEqual(['lainnya', 'bb']);
  });

  describe('never hides an article paragraph or an ancestor of one', () => {
    test.each([
      ['a paragraph with an ad class', '<p class="ads">“Kami siap,” kata Budi.</p>'],
      [
        'a paragraph inside a share wrapper',
        '<div class="share"><p>“Kami siap,” kata Budi.</p></div>',
      ],
      [
        'a paragraph next to a GPT slot in one wrapper',
        '<div style="text-align:center"><p>“Kami siap,” kata Budi.</p><div id="div-gpt-ad-1-0"></div></div>',
      ],
      [
        'a paragraph inside a parallax block',
        '<div class="parallax"><p>“Kami siap,” kata Budi.</p></div>',
      ],
    ])('%s', (_name, inner) => {
      const doc = articlePage(
        `<div class="article-content"><article><p>Isi.</p>${inner}</article></div>`,
      );
      const read = readArticle(doc, URL)!;
      const hidden = findClutter(doc, read.body);
      for (const el of hidden) {
        for (const p of read.paragraphs) expect(el === p || el.contains(p)).toBe(false);
        expect(el.contains(read.body)).toBe(false);
      }
    });
  });

  test('hides a label under a thousand nested wrappers as one box', () => {
    const deep = `${'<div>'.repeat(1000)}<span>Advertisement</span>${'</div>'.repeat(1000)}`;
    const { found } = clutterOf(
      `<p>Isi artikel.</p><div data-t="box">${deep}</div><p>Penutup.</p>`,
    );
    expect(found).toEqual(['box']);
  });

  test('never changes the document', () => {
    const doc = articlePage(
      '<div class="article-content"><article><p>Isi.</p><div class="picked-article">Baca Juga</div></article></div>',
    );
    const before = snapshot(doc);
    findClutter(doc, readArticle(doc, URL)!.body);
    expect(snapshot(doc)).toBe(before);
  });
});

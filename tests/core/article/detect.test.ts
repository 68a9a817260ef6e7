import { describe, expect, test } from 'vitest';
import { hasArticleSignals, isArticlePage, readArticleSignals } from '../../../core/article/detect';
import { findArticleBody } from '../../../core/article/body';
import { readNewsArticleLd } from '../../../core/article/json-ld';
import { articlePage, parsePage } from '../../content/dom';

const ARTICLE_URL = 'https://www.republika.co.id/berita/sx4kq2301/judul-berita';
const CURRENT_BODY =
  '<div class="max-card__title"><h1>Judul</h1></div><div class="article-content"><article><p>Isi.</p></article></div>';

describe('core/article/detect', () => {
  test.each([
    ['current design with JSON-LD', articlePage(CURRENT_BODY), ARTICLE_URL, true],
    [
      'older design without JSON-LD but with its headline',
      parsePage(
        '<div class="wrap_detail"><div class="wrap_detail_set"><h1>Judul</h1></div><div class="artikel"><p>Isi.</p></div></div>',
      ),
      'https://www.republika.co.id/berita/nasional/politik/18/08/13/pdcv2k409-judul',
      true,
    ],
    [
      'AMP page',
      parsePage(
        '<html amp><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"J"}</script></head><body><article><p>Isi.</p></article></body></html>',
      ),
      'https://www.republika.co.id/amp/qmt8wz282',
      true,
    ],
    ['an article URL without a body', articlePage('<div class="list">…</div>'), ARTICLE_URL, false],
    [
      'a body without JSON-LD or headline',
      parsePage('<div class="article-content"><article><p>Isi.</p></article></div>'),
      ARTICLE_URL,
      false,
    ],
    [
      'a kanal URL, even with article markup',
      articlePage(CURRENT_BODY),
      'https://www.republika.co.id/kanal/ekonomi',
      false,
    ],
    ['another site', articlePage(CURRENT_BODY), 'https://example.com/berita/sx4kq2301/j', false],
    ['a saved article page whose address is unknown', articlePage(CURRENT_BODY), null, true],
    [
      'a saved listing page whose address is unknown',
      articlePage('<div class="list">…</div>'),
      null,
      false,
    ],
    [
      'a broken JSON-LD block does not throw',
      parsePage(
        '<script type="application/ld+json">{oops</script><div class="article-content"><article><p>x</p></article></div>',
      ),
      ARTICLE_URL,
      false,
    ],
  ])('%s', (_name, doc, url, expected) => expect(isArticlePage(doc, url)).toBe(expected));

  // The page's half alone (the detector has tested the address already): same answers as a page
  // whose address is unknown.
  test.each([
    ['article markup', articlePage(CURRENT_BODY), true],
    ['a listing', articlePage('<div class="list">…</div>'), false],
    [
      'a body without JSON-LD or headline',
      parsePage('<div class="artikel"><p>Isi.</p></div>'),
      false,
    ],
  ])('hasArticleSignals: %s', (_name, doc, expected) => {
    expect(hasArticleSignals(doc)).toBe(expected);
    expect(isArticlePage(doc, null)).toBe(expected);
    // What the test found, for a read in the same task: the body and block a read would find.
    const signals = readArticleSignals(doc);
    expect(signals).toEqual(
      expected ? { body: findArticleBody(doc), ld: readNewsArticleLd(doc) } : null,
    );
    if (signals) expect(signals.body).toBe(findArticleBody(doc));
  });
});

/**
 * utils/republika-matches.ts: the manifest starts the page code at `ARTICLE_PATH_MATCHES` and the
 * detector everywhere else on Republika. Every article address (core/article/url-patterns.ts) must
 * be one of them, or an article would get neither the page code nor a detector to ask for it; and
 * the pages we leave alone must not be, or they would parse the page code. Read with the browsers'
 * match-pattern rules (scheme, host with an optional `*.`, a path where `*` is any run of
 * characters; no port, query or hash).
 */
import { describe, expect, test } from 'vitest';
import { isArticleUrl } from '../../core/article/url-patterns';
import { ARTICLE_PATH_MATCHES, REPUBLIKA_MATCHES } from '../../utils/republika-matches';

/** True when `url` is matched by the match pattern `pattern`. */
function matchesPattern(pattern: string, url: string): boolean {
  const [, scheme, host, path] = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern)!;
  const parsed = new URL(url);
  if (scheme === '*' ? !/^https?:$/.test(parsed.protocol) : parsed.protocol !== `${scheme}:`) {
    return false;
  }
  const hostOk = host!.startsWith('*.')
    ? parsed.hostname === host!.slice(2) || parsed.hostname.endsWith(host!.slice(1))
    : parsed.hostname === host;
  const glob = new RegExp(`^${path!.split('*').map(escape).join('.*')}$`);
  return hostOk && glob.test(parsed.pathname);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const matchedBy = (patterns: readonly string[], url: string) =>
  patterns.some(pattern => matchesPattern(pattern, url));

describe('every article address starts the page code from the manifest', () => {
  test.each([
    'https://www.republika.co.id/berita/tk42rm318/warga-desa-menanam-bakau',
    'https://republika.co.id/berita/rq7wz2311/harga-cabai-turun',
    'https://ekonomi.republika.co.id/berita/s9kd3x401/pasar-induk-ramai',
    'http://www.republika.co.id:8123/berita/sx4kq2301/stok-beras-aman/',
    'https://republika.co.id/berita//tq31vw368/judul',
    'https://republika.co.id/berita/nasional/daerah/16/03/02/o3kd2a301-jalan-desa-diperbaiki',
    'https://www.republika.co.id/amp/m7evsv',
    'https://republika.co.id/amp/qm41oc282/banjir-surut',
  ])('%s', url => {
    expect(isArticleUrl(url)).toBe(true);
    expect(matchedBy(ARTICLE_PATH_MATCHES, url)).toBe(true);
    expect(matchedBy(REPUBLIKA_MATCHES, url)).toBe(true);
  });
});

describe('pages that are no article addresses get the detector only', () => {
  test.each([
    'https://www.republika.co.id/',
    'https://www.republika.co.id/kanal/ekonomi',
    'https://www.republika.co.id/indeks',
    'https://www.republika.co.id/tag/pemilu',
    'https://www.republika.co.id/page/penulis/118/nama-penulis',
    'https://www.republika.co.id/berita/',
    'https://www.republika.co.id/berita/q4jqpw368',
  ])('%s', url => {
    expect(isArticleUrl(url)).toBe(false);
    expect(matchedBy(ARTICLE_PATH_MATCHES, url)).toBe(false);
    expect(matchedBy(REPUBLIKA_MATCHES, url)).toBe(true);
  });
});

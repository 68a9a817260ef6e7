/**
 * entrypoints/article.content/detected.ts: the detector's verdict, taken once by the page code's
 * first read, which then does not test the address and the page's signals again.
 */
import { afterEach, expect, test } from 'vitest';
import {
  markDetected,
  takeDetected,
  wasAskedFor,
} from '../../entrypoints/article.content/detected';
import { readPageWork } from '../../entrypoints/article.content/page-read';
import { runNow } from '../../core/article/work';
import { parsePage } from './dom';

const ARTICLE_URL = 'https://www.republika.co.id/berita/tk42rm318/warga-desa-menanam-bakau';

/**
 * An article body with no JSON-LD and no headline: the page's own signals say "no article", so
 * only a detector's verdict lets it be read (the page has changed since, or never had them).
 */
const BARE = parsePage(
  '<!DOCTYPE html><html><head></head><body><div class="article-content"><article>' +
    '<p>Warga Desa Sukamaju menanam seribu bibit bakau, kata Kepala Desa Rudi Hartono.</p>' +
    '</article></div></body></html>',
);

afterEach(() => void takeDetected(''));

test.each([
  ['the address the detector marked', ARTICLE_URL, ARTICLE_URL, true],
  ['another address (the page moved meanwhile)', ARTICLE_URL, `${ARTICLE_URL}?page=2`, false],
])('takes the verdict for %s', (_, marked, asked, expected) => {
  markDetected(marked);
  expect(takeDetected(asked)).toBe(expected);
  // Used up: a later read tests the page again.
  expect(takeDetected(marked)).toBe(false);
});

test.each([
  ['with the verdict, the page is not tested again', true, 1],
  ['without it, the page’s missing signals say no article', false, 0],
])('%s', (_, detected, texts) => {
  const read = runNow(readPageWork(BARE, ARTICLE_URL, detected));
  expect(read.texts).toHaveLength(texts);
});

test('tells the page code it was asked for (a detector ran here) until the verdict is taken', () => {
  expect(wasAskedFor()).toBe(false);
  markDetected(ARTICLE_URL);
  expect(wasAskedFor()).toBe(true);
  takeDetected(ARTICLE_URL);
  expect(wasAskedFor()).toBe(false);
});

/**
 * entrypoints/article.content/detected.ts: the detector's verdict, taken once by the page code's
 * first read, which then does not test the address and the page's signals again; with the page
 * code's own verdict, what its test found (body, JSON-LD), which that read takes as it is.
 */
import { afterEach, expect, test, vi } from 'vitest';
import { readArticleSignals } from '../../core/article/detect';
import {
  markDetected,
  takeDetected,
  wasAskedFor,
} from '../../entrypoints/article.content/detected';
import { readPageWork } from '../../entrypoints/article.content/page-read';
import { runNow } from '../../core/article/work';
import { articlePage, parsePage } from './dom';

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

afterEach(() => {
  void takeDetected('');
  vi.restoreAllMocks();
});

/** An article page with its JSON-LD block, a headline and a byline. */
const FULL = () =>
  articlePage(
    '<div class="article-content"><h1>Warga Menanam Bakau</h1><article>' +
      '<p>Rep: Rina Wulandari/ Red: Budi Santoso</p>' +
      '<p>Warga Desa Sukamaju menanam seribu bibit bakau, kata Kepala Desa Rudi Hartono.</p>' +
      '</article></div>',
  );

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

test('hands the signals of a test in the same task to the first read, once, for that address', () => {
  const doc = FULL();
  const signals = readArticleSignals(doc)!;
  expect(signals.body.tagName).toBe('ARTICLE');
  expect(signals.ld?.datePublished).toBe('2025-01-02');
  markDetected(ARTICLE_URL, signals);
  expect(takeDetected(`${ARTICLE_URL}?page=2`)).toBe(false);
  markDetected(ARTICLE_URL, signals);
  expect(takeDetected(ARTICLE_URL)).toBe(signals);
  expect(takeDetected(ARTICLE_URL)).toBe(false);
  // The detector's verdict (no signals) after them: the read finds the page afresh.
  markDetected(ARTICLE_URL);
  expect(takeDetected(ARTICLE_URL)).toBe(true);
});

test('signals whose body the page has taken out are not handed over: the verdict alone is', () => {
  const doc = FULL();
  const signals = readArticleSignals(doc)!;
  signals.body.remove();
  markDetected(ARTICLE_URL, signals);
  expect(takeDetected(ARTICLE_URL)).toBe(true);
});

test('the first read takes the body and the JSON-LD block it is handed: no second look, same read', () => {
  const fresh = runNow(readPageWork(FULL(), ARTICLE_URL, true));
  const doc = FULL();
  const signals = readArticleSignals(doc)!;
  const all = vi.spyOn(doc, 'querySelectorAll');
  const first = vi.spyOn(doc, 'querySelector');
  const read = runNow(readPageWork(doc, ARTICLE_URL, signals));
  // The same read as a page found afresh…
  expect(read.texts).toEqual(fresh.texts);
  expect(read.pages[0]!.analysis.result.article).toEqual(fresh.pages[0]!.analysis.result.article);
  expect(read.pages[0]!.body).toBe(signals.body);
  // …with no JSON-LD looked for or parsed, and no body selector asked again.
  expect(all.mock.calls.flat()).not.toContain('script[type="application/ld+json"]');
  expect(first.mock.calls.flat()).not.toContain('div.article-content article');
});

test('the JSON-LD block handed over is the one read (taken as it is, not parsed again)', () => {
  const doc = FULL();
  const signals = readArticleSignals(doc)!;
  const read = runNow(
    readPageWork(doc, ARTICLE_URL, { ...signals, ld: { ...signals.ld!, datePublished: 'handed' } }),
  );
  expect(read.pages[0]!.analysis.result.article.published).toBe('handed');
});

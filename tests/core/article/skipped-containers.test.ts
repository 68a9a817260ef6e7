/**
 * readParagraphs leaves out paragraphs inside captions, ads and clutter. It asks the selector
 * engine about each element on a paragraph's way up to the body once, never per paragraph and
 * ancestor (closest() per paragraph made a big saved page cost the paragraphs times the page's
 * depth in selector matches). These tests check the answer against closest() and count the
 * matches asked, not the time.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { findArticleBody, readParagraphs } from '../../../core/article/body';
import { articlePage, texts } from '../../content/dom';

// Invented prose, in every kind of container the reader skips or keeps.
const BLOCK = (k: number) =>
  `<div class="row"><p>Paragraf ${k} tentang harga beras.</p>` +
  `<figure><figcaption><p>Foto ${k}: pasar pagi.</p></figcaption></figure>` +
  `<div class="ads"><div><p>Iklan ${k} di sini.</p></div></div>` +
  `<div style="width: 100%; text-align: center;"><div id="div-gpt-ad-${k}"></div><p>Slot ${k}.</p></div>` +
  `<section><div><div><p>Warga ${k} mengatakan, stok cukup.</p></div></div></section></div>`;

/** An article page of `n` blocks, then `more`. */
const page = (n: number, more = '') =>
  articlePage(
    `<div class="article-content"><article>${Array.from({ length: n }, (_, k) => BLOCK(k)).join('')}${more}</article></div>`,
  );

afterEach(() => vi.restoreAllMocks());

describe('readParagraphs: skipped containers', () => {
  test('keeps exactly the paragraphs outside every skipped container', () => {
    const doc = page(3);
    expect(texts(readParagraphs(findArticleBody(doc)!))).toEqual([
      'Paragraf 0 tentang harga beras.',
      'Warga 0 mengatakan, stok cukup.',
      'Paragraf 1 tentang harga beras.',
      'Warga 1 mengatakan, stok cukup.',
      'Paragraf 2 tentang harga beras.',
      'Warga 2 mengatakan, stok cukup.',
    ]);
  });

  test('asks the selector engine once per element at most, and never closest()', () => {
    const small = questions(page(20));
    const big = questions(page(80));
    expect(small.closest).toBe(0);
    expect(big.closest).toBe(0);
    expect(small.matches).toBeLessThanOrEqual(small.elements);
    expect(big.matches).toBeLessThanOrEqual(big.elements);
    // Four times the blocks, four times the questions (plus the body's own).
    expect(big.matches - 1).toBe(4 * (small.matches - 1));
  });

  test('asks about a wrapper once, however many paragraphs it holds', () => {
    // 60 paragraphs inside 60 nested wrappers: a walk up to the body per paragraph asks 3,660
    // times; the page has about 120 elements.
    const nested =
      '<div>'.repeat(60) +
      Array.from({ length: 60 }, (_, k) => `<p>Warga ${k} mengatakan, stok cukup.</p>`).join('') +
      '</div>'.repeat(60);
    const asked = questions(page(0, nested));
    expect(asked.closest).toBe(0);
    expect(asked.matches).toBeLessThanOrEqual(asked.elements);
  });
});

/** The selector questions readParagraphs asks on `doc`, next to the body's element count. */
function questions(doc: Document) {
  const body = findArticleBody(doc)!;
  const proto = Element.prototype; // the test window's, which DOMParser documents share
  const matches = vi.spyOn(proto, 'matches');
  const closest = vi.spyOn(proto, 'closest');
  expect(readParagraphs(body).length).toBeGreaterThan(0);
  const counts = { matches: matches.mock.calls.length, closest: closest.mock.calls.length };
  vi.restoreAllMocks();
  return { ...counts, elements: body.querySelectorAll('*').length + 1 };
}

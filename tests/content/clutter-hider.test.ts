import { describe, expect, test } from 'vitest';
import { findClutter } from '../../core/article/find-clutter';
import { readArticle } from '../../core/article/read-article';
import {
  ClutterHider,
  HIDDEN_ATTR,
  isInsideHidden,
} from '../../entrypoints/article.content/clutter-hider';
import { articlePage, snapshot } from './dom';

const URL = 'https://www.republika.co.id/berita/sx4kq2301/judul';
const PAGE = `<div class="ads_970x250"><div id="div-gpt-ad-1-0"></div></div>
<div class="article-content"><article>
  <p class="b2"> <p>REPUBLIKA.CO.ID, MATARAM -- Isi.</p>
  <div style="text-align:center"><div>Advertisement</div><div id="div-gpt-ad-2-0"><script>g()</script></div></div>
  <p>“Kami siap,” kata Budi.</p>
  <div class="picked-article"><div class="title"><span>Baca Juga</span></div><ul><li><a>X</a></li></ul></div>
  <p>Baca juga: Judul Lain</p>
</article></div>
<div class="berita-lainnya"><h2>Berita Lainnya</h2><ul><li><a>Y</a></li></ul></div>`;

describe('entrypoints/article.content/clutter-hider', () => {
  test('hides with one attribute per element and one style rule', () => {
    const doc = articlePage(PAGE);
    const hider = new ClutterHider(doc);
    const read = readArticle(doc, URL)!;
    const count = hider.hide(findClutter(doc, read.body));
    expect(count).toBe(5);
    expect(doc.querySelectorAll(`[${HIDDEN_ATTR}]`)).toHaveLength(5);
    const styles = doc.querySelectorAll('style');
    expect(styles).toHaveLength(1);
    expect(styles[0]!.textContent).toBe('[data-ks-hidden]{display:none!important}');
    hider.showAll();
  });

  test('never hides an article paragraph', () => {
    const doc = articlePage(PAGE);
    const hider = new ClutterHider(doc);
    const read = readArticle(doc, URL)!;
    hider.hide(findClutter(doc, read.body));
    for (const p of read.paragraphs) expect(isInsideHidden(p)).toBe(false);
    hider.showAll();
  });

  test('showAll is the exact inverse, style element included', () => {
    const doc = articlePage(PAGE);
    const hider = new ClutterHider(doc);
    const before = snapshot(doc);
    hider.hide(findClutter(doc, readArticle(doc, URL)!.body));
    expect(snapshot(doc)).not.toBe(before);
    hider.showAll();
    expect(snapshot(doc)).toBe(before);
    expect(hider.count()).toBe(0);
  });

  test('counts only what is in the document, and still shows what the page put back', () => {
    const doc = articlePage(PAGE);
    const hider = new ClutterHider(doc);
    const before = snapshot(doc);
    expect(hider.hide(findClutter(doc, readArticle(doc, URL)!.body))).toBe(5);
    const removed = doc.querySelector('.berita-lainnya')!;
    const parent = removed.parentNode!;
    const next = removed.nextSibling;
    removed.remove();
    expect(hider.count()).toBe(4);
    parent.insertBefore(removed, next);
    expect(hider.count()).toBe(5);
    hider.showAll();
    expect(snapshot(doc)).toBe(before);
  });

  test('hiding again is idempotent and later additions add up', () => {
    const doc = articlePage(PAGE);
    const hider = new ClutterHider(doc);
    const body = readArticle(doc, URL)!.body;
    const first = findClutter(doc, body);
    expect(hider.hide(first)).toBe(5);
    expect(hider.hide(first)).toBe(5);
    const late = doc.createElement('div');
    late.className = 'mobile-billboard';
    doc.body.append(late);
    expect(hider.hide(findClutter(doc, body))).toBe(6);
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    hider.showAll();
    late.remove();
  });

  test('leaves elements that carried the attribute before us alone', () => {
    const doc = articlePage(`<div class="ads" ${HIDDEN_ATTR}=""></div>${PAGE}`);
    // The run records them when it begins (beginRun, page-run.ts).
    const hider = new ClutterHider(doc, new Set(doc.querySelectorAll(`[${HIDDEN_ATTR}]`)));
    const before = snapshot(doc);
    hider.hide(findClutter(doc, readArticle(doc, URL)!.body));
    hider.showAll();
    expect(snapshot(doc)).toBe(before);
  });

  test('shows again the copies the page made of hidden elements (cloneNode, innerHTML)', () => {
    const doc = articlePage(PAGE);
    const before = snapshot(doc);
    const hider = new ClutterHider(doc);
    hider.hide(findClutter(doc, readArticle(doc, URL)!.body));
    const hidden = doc.querySelector('.berita-lainnya')!;
    const copy = hidden.cloneNode(true) as Element;
    hidden.after(copy);
    const holder = doc.createElement('div');
    holder.innerHTML = hidden.outerHTML;
    doc.body.append(holder.firstElementChild!);
    hider.showAll();
    copy.remove();
    doc.body.lastElementChild!.remove();
    expect(snapshot(doc)).toBe(before);
    expect(doc.querySelectorAll(`[${HIDDEN_ATTR}]`)).toHaveLength(0);
  });
});

import { describe, expect, test } from 'vitest';
import { MARKED_ATTR, MarkedParagraphs } from '../../entrypoints/article.content/marked-paragraphs';
import { parsePage, snapshot } from './dom';

/** A newsroom page whose body holds `htmls`; returns the document and its paragraphs. */
function page(...htmls: string[]): { doc: Document; paragraphs: Element[] } {
  const doc = parsePage(`<html><head></head><body><main>${htmls.join('')}</main></body></html>`);
  return { doc, paragraphs: Array.from(doc.querySelectorAll('main > p')) };
}

const flagged = (elements: readonly Element[]) => elements.map(p => p.hasAttribute(MARKED_ATTR));

describe('MarkedParagraphs', () => {
  test('flags the paragraphs written, and the clear restores the page exactly', () => {
    const { doc, paragraphs } = page(
      '<p>“Jalan itu dibuka pekan depan,” kata Kepala Dinas.</p>',
      '<p>Warga menyambut baik rencana itu.</p>',
    );
    const before = snapshot(doc);
    const flags = new MarkedParagraphs(doc);
    flags.write([paragraphs[0]!]);
    expect(flagged(paragraphs)).toEqual([true, false]);
    flags.clear();
    expect(snapshot(doc)).toBe(before);
  });

  test('a new write replaces the paragraphs flagged before', () => {
    const { doc, paragraphs } = page('<p>Satu.</p>', '<p>Dua.</p>');
    const flags = new MarkedParagraphs(doc);
    flags.write([paragraphs[0]!]);
    flags.write([paragraphs[1]!]);
    expect(flagged(paragraphs)).toEqual([false, true]);
  });

  test('clears a copy the page made of a flagged paragraph', () => {
    const { doc, paragraphs } = page('<p>“Harga naik,” ujar pedagang.</p>');
    const before = snapshot(doc);
    const flags = new MarkedParagraphs(doc);
    flags.write(paragraphs);
    const copy = paragraphs[0]!.cloneNode(true) as Element;
    doc.querySelector('main')!.append(copy);
    expect(copy.hasAttribute(MARKED_ATTR)).toBe(true);
    flags.clear();
    copy.remove();
    expect(snapshot(doc)).toBe(before);
  });

  test('never writes nor clears an attribute the page set itself', () => {
    const { doc, paragraphs } = page(
      `<p ${MARKED_ATTR}="halaman">Milik halaman.</p>`,
      '<p>Lain.</p>',
    );
    const before = snapshot(doc);
    const flags = new MarkedParagraphs(doc);
    flags.write(paragraphs);
    expect(paragraphs[0]!.getAttribute(MARKED_ATTR)).toBe('halaman');
    expect(paragraphs[1]!.hasAttribute(MARKED_ATTR)).toBe(true);
    flags.clear();
    expect(snapshot(doc)).toBe(before);
  });

  test('clearing one article leaves another article’s flags in place', () => {
    const { doc, paragraphs } = page('<p>Artikel pertama.</p>', '<p>Artikel kedua.</p>');
    const first = new MarkedParagraphs(doc);
    const second = new MarkedParagraphs(doc);
    first.write([paragraphs[0]!]);
    second.write([paragraphs[1]!]);
    first.clear();
    expect(flagged(paragraphs)).toEqual([false, true]);
  });
});

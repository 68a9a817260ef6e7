import { describe, expect, test } from 'vitest';
import {
  STYLE_ID,
  injectStyle,
  removeStyle,
  styleText,
} from '../../entrypoints/article.content/page-style';
import { parsePage, snapshot } from './dom';

const PART = 'ks-test-part';
const OTHER = 'ks-other-part';

/** The text of every element with our id, in document order. */
const ours = (doc: Document) =>
  Array.from(doc.querySelectorAll(`#${STYLE_ID}`), el => el.textContent);

describe('entrypoints/article.content/page-style injectStyle / removeStyle', () => {
  test('adds one style, rewrites only its text, and removes it: the page exactly as it was', () => {
    const doc = parsePage('<!DOCTYPE html><html><head></head><body><p>Teks.</p></body></html>');
    const pristine = snapshot(doc);
    injectStyle(doc, PART, 'p { color: red; }');
    injectStyle(doc, PART, 'p { color: blue; }');
    expect(ours(doc)).toEqual(['p { color: blue; }']);
    expect(styleText(doc, PART)).toBe('p { color: blue; }');
    removeStyle(doc, PART);
    expect(styleText(doc, PART)).toBeNull();
    expect(snapshot(doc)).toBe(pristine);
  });

  test('every part shares the one element; it goes with the last part', () => {
    const doc = parsePage('<!DOCTYPE html><html><head></head><body><p>Teks.</p></body></html>');
    const pristine = snapshot(doc);
    injectStyle(doc, PART, 'p { color: red; }');
    const element = doc.getElementById(STYLE_ID);
    injectStyle(doc, OTHER, '[hidden-here] { display: none; }');
    expect(doc.getElementById(STYLE_ID)).toBe(element);
    expect(ours(doc)).toEqual(['p { color: red; }\n[hidden-here] { display: none; }']);
    injectStyle(doc, PART, 'p { color: blue; }');
    expect(ours(doc)).toEqual(['p { color: blue; }\n[hidden-here] { display: none; }']);
    removeStyle(doc, PART);
    expect(ours(doc)).toEqual(['[hidden-here] { display: none; }']);
    expect(styleText(doc, OTHER)).toBe('[hidden-here] { display: none; }');
    removeStyle(doc, OTHER);
    expect(snapshot(doc)).toBe(pristine);
  });

  test('a part written again with the same text leaves the element untouched', () => {
    const doc = parsePage('<!DOCTYPE html><html><head></head><body></body></html>');
    injectStyle(doc, PART, 'p { color: red; }');
    const text = doc.getElementById(STYLE_ID)!.firstChild;
    injectStyle(doc, PART, 'p { color: red; }');
    expect(doc.getElementById(STYLE_ID)!.firstChild).toBe(text);
    removeStyle(doc, PART);
  });

  test("an element of the page's own with our id is never rewritten nor removed", () => {
    const doc = parsePage(
      `<!DOCTYPE html><html><head><style id="${STYLE_ID}">b { margin: 0; }</style></head>` +
        `<body><div id="${STYLE_ID}">Milik halaman.</div></body></html>`,
    );
    const pristine = snapshot(doc);
    removeStyle(doc, PART);
    expect(snapshot(doc)).toBe(pristine);
    injectStyle(doc, PART, 'p { color: red; }');
    injectStyle(doc, PART, 'p { color: blue; }');
    expect(ours(doc)).toEqual(['b { margin: 0; }', 'p { color: blue; }', 'Milik halaman.']);
    removeStyle(doc, PART);
    expect(snapshot(doc)).toBe(pristine);
  });

  test('a style of ours the page removed is added again, once', () => {
    const doc = parsePage('<!DOCTYPE html><html><head></head><body></body></html>');
    injectStyle(doc, PART, 'p { color: red; }');
    doc.getElementById(STYLE_ID)!.remove();
    expect(styleText(doc, PART)).toBeNull();
    injectStyle(doc, PART, 'p { color: red; }');
    injectStyle(doc, PART, 'p { color: red; }');
    expect(doc.querySelectorAll(`#${STYLE_ID}`)).toHaveLength(1);
    removeStyle(doc, PART);
    expect(doc.querySelectorAll(`#${STYLE_ID}`)).toHaveLength(0);
  });

  test('the page re-inserting a style of ours it took out leaves no copy after removeStyle', () => {
    const doc = parsePage('<!DOCTYPE html><html><head></head><body><p>Teks.</p></body></html>');
    const pristine = snapshot(doc);
    injectStyle(doc, PART, 'p { color: red; }');
    const taken = doc.getElementById(STYLE_ID)!;
    taken.remove();
    // Ours again while the page still holds the element it took out…
    injectStyle(doc, PART, 'p { color: blue; }');
    // …which its own code then puts back where it was.
    doc.head.append(taken);
    expect(ours(doc)).toEqual(['p { color: blue; }']);
    removeStyle(doc, PART);
    expect(snapshot(doc)).toBe(pristine);
  });
});

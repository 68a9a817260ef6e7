import { describe, expect, test } from 'vitest';
import { injectStyle, removeStyle } from '../../entrypoints/article.content/page-style';
import { parsePage, snapshot } from './dom';

const ID = 'ks-test-style';

describe('entrypoints/article.content/page-style injectStyle / removeStyle', () => {
  test('adds one style, rewrites only its text, and removes it: the page exactly as it was', () => {
    const doc = parsePage('<!DOCTYPE html><html><head></head><body><p>Teks.</p></body></html>');
    const pristine = snapshot(doc);
    injectStyle(doc, ID, 'p { color: red; }');
    injectStyle(doc, ID, 'p { color: blue; }');
    expect(Array.from(doc.querySelectorAll(`#${ID}`), el => el.textContent)).toEqual([
      'p { color: blue; }',
    ]);
    removeStyle(doc, ID);
    expect(snapshot(doc)).toBe(pristine);
  });

  test("an element of the page's own with our id is never rewritten nor removed", () => {
    const doc = parsePage(
      `<!DOCTYPE html><html><head><style id="${ID}">b { margin: 0; }</style></head>` +
        `<body><div id="${ID}">Milik halaman.</div></body></html>`,
    );
    const pristine = snapshot(doc);
    removeStyle(doc, ID);
    expect(snapshot(doc)).toBe(pristine);
    injectStyle(doc, ID, 'p { color: red; }');
    injectStyle(doc, ID, 'p { color: blue; }');
    const withOurs = Array.from(doc.querySelectorAll(`#${ID}`), el => el.textContent);
    expect(withOurs).toEqual(['b { margin: 0; }', 'p { color: blue; }', 'Milik halaman.']);
    removeStyle(doc, ID);
    expect(snapshot(doc)).toBe(pristine);
  });

  test('a style of ours the page removed is added again, once', () => {
    const doc = parsePage('<!DOCTYPE html><html><head></head><body></body></html>');
    injectStyle(doc, ID, 'p { color: red; }');
    doc.getElementById(ID)!.remove();
    injectStyle(doc, ID, 'p { color: red; }');
    injectStyle(doc, ID, 'p { color: red; }');
    expect(doc.querySelectorAll(`#${ID}`)).toHaveLength(1);
    removeStyle(doc, ID);
    expect(doc.querySelectorAll(`#${ID}`)).toHaveLength(0);
  });

  test('the page re-inserting a style of ours it took out leaves no copy after removeStyle', () => {
    const doc = parsePage('<!DOCTYPE html><html><head></head><body><p>Teks.</p></body></html>');
    const pristine = snapshot(doc);
    injectStyle(doc, ID, 'p { color: red; }');
    const taken = doc.getElementById(ID)!;
    taken.remove();
    // Ours again while the page still holds the element it took out…
    injectStyle(doc, ID, 'p { color: blue; }');
    // …which its own code then puts back where it was.
    doc.head.append(taken);
    expect(Array.from(doc.querySelectorAll(`#${ID}`), el => el.textContent)).toEqual([
      'p { color: blue; }',
    ]);
    removeStyle(doc, ID);
    expect(snapshot(doc)).toBe(pristine);
  });
});

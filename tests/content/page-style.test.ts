import { describe, expect, test } from 'vitest';
import {
  STYLE_ID,
  batchStyles,
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

describe('entrypoints/article.content/page-style batchStyles', () => {
  /**
   * Watches the page's changes: `done()` counts the writes of our element's text (changes inside
   * a `<style>`) and the insertions of the element itself.
   */
  function watchWrites(doc: Document) {
    const observer = new MutationObserver(() => {});
    observer.observe(doc, { childList: true, characterData: true, subtree: true });
    return () => {
      const records = observer.takeRecords();
      observer.disconnect();
      const inStyle = (node: Node) => (node as Element).tagName === 'STYLE';
      return {
        texts: records.filter(r => inStyle(r.target)).length,
        insertions: records.filter(r =>
          Array.from(r.addedNodes).some(n => (n as Element).id === STYLE_ID),
        ).length,
      };
    };
  }

  test('two parts written in one phase: the element is written and inserted once, at its end', () => {
    const doc = parsePage('<!DOCTYPE html><html><head></head><body><p>Teks.</p></body></html>');
    const pristine = snapshot(doc);
    const writes = watchWrites(doc);
    batchStyles(doc, () => {
      injectStyle(doc, PART, 'p { color: red; }');
      injectStyle(doc, OTHER, '[hidden-here] { display: none; }');
      // Held: nothing in the page until the phase ends.
      expect(ours(doc)).toEqual([]);
    });
    expect(writes()).toEqual({ texts: 0, insertions: 1 });
    expect(ours(doc)).toEqual(['p { color: red; }\n[hidden-here] { display: none; }']);
    removeStyle(doc, PART);
    removeStyle(doc, OTHER);
    expect(snapshot(doc)).toBe(pristine);
  });

  test('an undo and an apply of the same parts in one phase leave the element as it was', () => {
    const doc = parsePage('<!DOCTYPE html><html><head></head><body><p>Teks.</p></body></html>');
    injectStyle(doc, PART, 'p { color: red; }');
    const element = doc.getElementById(STYLE_ID);
    const text = element!.firstChild;
    const writes = watchWrites(doc);
    batchStyles(doc, () => {
      removeStyle(doc, PART);
      injectStyle(doc, PART, 'p { color: red; }');
    });
    expect(writes()).toEqual({ texts: 0, insertions: 0 });
    expect(doc.getElementById(STYLE_ID)).toBe(element);
    expect(element!.firstChild).toBe(text);
    removeStyle(doc, PART);
  });

  test('every part removed in a phase: the element goes at its end, the page exactly as it was', () => {
    const doc = parsePage('<!DOCTYPE html><html><head></head><body><p>Teks.</p></body></html>');
    const pristine = snapshot(doc);
    injectStyle(doc, PART, 'p { color: red; }');
    const result = batchStyles(doc, () => {
      removeStyle(doc, PART);
      // A nested phase writes at the outermost one's end.
      batchStyles(doc, () => injectStyle(doc, OTHER, 'b { margin: 0; }'));
      expect(ours(doc)).toEqual(['p { color: red; }']);
      removeStyle(doc, OTHER);
      return 'done';
    });
    expect(result).toBe('done');
    expect(snapshot(doc)).toBe(pristine);
  });

  test('a phase that throws still writes what it changed', () => {
    const doc = parsePage('<!DOCTYPE html><html><head></head><body></body></html>');
    expect(() =>
      batchStyles(doc, () => {
        injectStyle(doc, PART, 'p { color: red; }');
        throw new Error('gagal');
      }),
    ).toThrow('gagal');
    expect(ours(doc)).toEqual(['p { color: red; }']);
    removeStyle(doc, PART);
    expect(ours(doc)).toEqual([]);
  });
});

import { describe, expect, test } from 'vitest';
import {
  MARK_STYLE_ID,
  QuoteMarks,
  markCss,
  speakerHighlight,
} from '../../entrypoints/article.content/highlighter';
import { MARKED_ATTR } from '../../entrypoints/article.content/marked-paragraphs';
import { STYLE_ID, styleText } from '../../entrypoints/article.content/page-style';
import { PALETTES, speakerStyle, styleDeclarations } from '../../core/speaker-colors';
import { runNow } from '../../core/article/work';
import { analysisOf, type QuoteSpec } from './analysis';
import { parsePage, snapshot, texts } from './dom';

/** A page whose paragraphs are `htmls`; returns the document and the paragraph elements. */
function page(...htmls: string[]): { doc: Document; paragraphs: Element[] } {
  const doc = parsePage(
    `<html><head></head><body><article>${htmls.join('')}</article></body></html>`,
  );
  return { doc, paragraphs: Array.from(doc.querySelectorAll('article > *')) };
}

/** Marks `specs`; returns the marks, how many quotes were marked, and the analysis. */
function mark(doc: Document, paragraphs: Element[], specs: QuoteSpec[]) {
  const analysis = analysisOf(
    paragraphs.map(p => p.textContent ?? ''),
    specs,
  );
  const marks = new QuoteMarks(doc);
  const count = marks.draw(paragraphs, analysis);
  return { marks, count, analysis };
}

/** Per quote id, the text its mark covers. */
const markedTexts = (marks: QuoteMarks) =>
  Object.fromEntries(marks.describe().map(m => [m.quoteId, m.text]));

describe('entrypoints/article.content/highlighter', () => {
  test.each([
    [
      'a quote inside one text node',
      ['<p>“Kami siap,” kata Budi.</p>'],
      { paragraph: 0, text: 'Kami siap' },
    ],
    [
      'a quote split by inline markup',
      ['<p>“Kami <b>sangat</b> siap,” kata Budi.</p>'],
      { paragraph: 0, text: 'Kami sangat siap' },
    ],
    [
      'a quote across nested elements',
      ['<p>“Ini <em>sudah <a href="#">final</a> dan</em> sah,” katanya.</p>'],
      { paragraph: 0, text: 'Ini sudah final dan sah' },
    ],
    ['a whole paragraph', ['<p>Kalimat penuh.</p>'], { paragraph: 0, text: 'Kalimat penuh.' }],
    [
      'a quote in the second paragraph',
      ['<p>Satu.</p>', '<p>“Dua,” kata Ani.</p>'],
      { paragraph: 1, text: 'Dua' },
    ],
    [
      'a quote that starts right after an element boundary',
      ['<p><b>“</b>Tiga<i></i> empat,” kata Ani.</p>'],
      { paragraph: 0, text: 'Tiga empat' },
    ],
  ])('marks %s with one range, touching no node', (_name, htmls, spec) => {
    const { doc, paragraphs } = page(...htmls);
    const before = snapshot(doc);
    const { marks, count } = mark(doc, paragraphs, [spec]);
    expect(count).toBe(1);
    expect(markedTexts(marks)).toEqual({ q1: spec.text });
    // The page's nodes are never split, wrapped or moved: our one <style> joins <head>, and the
    // paragraph gets its description for assistive technology, both gone with the marks.
    expect(styleText(doc, MARK_STYLE_ID)).not.toBeNull();
    expect(paragraphs[spec.paragraph]!.hasAttribute('aria-description')).toBe(true);
    marks.clear();
    expect(snapshot(doc)).toBe(before);
  });

  test("puts each quote in its first speaker's highlight, unnamed ones in ks-unnamed", () => {
    const { doc, paragraphs } = page(
      '<p>“Satu,” kata Ani. “Dua,” kata Budi. “Tiga,” lanjut Ani. “Empat,” kata warga.</p>',
    );
    const { marks } = mark(doc, paragraphs, [
      { paragraph: 0, text: 'Satu', speakers: ['Ani'] },
      { paragraph: 0, text: 'Dua', speakers: ['Budi', 'Ani'] },
      { paragraph: 0, text: 'Tiga', speakers: ['Ani'] },
      { paragraph: 0, text: 'Empat', speakers: [] },
    ]);
    expect(marks.describe().map(m => [m.text, m.highlight, m.speakers])).toEqual([
      ['Satu', 'ks-s0', ['Ani']],
      ['Dua', 'ks-s1', ['Budi', 'Ani']],
      ['Tiga', 'ks-s0', ['Ani']],
      ['Empat', 'ks-unnamed', []],
    ]);
    const css = styleText(doc, MARK_STYLE_ID)!;
    expect(css).toContain('::highlight(ks-s0){background-color:');
    expect(css).toContain('::highlight(ks-unnamed){background-color:');
  });

  test.each([
    [0, 0, 'ks-s0'],
    [3, 0, 'ks-s3'],
    [-1, 0, 'ks-unnamed'],
    [2, 1, 'ks-a1-s2'],
    [-1, 2, 'ks-a2-unnamed'],
  ])('names speaker %i of article %i %s', (index, article, name) =>
    expect(speakerHighlight(index, article)).toBe(name),
  );

  test('focus dims every quote but the focused ones, survives a redraw, and clears', () => {
    const { doc, paragraphs } = page(
      '<p>“Satu,” kata Ani. “Dua,” kata Budi. “Tiga,” lanjut Ani.</p>',
    );
    const { marks, analysis } = mark(doc, paragraphs, [
      { paragraph: 0, text: 'Satu', speakers: ['Ani'] },
      { paragraph: 0, text: 'Dua', speakers: ['Budi'] },
      { paragraph: 0, text: 'Tiga', speakers: ['Ani'] },
    ]);
    const dimmed = () => marks.describe().map(m => [m.text, m.highlight, m.dimmed]);
    marks.setFocus(['q1', 'q3']);
    expect(dimmed()).toEqual([
      ['Satu', 'ks-s0', false],
      ['Dua', 'ks-s1', true],
      ['Tiga', 'ks-s0', false],
    ]);
    // Marks off and on again (or redrawn after the page changed): the reader's focus stays.
    marks.clear();
    marks.draw(paragraphs, analysis);
    expect(dimmed().map(([, , d]) => d)).toEqual([false, true, false]);
    marks.setFocus(null);
    expect(dimmed().map(([, , d]) => d)).toEqual([false, false, false]);
    expect(styleText(doc, MARK_STYLE_ID)).toContain(
      '::highlight(ks-dim){background-color:transparent;',
    );
  });

  test('marks overlapping quotes, each with its own range', () => {
    const { doc, paragraphs } = page('<p>“Aku <i>bilang</i> ‘tidak’ tadi,” kata Ani.</p>');
    const { marks } = mark(doc, paragraphs, [
      { paragraph: 0, text: 'Aku bilang ‘tidak’ tadi', speakers: ['Ani'] },
      { paragraph: 0, text: 'tidak', speakers: ['Budi'] },
    ]);
    expect(markedTexts(marks)).toEqual({ q1: 'Aku bilang ‘tidak’ tadi', q2: 'tidak' });
  });

  test.each([
    ['plain text', ['<p>“Kami siap,” kata Budi.</p>']],
    [
      'inline markup and entities',
      ['<p>“Kami&nbsp;<b>sangat</b> siap &amp; yakin,” kata <a href="/x">Budi</a>.</p>'],
    ],
    [
      'several paragraphs and lists',
      ['<p>“Satu,” kata Ani.</p>', '<ul><li>“dua</li>\n<li>tiga”</li></ul>'],
    ],
  ])('clear() restores the page exactly (%s)', (_name, htmls) => {
    const { doc, paragraphs } = page(...htmls);
    const before = snapshot(doc);
    const specs: QuoteSpec[] = paragraphs.map((p, i) => ({
      paragraph: i,
      text: (p.textContent ?? '').slice(1, -3),
    }));
    const { marks, count } = mark(doc, paragraphs, specs);
    expect(count).toBeGreaterThan(0);
    expect(styleText(doc, MARK_STYLE_ID)).not.toBeNull();
    marks.clear();
    expect(snapshot(doc)).toBe(before);
    expect(marks.active).toBe(false);
    expect(marks.describe()).toEqual([]);
  });

  test('reads a paragraph with many quotes once, in linear time', () => {
    const sentences = Array.from({ length: 3000 }, (_, i) => `“Kalimat nomor ${i},” kata Ani.`);
    const { doc, paragraphs } = page(`<p>${sentences.join(' ')}</p>`);
    const specs = sentences.map((_, i) => ({ paragraph: 0, text: `Kalimat nomor ${i}` }));
    const { count, marks } = mark(doc, paragraphs, specs);
    expect(count).toBe(3000);
    expect(marks.describe()[2999]!.text).toBe('Kalimat nomor 2999');
  });

  test('ignores spans that point nowhere', () => {
    const { doc, paragraphs } = page('<p>Teks.</p>');
    const analysis = analysisOf(['Teks.'], [{ paragraph: 0, text: 'Teks' }]);
    analysis.spans.q1 = { paragraph: 5, start: 0, end: 3 };
    expect(new QuoteMarks(doc).draw(paragraphs, analysis)).toBe(0);
    expect(styleText(doc, MARK_STYLE_ID)).toBeNull();
  });

  test.each<[string, (p: Element) => void]>([
    ['rewritten', p => (p.textContent = 'Kata pengantar yang lain sama sekali.')],
    ['replaced', p => p.replaceWith(p.cloneNode(true))],
    ['removed', p => p.remove()],
  ])(
    'leaves a quote unmarked when the page has %s its paragraph since the analysis',
    (_, change) => {
      const { doc, paragraphs } = page(
        '<p>Ia berkata, "Kami siap bekerja."</p>',
        '<p>"Tentu."</p>',
      );
      const analysis = analysisOf(
        paragraphs.map(p => p.textContent ?? ''),
        [
          { paragraph: 0, text: 'Kami siap bekerja.', speakers: ['Andi'] },
          { paragraph: 1, text: 'Tentu.', speakers: ['Andi'] },
        ],
      );
      change(paragraphs[0]!);
      const marks = new QuoteMarks(doc);
      expect(marks.draw(paragraphs, analysis)).toBe(1);
      expect(markedTexts(marks)).toEqual({ q2: 'Tentu.' });
    },
  );

  test('flashes one quote and reports it', () => {
    const { doc, paragraphs } = page('<p>“Satu,” kata Ani. “Dua,” kata Ani.</p>');
    const { marks } = mark(doc, paragraphs, [
      { paragraph: 0, text: 'Satu', speakers: ['Ani'] },
      { paragraph: 0, text: 'Dua', speakers: ['Ani'] },
    ]);
    marks.setFlash('q2', true);
    expect(marks.describe().map(m => m.flashing)).toEqual([false, true]);
    marks.setFlash('q2', false);
    expect(marks.describe().map(m => m.flashing)).toEqual([false, false]);
  });
});

describe('entrypoints/article.content/highlighter planWork and commit', () => {
  test('planning reads only; committing the plan draws what draw draws', () => {
    const htmls = [
      '<p>“Kami siap,” kata Budi.</p>',
      '<p>Satu.</p>',
      '<p>“Dua <b>tiga</b>,” kata Ani.</p>',
    ];
    const specs: QuoteSpec[] = [
      { paragraph: 0, text: 'Kami siap', speakers: ['Budi'] },
      { paragraph: 2, text: 'Dua tiga', speakers: ['Ani'] },
    ];
    const drawn = page(...htmls);
    const whole = mark(drawn.doc, drawn.paragraphs, specs);

    const { doc, paragraphs } = page(...htmls);
    const pristine = snapshot(doc);
    const marks = new QuoteMarks(doc);
    const plan = runNow(marks.planWork(paragraphs, whole.analysis));
    // Nothing written yet: no style, no description, no mark.
    expect(snapshot(doc)).toBe(pristine);
    expect(marks.active).toBe(false);
    expect(plan.marks.map(m => m.quote.id)).toEqual(whole.analysis.result.quotes.map(q => q.id));
    expect(marks.commit(plan)).toBe(whole.count);
    expect(markedTexts(marks)).toEqual(markedTexts(whole.marks));
    expect(snapshot(doc)).toBe(snapshot(drawn.doc));
  });

  /** A page of two quoted paragraphs, its marks and their plan (nothing written yet). */
  function planned() {
    const { doc, paragraphs } = page('<p>“Kami siap,” kata Budi.</p>', '<p>“Dua,” kata Ani.</p>');
    const analysis = analysisOf(
      paragraphs.map(p => p.textContent ?? ''),
      [
        { paragraph: 0, text: 'Kami siap', speakers: ['Budi'] },
        { paragraph: 1, text: 'Dua', speakers: ['Ani'] },
      ],
    );
    const marks = new QuoteMarks(doc);
    return { doc, paragraphs, marks, plan: runNow(marks.planWork(paragraphs, analysis)) };
  }

  test('style writes the stylesheet only; commit then keeps that sheet as it is', () => {
    const { doc, paragraphs, marks, plan } = planned();
    const pristine = snapshot(doc);
    marks.style(plan);
    const sheet = doc.getElementById(STYLE_ID);
    expect(sheet?.textContent).toContain('::highlight(ks-s0)');
    // No mark and no description yet: the page reads the same.
    expect(marks.active).toBe(false);
    expect(marks.describe()).toEqual([]);
    expect(paragraphs.some(p => p.hasAttribute('aria-description'))).toBe(false);
    expect(marks.commit(plan)).toBe(2);
    // The same element with the same text: the browser has no new sheet to apply.
    expect(doc.getElementById(STYLE_ID)).toBe(sheet);
    expect(doc.querySelectorAll(`#${STYLE_ID}`)).toHaveLength(1);
    marks.clear();
    expect(snapshot(doc)).toBe(pristine);
  });

  test('a stylesheet written by style and never committed goes with clear', () => {
    const { doc, marks, plan } = planned();
    const pristine = snapshot(doc);
    marks.style(plan);
    expect(snapshot(doc)).not.toBe(pristine);
    marks.clear();
    expect(snapshot(doc)).toBe(pristine);
  });

  test('committing a plan with other speakers rewrites the sheet in place, one sheet only', () => {
    const { doc, paragraphs, marks, plan } = planned();
    marks.commit(plan);
    const before = styleText(doc, MARK_STYLE_ID);
    const three = analysisOf(
      paragraphs.map(p => p.textContent ?? ''),
      [
        { paragraph: 0, text: 'Kami siap', speakers: ['Budi'] },
        { paragraph: 1, text: 'Dua', speakers: ['Ani'] },
        { paragraph: 1, text: 'Dua', speakers: [] },
      ],
    );
    marks.commit(runNow(marks.planWork(paragraphs, three)));
    expect(doc.querySelectorAll(`#${STYLE_ID}`)).toHaveLength(1);
    expect(styleText(doc, MARK_STYLE_ID)).not.toBe(before);
    expect(styleText(doc, MARK_STYLE_ID)).toContain('ks-unnamed');
  });
});

describe('markCss', () => {
  test.each(['light', 'dark'] as const)(
    'styles each speaker with its fill and underline from core/speaker-colors (%s)',
    theme => {
      const css = markCss({ speakerCount: 10, unnamed: true, article: 0, theme }).split('\n');
      expect(css).toHaveLength(13);
      expect(css[3]).toBe(`::highlight(ks-s3){${styleDeclarations(speakerStyle(3, theme))}}`);
      expect(css[10]).toBe(
        `::highlight(ks-unnamed){${styleDeclarations(speakerStyle(-1, theme))}}`,
      );
      const palette = PALETTES[theme];
      expect(css[11]).toMatch(/^::highlight\(ks-dim\)\{background-color:transparent;/);
      expect(css[12]).toBe(
        `::highlight(ks-flash){background-color:${palette.flashFill};color:${palette.flashText}}`,
      );
      // Speakers 0 and 8 share a fill; their underlines tell them apart.
      expect(css[0]!.replace('ks-s0', '')).not.toBe(css[8]!.replace('ks-s8', ''));
    },
  );

  test('writes each rule for the flagged paragraphs only when scoped', () => {
    const css = markCss({
      speakerCount: 1,
      unnamed: true,
      article: 0,
      theme: 'light',
      scoped: true,
    }).split('\n');
    expect(css[0]).toBe(
      `[${MARKED_ATTR}]::highlight(ks-s0){${styleDeclarations(speakerStyle(0, 'light'))}}`,
    );
    for (const line of css) expect(line.startsWith(`[${MARKED_ATTR}]::highlight(`)).toBe(true);
  });

  test('flags the paragraphs it marks, and only those, while they are marked', () => {
    const { doc, paragraphs } = page(
      '<p>“Satu,” kata Ani.</p>',
      '<li>“Dua,” kata Budi.</li>',
      '<div>Tiga.</div>',
    );
    const before = snapshot(doc);
    const { marks } = mark(doc, paragraphs, [
      { paragraph: 0, text: 'Satu', speakers: ['Ani'] },
      { paragraph: 1, text: 'Dua', speakers: ['Budi'] },
    ]);
    expect(paragraphs.map(p => p.hasAttribute(MARKED_ATTR))).toEqual([true, true, false]);
    const css = styleText(doc, MARK_STYLE_ID)!;
    expect(css).toContain(`[${MARKED_ATTR}]::highlight(ks-s0){`);
    marks.clear();
    expect(snapshot(doc)).toBe(before);
  });

  test('a re-mark sweeps the document once per attribute for copies of ours, and clears them', () => {
    const { doc, paragraphs } = page('<p>“Harga naik,” ujar pedagang.</p>', '<p>Lain.</p>');
    const before = snapshot(doc);
    const analysis = analysisOf(texts(paragraphs), [
      { paragraph: 0, text: 'Harga naik', speakers: ['Pedagang'] },
    ]);
    const marks = new QuoteMarks(doc);
    marks.draw(paragraphs, analysis);
    // The page copies the marked paragraph while it is marked: the copy carries our attributes.
    const copy = paragraphs[0]!.cloneNode(true) as Element;
    doc.querySelector('article')!.append(copy);
    const queries: string[] = [];
    const query = doc.querySelectorAll.bind(doc);
    doc.querySelectorAll = ((selectors: string) => {
      queries.push(selectors);
      return query(selectors);
    }) as typeof doc.querySelectorAll;
    marks.draw(paragraphs, analysis);
    expect(queries.filter(q => q.includes(MARKED_ATTR))).toHaveLength(1);
    expect(queries.filter(q => q.includes('aria-description'))).toHaveLength(1);
    expect(copy.hasAttribute(MARKED_ATTR)).toBe(false);
    expect(copy.hasAttribute('aria-description')).toBe(false);
    expect(paragraphs[0]!.hasAttribute(MARKED_ATTR)).toBe(true);
    copy.remove();
    marks.clear();
    expect(snapshot(doc)).toBe(before);
  });

  test('names a feed article’s highlights with its prefix, and leaves out an unused unnamed rule', () => {
    const css = markCss({ speakerCount: 1, unnamed: false, article: 2, theme: 'light' });
    expect(css).toMatch(/^::highlight\(ks-a2-s0\)\{/);
    expect(css).not.toContain('unnamed');
  });
});

/**
 * The marks as the Firefox build draws them: Firefox ESR 153 has no highlight inheritance, so its
 * stylesheet keeps one rule per highlight for every element (`::highlight(ks-s0)`, not scoped to
 * flagged paragraphs) and the page gets no `data-ks-marked` flag (highlighter.ts
 * `HIGHLIGHTS_INHERIT`). The switch is the build's `import.meta.env.FIREFOX`, read when the module
 * loads: this file loads it afresh under that value.
 */
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { analysisOf } from './analysis';
import { parsePage, snapshot, texts } from './dom';

type Highlighter = typeof import('../../entrypoints/article.content/highlighter');
type Flags = typeof import('../../entrypoints/article.content/marked-paragraphs');
type PageStyle = typeof import('../../entrypoints/article.content/page-style');

let highlighter: Highlighter;
let flags: Flags;
let pageStyle: PageStyle;

beforeAll(async () => {
  vi.stubEnv('FIREFOX', 'true');
  vi.resetModules();
  highlighter = await import('../../entrypoints/article.content/highlighter');
  flags = await import('../../entrypoints/article.content/marked-paragraphs');
  pageStyle = await import('../../entrypoints/article.content/page-style');
});

afterAll(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

/** A newsroom page whose article holds `htmls`; returns the document and its paragraphs. */
function page(...htmls: string[]): { doc: Document; paragraphs: Element[] } {
  const doc = parsePage(
    `<html><head></head><body><article>${htmls.join('')}</article></body></html>`,
  );
  return { doc, paragraphs: Array.from(doc.querySelectorAll('article > *')) };
}

describe('highlighter, Firefox build (unscoped rules, no flag)', () => {
  test.each([
    ['one speaker', [{ paragraph: 0, text: 'Jembatan dibuka besok', speakers: ['Kepala Dinas'] }]],
    [
      'two speakers and an unnamed quote',
      [
        { paragraph: 0, text: 'Jembatan dibuka besok', speakers: ['Kepala Dinas'] },
        { paragraph: 1, text: 'Kami menunggu lama', speakers: ['Ketua RT'] },
        { paragraph: 2, text: 'Semoga lancar' },
      ],
    ],
  ])(
    '%s: every rule is for every element, no paragraph is flagged, the clear is exact',
    (_, specs) => {
      const { doc, paragraphs } = page(
        '<p>“Jembatan dibuka besok,” kata Kepala Dinas.</p>',
        '<p>“Kami menunggu lama,” ujar <em>Ketua RT</em>.</p>',
        '<p>“Semoga lancar,” kata seorang warga.</p>',
      );
      const before = snapshot(doc);
      const marks = new highlighter.QuoteMarks(doc);
      const count = marks.draw(paragraphs, analysisOf(texts(paragraphs), specs));
      expect(count).toBe(specs.length);
      const css = pageStyle.styleText(doc, highlighter.MARK_STYLE_ID)!.split('\n');
      for (const rule of css) expect(rule.startsWith('::highlight(')).toBe(true);
      expect(css.join('\n')).not.toContain(flags.MARKED_ATTR);
      expect(doc.querySelector(`[${flags.MARKED_ATTR}]`)).toBeNull();
      // The descriptions for assistive technology are written in either build.
      expect(paragraphs.slice(0, specs.length).every(p => p.hasAttribute('aria-description'))).toBe(
        true,
      );
      marks.clear();
      expect(snapshot(doc)).toBe(before);
    },
  );

  test('a re-mark writes the same unscoped sheet and still flags nothing', () => {
    const { doc, paragraphs } = page('<p>“Harga naik,” ujar pedagang.</p>');
    const analysis = analysisOf(texts(paragraphs), [
      { paragraph: 0, text: 'Harga naik', speakers: ['Pedagang'] },
    ]);
    const marks = new highlighter.QuoteMarks(doc);
    marks.draw(paragraphs, analysis);
    const first = pageStyle.styleText(doc, highlighter.MARK_STYLE_ID);
    marks.draw(paragraphs, analysis);
    expect(pageStyle.styleText(doc, highlighter.MARK_STYLE_ID)).toBe(first);
    expect(first).toBe(
      highlighter.markCss({ speakerCount: 1, unnamed: false, article: 0, theme: 'light' }),
    );
    expect(paragraphs[0]!.hasAttribute(flags.MARKED_ATTR)).toBe(false);
  });
});

import { afterEach, describe, expect, test } from 'vitest';
import { SPEAKER_COLORS, UNNAMED_COLOR } from '../../core/speaker-colors';
import {
  MARK_TAG,
  hasMarks,
  markQuotes,
  marksOf,
  removeMarks,
  tooltip,
} from '../../entrypoints/article.content/highlighter';
import { analysisOf, type QuoteSpec } from './analysis';
import { parsePage, snapshot } from './dom';

/** A page whose paragraphs are `htmls`; returns the document and the paragraph elements. */
function page(...htmls: string[]): { doc: Document; paragraphs: Element[] } {
  const doc = parsePage(
    `<html><head></head><body><article>${htmls.join('')}</article></body></html>`,
  );
  return { doc, paragraphs: Array.from(doc.querySelectorAll('article > *')) };
}

/** Marks `specs` and returns, per quote id, the concatenated text of its marks. */
function mark(paragraphs: Element[], specs: QuoteSpec[]) {
  const analysis = analysisOf(
    paragraphs.map(p => p.textContent ?? ''),
    specs,
  );
  const count = markQuotes(paragraphs, analysis);
  return { count, analysis };
}

const markedText = (doc: Document, id: string) =>
  marksOf(doc, id)
    .map(m => m.textContent)
    .join('');

afterEach(() => removeMarks(document));

describe('entrypoints/article.content/highlighter', () => {
  test.each([
    [
      'a quote inside one text node',
      ['<p>“Kami siap,” kata Budi.</p>'],
      { paragraph: 0, text: 'Kami siap' },
      1,
    ],
    [
      'a quote split by inline markup',
      ['<p>“Kami <b>sangat</b> siap,” kata Budi.</p>'],
      { paragraph: 0, text: 'Kami sangat siap' },
      3,
    ],
    [
      'a quote across nested elements',
      ['<p>“Ini <em>sudah <a href="#">final</a> dan</em> sah,” katanya.</p>'],
      { paragraph: 0, text: 'Ini sudah final dan sah' },
      5,
    ],
    ['a whole paragraph', ['<p>Kalimat penuh.</p>'], { paragraph: 0, text: 'Kalimat penuh.' }, 1],
    [
      'a quote in the second paragraph',
      ['<p>Satu.</p>', '<p>“Dua,” kata Ani.</p>'],
      { paragraph: 1, text: 'Dua' },
      1,
    ],
  ])('marks %s, one wrapper per text-node piece', (_name, htmls, spec, pieces) => {
    const { doc, paragraphs } = page(...htmls);
    const { count } = mark(paragraphs, [spec]);
    expect(count).toBe(pieces);
    expect(markedText(doc, 'q1')).toBe(spec.text);
    // Never wraps across an element boundary: each mark holds exactly one text node.
    for (const m of marksOf(doc, 'q1')) {
      expect(m.childNodes).toHaveLength(1);
      expect(m.firstChild!.nodeType).toBe(3);
    }
  });

  test('skips whitespace-only pieces', () => {
    const { doc, paragraphs } = page('<ul><li>“Satu</li> <li>dua”</li></ul>');
    const list = paragraphs[0]!;
    mark([list], [{ paragraph: 0, text: 'Satu dua' }]);
    expect(marksOf(doc, 'q1').map(m => m.textContent)).toEqual(['Satu', 'dua']);
    // The space between the <li>s stays a bare text node of the <ul>.
    expect(list.querySelectorAll(`ul > ${MARK_TAG}`)).toHaveLength(0);
  });

  test('marks several quotes in one paragraph, by speaker colour', () => {
    const { doc, paragraphs } = page(
      '<p>“Satu,” kata Ani. “Dua,” kata Budi. “Tiga,” lanjut Ani.</p>',
    );
    mark(paragraphs, [
      { paragraph: 0, text: 'Satu', speakers: ['Ani'] },
      { paragraph: 0, text: 'Dua', speakers: ['Budi'] },
      { paragraph: 0, text: 'Tiga', speakers: ['Ani'] },
    ]);
    const attrs = ['q1', 'q2', 'q3'].map(id => {
      const m = marksOf(doc, id)[0]!;
      return [m.textContent, m.getAttribute('data-ks-speaker'), m.getAttribute('style')];
    });
    expect(attrs).toEqual([
      ['Satu', 'Ani', `background: ${SPEAKER_COLORS[0]}`],
      ['Dua', 'Budi', `background: ${SPEAKER_COLORS[1]}`],
      ['Tiga', 'Ani', `background: ${SPEAKER_COLORS[0]}`],
    ]);
  });

  test('marks an unnamed speaker in grey with an empty data-ks-speaker', () => {
    const { doc, paragraphs } = page('<p>“Sepi,” kata seorang pedagang.</p>');
    mark(paragraphs, [{ paragraph: 0, text: 'Sepi', speakers: [] }]);
    const m = marksOf(doc, 'q1')[0]!;
    expect(m.getAttribute('data-ks-speaker')).toBe('');
    expect(m.getAttribute('style')).toBe(`background: ${UNNAMED_COLOR}`);
  });

  test('handles overlapping quotes and still round-trips', () => {
    const { doc, paragraphs } = page('<p>“Aku <i>bilang</i> ‘tidak’ tadi,” kata Ani.</p>');
    const before = snapshot(doc);
    mark(paragraphs, [
      { paragraph: 0, text: 'Aku bilang ‘tidak’ tadi', speakers: ['Ani'] },
      { paragraph: 0, text: 'tidak', speakers: ['Budi'] },
    ]);
    expect(markedText(doc, 'q2')).toBe('tidak');
    removeMarks(doc);
    expect(snapshot(doc)).toBe(before);
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
  ])('removeMarks restores the page exactly (%s)', (_name, htmls) => {
    const { doc, paragraphs } = page(...htmls);
    const before = snapshot(doc);
    const nodesBefore = paragraphs.map(p => p.childNodes.length);
    const specs: QuoteSpec[] = paragraphs.map((p, i) => ({
      paragraph: i,
      text: (p.textContent ?? '').slice(1, -3),
    }));
    expect(mark(paragraphs, specs).count).toBeGreaterThan(0);
    expect(doc.getElementById('ks-mark-style')).not.toBeNull();
    expect(snapshot(doc)).not.toBe(before);
    removeMarks(doc);
    expect(snapshot(doc)).toBe(before);
    // Split text nodes are merged back, not just serialised the same.
    expect(paragraphs.map(p => p.childNodes.length)).toEqual(nodesBefore);
    expect(hasMarks()).toBe(false);
  });

  test('ignores spans that point nowhere', () => {
    const { paragraphs } = page('<p>Teks.</p>');
    const analysis = analysisOf(['Teks.'], [{ paragraph: 0, text: 'Teks' }]);
    analysis.spans.q1 = { paragraph: 5, start: 0, end: 3 };
    expect(markQuotes(paragraphs, analysis)).toBe(0);
  });

  test.each<[string, (p: Element) => void]>([
    ['rewritten', p => (p.innerHTML = 'Kata pengantar yang lain sama sekali.')],
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
      expect(markQuotes(paragraphs, analysis)).toBe(1);
      expect(marksOf(doc, 'q1')).toEqual([]);
      expect(markedText(doc, 'q2')).toBe('Tentu.');
    },
  );
});

describe('tooltip', () => {
  const quote = (speakerIds: string[], cue: string | null, mention: string | null) => ({
    id: 'q1',
    type: 'direct' as const,
    text: 'x',
    speakerIds,
    cue,
    mention,
    paragraph: 0,
  });
  const xi = {
    id: 's1',
    name: 'Xi Jinping',
    role: 'Presiden China',
    aliases: [],
    kind: 'person' as const,
  };
  const putin = {
    id: 's2',
    name: 'Vladimir Putin',
    role: null,
    aliases: [],
    kind: 'person' as const,
  };

  test.each([
    [
      'speaker with role, cue and mention',
      quote(['s1'], 'kata', 'Xi'),
      [xi],
      'Xi Jinping, Presiden China — kata (Xi)',
    ],
    [
      'group',
      quote(['s1', 's2'], 'ujar', 'mereka'),
      [xi, putin],
      'Xi Jinping dan Vladimir Putin — ujar (mereka)',
    ],
    [
      'a mention that spells the name out is left out',
      quote(['s1'], 'kata', 'Presiden China Xi Jinping'),
      [xi],
      'Xi Jinping, Presiden China — kata',
    ],
    ['no role, no mention', quote(['s2'], 'tulis', null), [putin], 'Vladimir Putin — tulis'],
    ['unnamed, floating', quote([], null, null), [], 'Pembicara tidak disebut'],
  ])('%s', (_name, q, speakers, expected) => expect(tooltip(q, speakers)).toBe(expected));
});

import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { QuoteMarks } from '../../entrypoints/article.content/highlighter';
import { MarkDescriptions } from '../../entrypoints/article.content/mark-descriptions';
import { paragraphDescription } from '../../entrypoints/article.content/mark-words';
import { markTooltip as tooltipOf } from '../../entrypoints/article.content/tooltip-words';
import { setMessageSource, t, useMessageTemplates } from '../../utils/i18n';
import { MARK_MESSAGE_KEYS, messageTemplates } from '../../utils/message-templates';
import { catalogue } from '../panel/catalogue';
import { useCatalogue } from '../panel/messages';
import { analysisOf } from './analysis';
import { parsePage, snapshot } from './dom';

/** The tooltip in the words of utils/i18n.ts, as the marking bundle hands them over. */
const markTooltip = (mark: Parameters<typeof tooltipOf>[0]) => tooltipOf(mark, t);

let restore: () => void;
beforeEach(() => (restore = useCatalogue('en')));
afterEach(() => restore());

/** A page of `htmls` paragraphs marked with `specs`. */
function marked(htmls: string[], specs: Parameters<typeof analysisOf>[1]) {
  const doc = parsePage(
    `<html><head></head><body><article>${htmls.join('')}</article></body></html>`,
  );
  const paragraphs = Array.from(doc.querySelectorAll('article > p'));
  const before = snapshot(doc);
  const marks = new QuoteMarks(doc);
  marks.draw(
    paragraphs,
    analysisOf(
      paragraphs.map(p => p.textContent ?? ''),
      specs,
    ),
  );
  return { doc, paragraphs, marks, before };
}

describe('mark words: tooltip and description in the UI language', () => {
  test('the tooltip says who, then the panel’s plain-words "why"', () => {
    const { marks } = marked(
      ['<p>“Kami siap,” kata Budi Santoso.</p>', '<p>“Besok mulai,” ujarnya.</p>'],
      [
        {
          paragraph: 0,
          text: 'Kami siap',
          speakers: ['Budi Santoso'],
          cue: 'kata',
          mention: 'Budi Santoso',
        },
        {
          paragraph: 1,
          text: 'Besok mulai',
          speakers: ['Budi Santoso'],
          cue: 'ujarnya',
          mention: '-nya',
        },
      ],
    );
    const [first, second] = marks.all();
    expect(markTooltip(first!)).toEqual({
      who: 'Budi Santoso',
      why: 'Named here as “Budi Santoso”: Budi Santoso.',
    });
    expect(markTooltip(second!).why).toBe(
      'Named here as “ujarnya”, which points back to Budi Santoso, named in paragraph 1.',
    );
  });

  test('a quote without a named speaker says so', () => {
    const { marks } = marked(
      ['<p>“Mahal sekali,” kata seorang warga.</p>'],
      [{ paragraph: 0, text: 'Mahal sekali', speakers: [], cue: 'kata', mention: 'seorang warga' }],
    );
    expect(markTooltip(marks.all()[0]!).who).toBe('Speaker not named');
    expect(paragraphDescription(marks.all())).toBe('Quote, speaker not named');
  });

  test('a paragraph with many quotes names each speaker once', () => {
    const sentences = Array.from(
      { length: 6 },
      (_, i) => `“Kalimat ${i},” kata ${i % 2 ? 'Ani' : 'Budi'}.`,
    );
    const { marks } = marked(
      [`<p>${sentences.join(' ')}</p>`],
      sentences.map((_, i) => ({
        paragraph: 0,
        text: `Kalimat ${i}`,
        speakers: [i % 2 ? 'Ani' : 'Budi'],
      })),
    );
    expect(paragraphDescription(marks.all())).toBe('6 quotes: Budi; Ani');
  });

  test('a paragraph with several quotes names each speaker with the quote’s first words', () => {
    const { marks } = marked(
      ['<p>“Satu dua tiga empat lima enam,” kata Ani. “Tidak,” kata Budi.</p>'],
      [
        { paragraph: 0, text: 'Satu dua tiga empat lima enam', speakers: ['Ani'] },
        { paragraph: 0, text: 'Tidak', speakers: ['Budi'] },
      ],
    );
    expect(paragraphDescription(marks.all())).toBe(
      '2 quotes: Ani (“Satu dua tiga empat lima …”); Budi (“Tidak”)',
    );
  });
});

describe('mark descriptions for assistive technology', () => {
  const specs = [
    { paragraph: 0, text: 'Kami siap', speakers: ['Budi'] },
    { paragraph: 2, text: 'Nanti', speakers: [] },
  ];
  const htmls = [
    '<p>“Kami siap,” kata Budi.</p>',
    '<p>Tanpa kutipan.</p>',
    '<p class="x">“Nanti,” kata warga.</p>',
  ];

  test('describes each marked paragraph, and clearing restores the page exactly', () => {
    const { doc, paragraphs, marks, before } = marked(htmls, specs);
    expect(paragraphs.map(p => p.getAttribute('aria-description'))).toEqual([
      'Quote by Budi',
      null,
      'Quote, speaker not named',
    ]);
    // Nothing enters the tab order and no element is added: one attribute per marked paragraph.
    expect(doc.querySelectorAll('[tabindex], [role]').length).toBe(0);
    marks.clear();
    expect(snapshot(doc)).toBe(before);
  });

  test('a copy the page made of a described paragraph loses our description too', () => {
    const { doc, paragraphs, marks, before } = marked(htmls, specs);
    const copy = paragraphs[0]!.cloneNode(true) as Element;
    doc.body.append(copy);
    expect(copy.getAttribute('aria-description')).toBe('Quote by Budi');
    marks.clear();
    copy.remove();
    expect(snapshot(doc)).toBe(before);
    expect(copy.hasAttribute('aria-description')).toBe(false);
  });

  test('a copy marked again counts as having no description of its own', () => {
    const { doc, paragraphs, marks } = marked(htmls, specs);
    const copy = paragraphs[0]!.cloneNode(true) as Element;
    paragraphs[0]!.replaceWith(copy);
    marks.clear();
    const again = new MarkDescriptions(doc);
    again.write([copy], () => 'Quote by Budi');
    again.clear();
    expect(copy.hasAttribute('aria-description')).toBe(false);
  });

  test('a description of the page’s own is left alone', () => {
    const { paragraphs, marks } = marked(
      ['<p aria-description="Kutipan pilihan">“Kami siap,” kata Budi.</p>'],
      [specs[0]!],
    );
    expect(paragraphs[0]!.getAttribute('aria-description')).toBe('Kutipan pilihan');
    marks.clear();
    expect(paragraphs[0]!.getAttribute('aria-description')).toBe('Kutipan pilihan');
  });

  test('clearing one article’s marks leaves another article’s descriptions', () => {
    const doc = parsePage(
      '<html><body><p>“Satu,” kata Ani.</p><p>“Dua,” kata Budi.</p></body></html>',
    );
    const [a, b] = Array.from(doc.querySelectorAll('p'));
    const first = new MarkDescriptions(doc);
    const second = new MarkDescriptions(doc);
    first.write([a!], () => 'Quote by Ani');
    second.write([b!], () => 'Quote by Budi');
    first.clear();
    expect([a!.getAttribute('aria-description'), b!.getAttribute('aria-description')]).toEqual([
      null,
      'Quote by Budi',
    ]);
  });
});

describe('mark descriptions need only the templates the background sends (MARK_MESSAGE_KEYS)', () => {
  // A key used here but missing from MARK_MESSAGE_KEYS would make the page load the whole
  // catalogue before its marks (a synchronous call that blocks the page): every description is
  // worded here with a catalogue that records what it is asked.
  test('no description of one, two-speaker, unnamed or several quotes asks the catalogue', () => {
    const asked: string[] = [];
    const templates = messageTemplates(MARK_MESSAGE_KEYS, catalogue('en'));
    const putBack = setMessageSource(key => (asked.push(key), ''));
    try {
      useMessageTemplates(templates);
      const { marks } = marked(
        [
          '<p>“Kami siap,” kata Budi Santoso.</p>',
          '<p>“Kami sepakat,” kata Ani dan Dodi.</p>',
          '<p>“Mahal sekali,” kata seorang warga.</p>',
          '<p>“Satu,” kata Ani. “Dua,” kata seorang warga.</p>',
        ],
        [
          { paragraph: 0, text: 'Kami siap', speakers: ['Budi Santoso'], cue: 'kata' },
          { paragraph: 1, text: 'Kami sepakat', speakers: ['Ani', 'Dodi'], cue: 'kata' },
          { paragraph: 2, text: 'Mahal sekali', speakers: [], cue: 'kata' },
          { paragraph: 3, text: 'Satu', speakers: ['Ani'], cue: 'kata' },
          { paragraph: 3, text: 'Dua', speakers: [], cue: 'kata' },
        ],
      );
      const all = marks.all();
      const descriptions = [
        paragraphDescription([all[0]!]),
        paragraphDescription([all[1]!]),
        paragraphDescription([all[2]!]),
        paragraphDescription([all[3]!, all[4]!]),
      ];
      expect(asked).toEqual([]);
      expect(descriptions).toEqual([
        'Quote by Budi Santoso',
        `Quote by Ani ${templates.whyAnd} Dodi`,
        'Quote, speaker not named',
        expect.stringContaining('Ani (“Satu”)'),
      ]);
    } finally {
      putBack();
    }
  });
});

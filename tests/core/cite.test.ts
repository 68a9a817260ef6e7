import { describe, expect, it } from 'vitest';
import { citeHtml, citeText, encodeFragmentTerm, textFragmentUrl } from '../../core/cite';
import { DEFAULT_SUMMARY_LABELS } from '../../core/summary';
import { SAMPLE_RESULT, quote } from '../panel/sample-result';

describe('core/cite text fragments', () => {
  it.each([
    ['spaces and letters', 'Kami siap', 'Kami%20siap'],
    [
      'dash and comma are reserved by the syntax',
      'pro-rakyat, katanya',
      'pro%2Drakyat%2C%20katanya',
    ],
    ['ampersand and hash', 'A & B #1', 'A%20%26%20B%20%231'],
    ['non-ASCII', 'Rp 5 “juta”', 'Rp%205%20%E2%80%9Cjuta%E2%80%9D'],
  ])('encodes %s', (_name, text, expected) => {
    expect(encodeFragmentTerm(text)).toBe(expected);
  });

  it('links a short quote whole, replacing the URL’s own fragment', () => {
    expect(textFragmentUrl('https://r.id/berita/x#top', 'Harga  naik\nterus')).toBe(
      'https://r.id/berita/x#:~:text=Harga%20naik%20terus',
    );
  });

  it('links a long quote by its first and last words (textStart,textEnd)', () => {
    const text = 'satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas dua-belas';
    expect(textFragmentUrl('https://r.id/a', text)).toBe(
      'https://r.id/a#:~:text=satu%20dua%20tiga%20empat,sembilan%20sepuluh%20sebelas%20dua%2Dbelas',
    );
  });
});

describe('core/cite citations', () => {
  const q = SAMPLE_RESULT.quotes.find(item => item.id === 'q3')!;

  it('plain text: the quote, the speaker, the link to the sentence', () => {
    expect(citeText(q, SAMPLE_RESULT, DEFAULT_SUMMARY_LABELS)).toBe(
      '“Rusia menyambut baik kerja sama China dan WHO”\n— Kremlin\n' +
        'https://internasional.republika.co.id/berita/r6t8xa382/china-rusia#:~:text=Rusia%20menyambut%20baik%20kerja%20sama%20China%20dan%20WHO\n',
    );
  });

  it('HTML: a blockquote in Indonesian and an escaped link', () => {
    const hostile = quote({ id: 'h', text: '<img src=x onerror=alert(1)>' });
    const html = citeHtml(hostile, SAMPLE_RESULT, DEFAULT_SUMMARY_LABELS);
    expect(html).toContain(
      '<blockquote lang="id">“&lt;img src=x onerror=alert(1)&gt;”</blockquote>',
    );
    expect(html).toContain('— Tanpa nama — <a href="https://internasional.republika.co.id/');
    expect(html).not.toMatch(/<img/);
  });
});

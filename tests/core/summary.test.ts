import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  explainQuote,
  formatSummaryHtml,
  formatSummaryText,
  groupBySpeaker,
  quoteLine,
} from '../../core/summary';
import type { AnalysisResult } from '../../core/types';
import { SAMPLE_RESULT, quote } from '../panel/sample-result';

const EMPTY: AnalysisResult = { ...SAMPLE_RESULT, speakers: [], quotes: [] };

describe('core/summary groupBySpeaker', () => {
  it.each<[string, AnalysisResult, [string | null, string[]][]]>([
    [
      'most quoted first, ties in result order, unnamed last',
      SAMPLE_RESULT,
      [
        ['Xi Jinping', ['q1', 'q2', 'q5']],
        ['Vladimir Putin', ['q1', 'q2']],
        ['Kremlin', ['q3', 'q4']],
        [null, ['q6']],
      ],
    ],
    ['no quotes: no groups', EMPTY, []],
    [
      'speakers without quotes are left out',
      { ...SAMPLE_RESULT, quotes: SAMPLE_RESULT.quotes.filter(q => q.id === 'q3') },
      [['Kremlin', ['q3']]],
    ],
    [
      'a quote naming an unknown id goes to the unnamed group',
      { ...SAMPLE_RESULT, quotes: [quote({ id: 'x', text: 't', speakerIds: ['nope'] })] },
      [[null, ['x']]],
    ],
  ])('%s', (_name, result, expected) => {
    const groups = groupBySpeaker(result);
    expect(groups.map(g => [g.speaker?.name ?? null, g.quotes.map(q => q.id)])).toEqual(expected);
  });

  it('keeps the result index for colours, -1 for unnamed', () => {
    expect(groupBySpeaker(SAMPLE_RESULT).map(g => g.index)).toEqual([0, 1, 2, -1]);
  });
});

describe('core/summary quoteLine and explainQuote', () => {
  it.each([
    ['direct in curly quotes', quote({ id: 'a', text: 'Kami siap' }), '“Kami siap”'],
    [
      'reported labelled',
      quote({ id: 'a', type: 'indirect', text: 'dia siap' }),
      '(tidak langsung) dia siap',
    ],
  ])('quoteLine: %s', (_name, q, expected) => {
    expect(quoteLine(q)).toBe(expected);
  });

  it.each([
    ['cue containing the mention (-nya)', 'q5', 'ujarnya → Xi Jinping'],
    ['cue and names for a group', 'q1', 'kata Xi dan Putin → Xi Jinping, Vladimir Putin'],
    ['pronoun mention', 'q2', 'kata mereka → Xi Jinping, Vladimir Putin'],
    ['unnamed: words only', 'q6', 'kata seorang warga'],
  ])('explainQuote: %s', (_name, id, expected) => {
    const q = SAMPLE_RESULT.quotes.find(item => item.id === id)!;
    expect(explainQuote(q, SAMPLE_RESULT)).toBe(expected);
  });

  it('explainQuote: floating quote with a known speaker', () => {
    const q = quote({ id: 'f', text: 't', cue: null, speakerIds: ['s3'] });
    expect(explainQuote(q, SAMPLE_RESULT)).toBe('→ Kremlin');
  });
});

describe('core/summary formatSummaryText', () => {
  it('prints title, URL, then each speaker with quotes', () => {
    expect(formatSummaryText(SAMPLE_RESULT)).toBe(
      [
        'China-Rusia Ingin Pererat Kerja Sama dengan ASEAN',
        'https://internasional.republika.co.id/berita/r6t8xa382/china-rusia',
        '',
        'Xi Jinping (Presiden China)',
        '- “China dan Rusia mendukung peran sentral ASEAN”',
        '- “ASEAN sebagai elemen kunci”',
        '- “Kami senang”',
        '',
        'Vladimir Putin (Presiden Rusia)',
        '- “China dan Rusia mendukung peran sentral ASEAN”',
        '- “ASEAN sebagai elemen kunci”',
        '',
        'Kremlin',
        '- “Rusia menyambut baik kerja sama China dan WHO”',
        '- (tidak langsung) Rusia menentang politisasi isu kesehatan',
        '',
        'Tanpa nama',
        '- “Harga naik terus”',
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['no quotes: title and URL only', EMPTY, `${EMPTY.article.title}\n${EMPTY.article.url}\n`],
    [
      'no title or URL: speakers only',
      {
        ...SAMPLE_RESULT,
        article: { ...SAMPLE_RESULT.article, title: null, url: null },
        quotes: [SAMPLE_RESULT.quotes[5]!],
      },
      'Tanpa nama\n- “Harga naik terus”\n',
    ],
  ])('%s', (_name, result, expected) => {
    expect(formatSummaryText(result)).toBe(expected);
  });

  it('uses the given labels', () => {
    const text = formatSummaryText(SAMPLE_RESULT, { unnamed: 'Unnamed', reported: 'reported' });
    expect(text).toContain('\nUnnamed\n');
    expect(text).toContain('- (reported) Rusia menentang');
  });
});

describe('core/summary formatSummaryHtml', () => {
  it('builds headings and lists', () => {
    const html = formatSummaryHtml(SAMPLE_RESULT);
    expect(html).toContain('<h2>China-Rusia Ingin Pererat Kerja Sama dengan ASEAN</h2>');
    expect(html).toContain(
      '<a href="https://internasional.republika.co.id/berita/r6t8xa382/china-rusia">',
    );
    expect(html).toContain('<h3>Xi Jinping (Presiden China)</h3>\n<ul><li>“China dan Rusia');
  });

  it.each([
    ['title', { title: '<img src=x onerror=alert(1)>' }, '&lt;img src=x onerror=alert(1)&gt;'],
    ['javascript: URL is not linked', { url: 'javascript:alert(1)' }, '<p>javascript:alert(1)</p>'],
    [
      'quote in URL attribute',
      { url: 'https://x.id/"><b>' },
      'href="https://x.id/&quot;&gt;&lt;b&gt;"',
    ],
  ])('escapes page text: %s', (_name, article, expected) => {
    const html = formatSummaryHtml({ ...EMPTY, article: { ...EMPTY.article, ...article } });
    expect(html).toContain(expected);
    expect(html).not.toMatch(/<img|<b>|href="javascript/);
  });

  it('escapeHtml covers the five specials', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});

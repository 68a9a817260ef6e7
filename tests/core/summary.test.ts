import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  explainQuote,
  formatSummaryHtml,
  formatSummaryText,
  groupBySpeaker,
  groupHeading,
  groupName,
  quoteLine,
} from '../../core/summary';
import type { AnalysisResult, Quote } from '../../core/types';
import { SAMPLE_RESULT, quote } from '../panel/sample-result';

const EMPTY: AnalysisResult = { ...SAMPLE_RESULT, speakers: [], quotes: [] };

/** A result with the sample's speakers and the given quotes. */
const withQuotes = (...quotes: Quote[]): AnalysisResult => ({ ...SAMPLE_RESULT, quotes });
const XI = 's1';
const PUTIN = 's2';
const KREMLIN = 's3';

describe('core/summary groupBySpeaker', () => {
  // Each group as [member names, quote ids]; [] names for the unnamed group.
  it.each<[string, AnalysisResult, [string[], string[]][]]>([
    [
      'solo speakers only: one card each, most quoted first',
      withQuotes(
        quote({ id: 'a', text: 'a', speakerIds: [KREMLIN] }),
        quote({ id: 'b', text: 'b', speakerIds: [XI] }),
        quote({ id: 'c', text: 'c', speakerIds: [XI] }),
      ),
      [
        [['Xi Jinping'], ['b', 'c']],
        [['Kremlin'], ['a']],
      ],
    ],
    [
      'a pair only: one joint card, no card per member',
      withQuotes(
        quote({ id: 'a', text: 'a', speakerIds: [XI, PUTIN] }),
        quote({ id: 'b', text: 'b', speakerIds: [XI, PUTIN] }),
      ),
      [
        [
          ['Xi Jinping', 'Vladimir Putin'],
          ['a', 'b'],
        ],
      ],
    ],
    [
      'a pair plus one member solo: the joint quote is listed once, on the pair card',
      withQuotes(
        quote({ id: 'a', text: 'a', speakerIds: [XI, PUTIN] }),
        quote({ id: 'b', text: 'b', speakerIds: [XI] }),
        quote({ id: 'c', text: 'c', speakerIds: [XI] }),
      ),
      [
        [['Xi Jinping'], ['b', 'c']],
        [['Xi Jinping', 'Vladimir Putin'], ['a']],
      ],
    ],
    [
      'unnamed quotes: their own group, last even when largest',
      withQuotes(
        quote({ id: 'a', text: 'a' }),
        quote({ id: 'b', text: 'b' }),
        quote({ id: 'c', text: 'c', speakerIds: [KREMLIN] }),
      ),
      [
        [['Kremlin'], ['c']],
        [[], ['a', 'b']],
      ],
    ],
    [
      'the set, not the order of naming, keys the card (Putin dan Xi = Xi dan Putin)',
      withQuotes(
        quote({ id: 'a', text: 'a', speakerIds: [PUTIN, XI] }),
        quote({ id: 'b', text: 'b', speakerIds: [XI, PUTIN, XI] }),
      ),
      [
        [
          ['Xi Jinping', 'Vladimir Putin'],
          ['a', 'b'],
        ],
      ],
    ],
    [
      'ties keep first appearance in the article',
      withQuotes(
        quote({ id: 'a', text: 'a', speakerIds: [PUTIN] }),
        quote({ id: 'b', text: 'b', speakerIds: [XI, PUTIN] }),
      ),
      [
        [['Vladimir Putin'], ['a']],
        [['Xi Jinping', 'Vladimir Putin'], ['b']],
      ],
    ],
    [
      'the sample: pair and Kremlin tie (pair first), then Xi alone, unnamed last',
      SAMPLE_RESULT,
      [
        [
          ['Xi Jinping', 'Vladimir Putin'],
          ['q1', 'q2'],
        ],
        [['Kremlin'], ['q3', 'q4']],
        [['Xi Jinping'], ['q5']],
        [[], ['q6']],
      ],
    ],
    ['no quotes: no groups', EMPTY, []],
    [
      'an unknown id is dropped; with none left the quote goes to the unnamed group',
      withQuotes(
        quote({ id: 'a', text: 'a', speakerIds: ['nope'] }),
        quote({ id: 'b', text: 'b', speakerIds: [KREMLIN, 'nope'] }),
      ),
      [
        [['Kremlin'], ['b']],
        [[], ['a']],
      ],
    ],
  ])('%s', (_name, result, expected) => {
    const groups = groupBySpeaker(result);
    expect(groups.map(g => [g.members.map(m => m.speaker.name), g.quotes.map(q => q.id)])).toEqual(
      expected,
    );
    // Every quote is listed exactly once across the cards.
    expect(groups.flatMap(g => g.quotes.map(q => q.id)).sort()).toEqual(
      result.quotes.map(q => q.id).sort(),
    );
  });

  it("keeps each member's result index for colours and a key per set", () => {
    const groups = groupBySpeaker(SAMPLE_RESULT);
    expect(groups.map(g => [g.key, g.members.map(m => m.index)])).toEqual([
      ['s1+s2', [0, 1]],
      ['s3', [2]],
      ['s1', [0]],
      ['', []],
    ]);
  });

  it.each([
    [
      0,
      'Xi Jinping & Vladimir Putin',
      'Xi Jinping (Presiden China) & Vladimir Putin (Presiden Rusia)',
    ],
    [1, 'Kremlin', 'Kremlin'],
    [2, 'Xi Jinping', 'Xi Jinping (Presiden China)'],
    [3, 'Tanpa nama', 'Tanpa nama'],
  ])('group %i is named %s, headed %s', (at, name, heading) => {
    const group = groupBySpeaker(SAMPLE_RESULT)[at]!;
    expect(groupName(group)).toBe(name);
    expect(groupHeading(group)).toBe(heading);
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
    [
      '-nya points back to where the speaker was last named',
      'q5',
      'Disebut di sini sebagai “ujarnya”, yang merujuk ke Xi Jinping, disebut di paragraf 2.',
    ],
    [
      'words that name a group',
      'q1',
      'Disebut di sini sebagai “Xi dan Putin”: Xi Jinping dan Vladimir Putin.',
    ],
    [
      'a pronoun points back',
      'q2',
      'Disebut di sini sebagai “mereka”, yang merujuk ke Xi Jinping dan Vladimir Putin, disebut di paragraf 2.',
    ],
    ['unnamed: words only', 'q6', 'Disebut di sini sebagai “seorang warga”, tanpa nama.'],
  ])('explainQuote: %s', (_name, id, expected) => {
    const q = SAMPLE_RESULT.quotes.find(item => item.id === id)!;
    expect(explainQuote(q, SAMPLE_RESULT)).toBe(expected);
  });

  it('explainQuote: floating quote with a known speaker', () => {
    const q = quote({ id: 'f', text: 't', cue: null, speakerIds: ['s3'] });
    expect(explainQuote(q, SAMPLE_RESULT)).toBe(
      'Tanpa penanda di sini: lanjutan kutipan sebelumnya dari Kremlin.',
    );
  });

  it('explainQuote: a pronoun with no earlier naming says whom, not where', () => {
    const only = quote({ id: 'p', text: 't', mention: 'dia', speakerIds: ['s3'], paragraph: 0 });
    const result = { ...SAMPLE_RESULT, quotes: [only] };
    expect(explainQuote(only, result)).toBe(
      'Disebut di sini sebagai “dia”, yang merujuk ke Kremlin.',
    );
  });

  it('explainQuote: nothing to say for a floating quote without a speaker', () => {
    expect(explainQuote(quote({ id: 'f', text: 't', cue: null }), SAMPLE_RESULT)).toBe('');
  });
});

describe('core/summary formatSummaryText', () => {
  it('prints title, URL, then each card with its quotes, a joint quote once', () => {
    expect(formatSummaryText(SAMPLE_RESULT)).toBe(
      [
        'China-Rusia Ingin Pererat Kerja Sama dengan ASEAN',
        'https://internasional.republika.co.id/berita/r6t8xa382/china-rusia',
        '',
        'Xi Jinping (Presiden China) & Vladimir Putin (Presiden Rusia)',
        '- “China dan Rusia mendukung peran sentral ASEAN”',
        '- “ASEAN sebagai elemen kunci”',
        '',
        'Kremlin',
        '- “Rusia menyambut baik kerja sama China dan WHO”',
        '- (tidak langsung) Rusia menentang politisasi isu kesehatan',
        '',
        'Xi Jinping (Presiden China)',
        '- “Kami senang”',
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
    expect(html).toContain('<h2 lang="id">China-Rusia Ingin Pererat Kerja Sama dengan ASEAN</h2>');
    expect(html).toContain(
      '<a href="https://internasional.republika.co.id/berita/r6t8xa382/china-rusia">',
    );
    expect(html).toContain(
      '<h3>Xi Jinping (Presiden China) &amp; Vladimir Putin (Presiden Rusia)</h3>\n<ul><li lang="id">“China dan Rusia',
    );
    expect(html).toContain(
      '<h3>Xi Jinping (Presiden China)</h3>\n<ul><li lang="id">“Kami senang”</li></ul>',
    );
    // The joint quote is listed once.
    expect(html.split('peran sentral ASEAN')).toHaveLength(2);
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

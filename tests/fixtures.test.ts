/**
 * Every fixture page (tests/fixtures/pages/<slug>/) through the page side and the engine, checked
 * against its expected.json.
 *
 * One folder per page, Readability's way: `source.html` (the page as served) and `expected.json`
 * (what the page side and the engine must make of it).
 *
 * The pages are written by hand to mirror Republika's markup as documented in
 * `docs/republika-pages.md` (no live page was saved). Their prose is invented, except `seed-article`,
 * which is the seed article's own text.
 *
 * `expected.json`:
 *
 * - `url`: where the page is served. E2E tests serve `source.html` at
 *   `http://www.republika.co.id:PORT` + this URL's path (Chromium maps the host to 127.0.0.1).
 *   Keep it stable.
 * - `isArticle`: `PageState.analysis.article.isArticle`.
 * - `title`, `published`, `byline`: the `ArticleInfo` fields.
 * - `paragraphCount`: paragraphs handed to the engine.
 * - `hiddenCount`: `PageState.hiddenCount` once clutter is hidden (0 on non-articles: untouched).
 * - `quotes`: what a correct engine finds: `type`, speakers' canonical names (`[]` = unnamed) and
 *   `text` per the gold guidelines (no marks, no trailing `,.?!`).
 *
 * To add a page: save it as `source.html` in a new folder, write `expected.json` by hand (never by
 * copying the current output), and run `npx vitest run tests/fixtures.test.ts`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeDocument } from '../core/analyze-document';
import { findClutter } from '../core/article/find-clutter';
import type { Analysis, QuoteType } from '../core/types';
import { ClutterHider } from '../entrypoints/article.content/clutter-hider';
import { QuoteMarks } from '../entrypoints/article.content/highlighter';
import { parsePage, snapshot } from './content/dom';

interface Expected {
  url: string;
  isArticle: boolean;
  title: string | null;
  published: string | null;
  byline: string | null;
  paragraphCount: number;
  hiddenCount: number;
  quotes: { type: QuoteType; speakers: string[]; text: string }[];
}

const dir = join(__dirname, 'fixtures', 'pages');
const slugs = readdirSync(dir, { withFileTypes: true })
  .filter(entry => entry.isDirectory())
  .map(entry => entry.name);

function load(slug: string) {
  const expected = JSON.parse(readFileSync(join(dir, slug, 'expected.json'), 'utf8')) as Expected;
  const doc = parsePage(readFileSync(join(dir, slug, 'source.html'), 'utf8'));
  return { expected, doc };
}

/** The gold guidelines' text form: no trailing `,.?!` or spaces, single spaces. */
const norm = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/[\s,.?!]+$/, '')
    .trim();

/** The engine's quotes as `type | speakers | text`, speakers by canonical name. */
function quotesOf(analysis: Analysis) {
  const { speakers, quotes } = analysis.result;
  return quotes.map(q => ({
    type: q.type,
    speakers: q.speakerIds.map(id => speakers.find(s => s.id === id)?.name ?? id),
    text: norm(q.text),
  }));
}

test('there are fixture pages', () => expect(slugs.length).toBeGreaterThanOrEqual(5));

describe.each(slugs)('%s', slug => {
  const { expected, doc } = load(slug);
  const pristine = snapshot(doc);
  const { analysis, paragraphs, body } = analyzeDocument(doc, expected.url);

  test('analysis leaves the page unchanged', () => expect(snapshot(doc)).toBe(pristine));

  test('is recognised as an article or not', () => {
    expect(analysis.result.article.isArticle).toBe(expected.isArticle);
    expect(body !== null).toBe(expected.isArticle);
  });

  test('reads title, date and byline', () => {
    const { title, published, byline } = analysis.result.article;
    expect({ title, published, byline }).toEqual({
      title: expected.title,
      published: expected.published,
      byline: expected.byline,
    });
  });

  test('reads the expected number of paragraphs', () =>
    expect(paragraphs).toHaveLength(expected.paragraphCount));

  test('finds the expected clutter, and never a paragraph or its ancestor', () => {
    const hidden = body ? findClutter(doc, body) : [];
    expect(hidden).toHaveLength(expected.hiddenCount);
    for (const el of hidden) {
      expect(paragraphs.some(p => el === p || el.contains(p))).toBe(false);
    }
  });

  test('finds the expected quotes, by speaker', () => {
    const found = quotesOf(analysis);
    const missing = expected.quotes.filter(
      want =>
        !found.some(
          got =>
            got.type === want.type &&
            got.speakers.join('|') === want.speakers.join('|') &&
            // Indirect clauses may legitimately start a word earlier ("agar …"): overlap counts.
            (got.text.includes(norm(want.text)) || norm(want.text).includes(got.text)),
        ),
    );
    expect(missing).toEqual([]);
    expect(found).toHaveLength(expected.quotes.length);
  });

  test('every quote span is its quote text in the paragraph', () => {
    for (const quote of analysis.result.quotes) {
      const span = analysis.spans[quote.id]!;
      const text = paragraphs[span.paragraph]!.textContent!.slice(span.start, span.end);
      expect(norm(text)).toBe(norm(quote.text));
    }
  });

  test('mark + unmark and hide + show round-trip the page exactly', () => {
    const marks = new QuoteMarks(doc);
    const hider = new ClutterHider(doc);
    const count = marks.draw(paragraphs, analysis);
    expect(marks.describe().map(m => m.quoteId)).toEqual(analysis.result.quotes.map(q => q.id));
    if (body) hider.hide(findClutter(doc, body));
    expect(snapshot(doc) !== pristine).toBe(count > 0 || expected.hiddenCount > 0);
    marks.clear();
    hider.showAll();
    expect(snapshot(doc)).toBe(pristine);
  });
});

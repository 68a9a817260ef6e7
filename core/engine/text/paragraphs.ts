/**
 * Which lines are article body: header lines (date, headline, standfirst, byline, caption) give
 * the article info; clutter lines are skipped; the `REPUBLIKA.CO.ID, CITY --` dateline opens the body.
 */
import { isClutterLine, isEndOfArticle } from '../../lexicon/clutter';
import { caselessAscii } from './chars';
import type { ArticleInfo } from '../../types';
import type { BodyParagraph } from '../candidate';
import { pairMarks } from '../quotes/quote-marks';
import { insideAny, tokenize } from './text';

const DATELINE_RE =
  /^\s*REPUBLIKA\.CO\.ID\s*,[\s\u00a0]*(?:[\p{Lu}][\p{L} .'/-]{0,40}?[\s\u00a0]*(?:--|–|—|-)[\s\u00a0]*)?/u;
const DATE_RE =
  /^(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)\s+\d{1,2}\s+\p{L}+\s+\d{4}\s+\d{1,2}:\d{2}/u;
// Case-insensitive as with `iu` (caselessAscii): `[^)]*` counts nothing, so `u` would change no match.
const INLINE_LINK_RE = caselessAscii(/\((?:baca(?:\s+juga)?|lihat(?:\s+juga)?|simak)\s*:[^)]*\)/gi);
const BYLINE_RE = caselessAscii(/^(?:Rep|Red)\s*:/i);

/** Header info and where the body starts, for a page's text as copied. */
export function readHeader(lines: readonly string[]): {
  bodyStart: number;
  info: Partial<ArticleInfo>;
} {
  const dateline = lines.findIndex(l => DATELINE_RE.test(l));
  if (dateline < 0) return { bodyStart: 0, info: {} };
  const head = lines.slice(0, dateline).map(l => l.trim());
  const info: Partial<ArticleInfo> = {};
  info.published = head.find(l => DATE_RE.test(l)) ?? null;
  info.byline = head.find(l => BYLINE_RE(l).test(l)) ?? null;
  info.title = head.find(l => l && !DATE_RE.test(l) && !isClutterLine(l)) ?? null;
  return { bodyStart: dateline, info };
}

/** The body paragraphs from `bodyStart`, clutter skipped, with marks and tokens read once. */
export function bodyParagraphs(lines: readonly string[], bodyStart: number): BodyParagraph[] {
  const out: BodyParagraph[] = [];
  for (let i = bodyStart; i < lines.length; i++) {
    const text = lines[i]!;
    if (isEndOfArticle(text.trim())) break;
    if (!text.trim() || isClutterLine(text)) continue;
    const from = DATELINE_RE.exec(text)?.[0].length ?? 0;
    // Inline related links (`(Baca: …)`) are clutter inside prose: their words are never read.
    const inLink = insideAny(
      [...text.matchAll(INLINE_LINK_RE(text))].map(m => ({
        start: m.index,
        end: m.index + m[0].length,
      })),
    );
    const tokens = tokenize(text, from).filter(t => !inLink(t.start));
    out.push({ index: i, text, from, marks: pairMarks(text), tokens });
  }
  return out;
}

/**
 * Turns a result into the CLI's output formats: JSON (schema v1, the article's text exactly),
 * Markdown and plain text (the article's text made safe to show: see `plain` and `markdown`).
 */
import {
  explainQuote,
  formatSummaryText,
  groupBySpeaker,
  groupHeading,
  quoteLine,
} from '../../core/summary';
import type { AnalysisResult } from '../../core/types';
import type { OutputFormat } from './args';

/** The result in `format`, ending with a newline. */
export function render(result: AnalysisResult, format: OutputFormat): string {
  if (format === 'json') return JSON.stringify(result, null, 2) + '\n';
  const shown = mapText(result, plain);
  if (!shown.article.isArticle) return notAnArticle(shown, format);
  return format === 'markdown' ? renderMarkdown(shown) : formatSummaryText(shown);
}

// Characters that must not reach a terminal or a document raw: C0 and C1 controls and DEL (a
// terminal runs escape sequences), bidi embeddings, overrides and isolates (they reorder what is
// shown: `U+202E` makes text read backwards), and line breaks inside one field.
const LINE_BREAKS = /[\n\r\t\v\f\u0085\u2028\u2029]+/gu;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * A piece of article text as one line of plain text: line breaks and tabs become one space, other
 * controls a visible escape (`\u202E`), so the text reads as the page shows it and cannot act.
 */
export function plain(text: string): string {
  return text
    .replace(LINE_BREAKS, ' ')
    .replace(CONTROLS, c => `\\u${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
}

// Inline Markdown syntax (CommonMark): emphasis, code, links and images, raw HTML and autolinks,
// backslash escapes, strikethrough and tables (GFM). Line-start syntax (`#`, `-`, `>`, `1.`) never
// applies: every piece of article text follows our own `# `, `## ` or `- ` on its line.
const MARKDOWN_SYNTAX = /[\\`*_[\]<>~|]|&(?=#?[\p{L}\p{N}]+;)/gu;

/** A piece of article text (already `plain`) as Markdown that shows exactly that text. */
export function markdown(text: string): string {
  return text.replace(MARKDOWN_SYNTAX, c => `\\${c}`);
}

/** The result with every piece of article text passed through `f` (ids and numbers kept). */
function mapText(result: AnalysisResult, f: (text: string) => string): AnalysisResult {
  const opt = (text: string | null) => (text === null ? null : f(text));
  const { article } = result;
  return {
    ...result,
    article: {
      ...article,
      url: opt(article.url),
      title: opt(article.title),
      published: opt(article.published),
      byline: opt(article.byline),
    },
    speakers: result.speakers.map(s => ({
      ...s,
      name: f(s.name),
      role: opt(s.role),
      aliases: s.aliases.map(f),
    })),
    quotes: result.quotes.map(q => ({
      ...q,
      text: f(q.text),
      cue: opt(q.cue),
      mention: opt(q.mention),
    })),
  };
}

function notAnArticle(result: AnalysisResult, format: OutputFormat): string {
  const url = result.article.url;
  const where = url ? ` (${format === 'markdown' ? markdown(url) : url})` : '';
  const line = `Not a Republika article${where}: nothing to analyse.`;
  return format === 'markdown' ? `_${line}_\n` : `${line}\n`;
}

/** Markdown: a heading per speaker (or set of joint speakers), each quote with its explanation and paragraph. */
function renderMarkdown(result: AnalysisResult): string {
  const { title, url, published, byline } = result.article;
  const out: string[] = [`# ${title ? markdown(title) : 'Untitled article'}`, ''];
  const meta = [url && link(url), published && markdown(published), byline && markdown(byline)];
  if (meta.some(Boolean)) out.push(meta.filter(Boolean).join(' · '), '');
  if (result.quotes.length === 0) out.push('_No quoted declarations found._', '');
  for (const group of groupBySpeaker(result)) {
    out.push(`## ${markdown(groupHeading(group))}`, '');
    for (const quote of group.quotes) {
      const why = explainQuote(quote, result);
      const line = markdown(quoteLine(quote));
      out.push(`- ${line}${why ? ` — _${markdown(why)}_` : ''} (¶${quote.paragraph + 1})`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** A web address as an autolink (the URL parser percent-encodes `<`, `>` and spaces); else text. */
function link(url: string): string {
  if (!/^https?:\/\//iu.test(url) || !URL.canParse(url)) return markdown(url);
  return `<${new URL(url).href}>`;
}

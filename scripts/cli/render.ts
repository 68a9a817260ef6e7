/** Turns a result into the CLI's output formats: JSON (schema v1), Markdown, plain text. */
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
  if (!result.article.isArticle) return notAnArticle(result, format);
  return format === 'markdown' ? renderMarkdown(result) : formatSummaryText(result);
}

function notAnArticle(result: AnalysisResult, format: OutputFormat): string {
  const where = result.article.url ? ` (${result.article.url})` : '';
  const line = `Not a Republika article${where}: nothing to analyse.\n`;
  return format === 'markdown' ? `_${line.trim()}_\n` : line;
}

/** Markdown: a heading per speaker (or set of joint speakers), each quote with its explanation and paragraph. */
function renderMarkdown(result: AnalysisResult): string {
  const { title, url, published, byline } = result.article;
  const out: string[] = [`# ${title ?? 'Untitled article'}`, ''];
  const meta = [url && `<${url}>`, published, byline].filter(Boolean);
  if (meta.length) out.push(meta.join(' · '), '');
  if (result.quotes.length === 0) out.push('_No quoted declarations found._', '');
  for (const group of groupBySpeaker(result)) {
    out.push(`## ${groupHeading(group)}`, '');
    for (const quote of group.quotes) {
      const why = explainQuote(quote, result);
      out.push(`- ${quoteLine(quote)}${why ? ` — _${why}_` : ''} (¶${quote.paragraph + 1})`);
    }
    out.push('');
  }
  return out.join('\n');
}

/**
 * Copies the summary to the clipboard as both plain text and HTML, so a paste into a mail or a
 * document keeps headings and lists, and a paste into a plain field still reads well.
 */
import type { AnalysisResult } from '../core/types';
import {
  formatSummaryHtml,
  formatSummaryMarkdown,
  formatSummaryText,
  type SummaryLabels,
} from '../core/summary';
import { sanitizeHtml } from '../core/sanitize';
import { cleanText } from '../core/clean-text';

/** `result` with every piece of page text cleaned of bidi and control characters (issue 7). */
export function cleanResult(result: AnalysisResult): AnalysisResult {
  const clean = (text: string | null) => (text === null ? null : cleanText(text));
  return {
    ...result,
    article: {
      ...result.article,
      title: clean(result.article.title),
      byline: clean(result.article.byline),
    },
    speakers: result.speakers.map(s => ({ ...s, name: cleanText(s.name), role: clean(s.role) })),
    quotes: result.quotes.map(q => ({ ...q, text: cleanText(q.text), mention: clean(q.mention) })),
  };
}

/** What the copy did: rich (text + HTML), plain (text only, after fallback), or why it failed. */
export type CopyOutcome = { ok: true; rich: boolean } | { ok: false; reason: string };

/** The clipboard methods used; `navigator.clipboard` by default, a fake in tests. */
export type SummaryClipboard = Partial<Pick<Clipboard, 'write' | 'writeText'>>;

/** What "copy summary" puts on the clipboard. */
export type SummaryFormat = 'rich' | 'text' | 'markdown';

/**
 * Writes the summary of `result`: `rich` as plain text plus HTML (through the sanitizer), `text`
 * as plain text only, `markdown` as Markdown text. The text is built before the first `await`:
 * Chrome only lets a focused document with a fresh user gesture write, so nothing may delay it.
 */
export async function copySummary(
  result: AnalysisResult,
  labels?: SummaryLabels,
  clipboard: SummaryClipboard | undefined = globalThis.navigator?.clipboard,
  format: SummaryFormat = 'rich',
): Promise<CopyOutcome> {
  const copied = cleanResult(result);
  const text =
    format === 'markdown'
      ? formatSummaryMarkdown(copied, labels)
      : formatSummaryText(copied, labels);
  const html = format === 'rich' ? sanitizeHtml(formatSummaryHtml(copied, labels)) : null;
  return writeClipboard(text, html, clipboard);
}

/**
 * Writes `text`, with `html` as a rich alternative when given (already sanitized by the caller),
 * falling back to plain text where the browser refuses HTML.
 */
export async function writeClipboard(
  text: string,
  html: string | null,
  clipboard: SummaryClipboard | undefined = globalThis.navigator?.clipboard,
): Promise<CopyOutcome> {
  if (!clipboard) return { ok: false, reason: 'no-clipboard' };
  if (html !== null && clipboard.write && typeof ClipboardItem === 'function') {
    try {
      const item = new ClipboardItem({
        'text/plain': new Blob([text], { type: 'text/plain' }),
        'text/html': new Blob([html], { type: 'text/html' }),
      });
      await clipboard.write([item]);
      return { ok: true, rich: true };
    } catch {
      // Some browsers refuse text/html items (or ClipboardItem) – plain text still helps the reader.
    }
  }
  if (!clipboard.writeText) return { ok: false, reason: 'no-clipboard' };
  try {
    await clipboard.writeText(text);
    return { ok: true, rich: false };
  } catch (error) {
    // DOMException is not an Error everywhere (jsdom), so read `message` structurally.
    const message = (error as { message?: unknown } | null)?.message;
    return { ok: false, reason: typeof message === 'string' && message ? message : String(error) };
  }
}

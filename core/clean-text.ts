/**
 * Page text made safe to copy: the article's own characters, minus the invisible ones that change
 * how the rest reads. A bidi override (U+202E) in a quote would reverse the reader's pasted
 * summary, and raw control characters break mail clients and terminals. Pure.
 */

// Bidi embeddings/overrides (U+202A–202E), isolates (U+2066–2069), marks (LRM, RLM, ALM), and
// C0/C1 controls and DEL except tab and line feed.
const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u0000-\u0008\u000B-\u001F\u007F-\u009F]/gu;

/** `text` without bidi controls and control characters (tab and line feed kept). */
export function cleanText(text: string): string {
  return text.replace(UNSAFE, '');
}

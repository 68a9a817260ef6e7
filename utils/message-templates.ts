/**
 * UI messages handed to the page code as templates, so that it words its marks' descriptions
 * without the extension's catalogue. In a content script the first `i18n.getMessage` loads the
 * whole catalogue with a synchronous call to the browser, in the same task as the marks: it blocked
 * the page's main thread 1.6–43 ms per article load (wall time, 12 fresh tabs on a loaded machine;
 * little CPU, so TaskDuration never showed it). The background's catalogue is loaded already.
 * So the background looks these up with `$1`, `$2`, … as the substitutions (`messageTemplates`)
 * and sends them with the analysis, and the page fills them in (`fillTemplate`) exactly as the
 * browser would: one pass, `$1`–`$9` replaced by the substitutions, a missing one by ''.
 */
import type { MessageSource } from './i18n';

/** The messages the page's mark descriptions need (entrypoints/article.content/mark-words.ts). */
export const MARK_MESSAGE_KEYS: readonly string[] = [
  'markBy',
  'markUnnamed',
  'markList',
  'markSpeakerNotNamed',
  'whyAnd',
];

/** The substitutions a template keeps as markers: `$1` … `$9` (the most a message may take). */
const MARKERS = Array.from({ length: 9 }, (_, i) => `$${i + 1}`);

/** Each of `keys` looked up in `source` with the markers as substitutions; unknown keys left out. */
export function messageTemplates(
  keys: readonly string[],
  source: MessageSource,
): Record<string, string> {
  const templates: Record<string, string> = {};
  for (const key of keys) {
    const template = source(key, MARKERS);
    if (template) templates[key] = template;
  }
  return templates;
}

/**
 * `template` with `$1` … `$9` replaced by `substitutions`, in one pass (as the browser does): what
 * `template.replace(/\$([1-9])/g, …)` gives, found with `indexOf` instead. The page code fills these
 * in the task that writes the marks, cold, where that expression was compiled twice on every
 * article load (for its first run, then to machine code for the next: 14 runs on seed-article; see
 * core/article/text-markers.ts for what such expressions cost the page).
 */
export function fillTemplate(template: string, substitutions: readonly string[]): string {
  let filled = '';
  let from = 0;
  for (let at = template.indexOf('$'); at >= 0; at = template.indexOf('$', at + 1)) {
    const n = template.charCodeAt(at + 1) - 48; // '0' is 48; NaN past the end
    if (!(n >= 1 && n <= 9)) continue;
    filled += template.slice(from, at) + (substitutions[n - 1] ?? '');
    from = at + 2;
  }
  return filled + template.slice(from);
}

/** True for a map of message templates (what the page accepts from a message). */
export function isMessageTemplates(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every(v => typeof v === 'string')
  );
}

/**
 * The detector's verdict, handed to the page code it asks for: both run in the extension's
 * isolated world of the same frame (one global object, which the page cannot see), so the
 * detector leaves the address it found an article at, and the page code's first read takes it
 * and does not test the address and the page's signals again (a second URL match, JSON-LD parse
 * and selector queries, on every article load). Taken once: a later read, or a page code started
 * for another address (the page moved meanwhile), tests them as before.
 *
 * The page code's own watch (../article-page.content) hands over what its test found too, the
 * article body and the JSON-LD block (core/article/detect.ts's `readArticleSignals`): its first
 * read runs in the same task, so it takes them as they are instead of looking for the body and
 * parsing the block again. The detector's verdict comes a browser round trip later (the page
 * code is injected then), so that read finds them afresh.
 */
import type { ArticleSignals } from '../../core/article/detect';

const DETECTED = Symbol.for('kata-siapa.detected');
type WithDetected = typeof globalThis & { [DETECTED]?: string };

/** What the page code's own watch found, for its first read (see above). */
let found: { href: string; signals: ArticleSignals } | null = null;

/**
 * The page at `href` is an article: the detector's verdict (called just before asking for the
 * page code), or the page code's own, with what its test found (`signals`) when the read comes in
 * the same task.
 */
export function markDetected(href: string, signals?: ArticleSignals): void {
  (globalThis as WithDetected)[DETECTED] = href;
  found = signals ? { href, signals } : null;
}

/**
 * Page code: true when a detector ran in this world and found an article (at whatever address):
 * the page code was asked for, not started by the manifest at an article address.
 */
export function wasAskedFor(): boolean {
  return DETECTED in globalThis;
}

/**
 * Page code: the verdict for `href`, used up: false when none was left for that address, else the
 * signals handed with it (their body still in the page), else true.
 */
export function takeDetected(href: string): boolean | ArticleSignals {
  const global = globalThis as WithDetected;
  const at = global[DETECTED];
  const given = found;
  delete global[DETECTED];
  found = null;
  if (at !== href) return false;
  return given?.href === href && given.signals.body.isConnected ? given.signals : true;
}

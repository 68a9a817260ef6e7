/**
 * The detector's verdict, handed to the page code it asks for: both run in the extension's
 * isolated world of the same frame (one global object, which the page cannot see), so the
 * detector leaves the address it found an article at, and the page code's first read takes it
 * and does not test the address and the page's signals again (a second URL match, JSON-LD parse
 * and selector queries, on every article load). Taken once: a later read, or a page code started
 * for another address (the page moved meanwhile), tests them as before.
 */
const DETECTED = Symbol.for('kata-siapa.detected');
type WithDetected = typeof globalThis & { [DETECTED]?: string };

/** Detector: the page at `href` is an article (called just before asking for the page code). */
export function markDetected(href: string): void {
  (globalThis as WithDetected)[DETECTED] = href;
}

/**
 * Page code: true when a detector ran in this world and found an article (at whatever address):
 * the page code was asked for, not started by the manifest at an article address.
 */
export function wasAskedFor(): boolean {
  return DETECTED in globalThis;
}

/** Page code: true when the detector found an article at `href`; the verdict is used up. */
export function takeDetected(href: string): boolean {
  const global = globalThis as WithDetected;
  const at = global[DETECTED];
  delete global[DETECTED];
  return at === href;
}

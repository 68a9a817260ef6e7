/**
 * UI strings from `public/_locales/<lang>/messages.json`, through the browser's i18n API, so the
 * panel speaks the browser's language (Indonesian by default, English when the browser is English).
 */
import { browser } from '#imports';

/** Looks up a message: `(key, substitutions) => text`, '' when the key is unknown. */
export type MessageSource = (key: string, substitutions?: string[]) => string;

const browserSource: MessageSource = (key, substitutions) =>
  browser.i18n.getMessage(key as never, substitutions);

let source: MessageSource = browserSource;

/**
 * Test seam: swap the lookup (tests load messages.json themselves, since the fake browser has no
 * catalogue). Returns a function that puts the previous lookup back.
 */
export function setMessageSource(next: MessageSource): () => void {
  const previous = source;
  source = next;
  return () => {
    source = previous;
  };
}

/**
 * The UI text for `key`. Numbers are accepted as substitutions for convenience. Falls back to the
 * key itself so a missing translation shows up as an odd word rather than an empty button.
 */
export function t(key: string, substitutions: (string | number)[] = []): string {
  let text = '';
  try {
    text = source(key, substitutions.map(String));
  } catch {
    // No i18n API (e.g. a page opened outside the extension): fall through to the key.
  }
  return text || key;
}

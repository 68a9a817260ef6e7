/**
 * UI strings from `public/_locales/<lang>/messages.json`, through the browser's i18n API, so the
 * panel speaks the browser's language (Indonesian by default, English when the browser is English).
 */
import { browser } from '#imports';
import type { WhyLabels } from '../core/summary';
import { fillTemplate } from './message-templates';
import { whyLabelsFrom } from './why-labels';

/** Looks up a message: `(key, substitutions) => text`, '' when the key is unknown. */
export type MessageSource = (key: string, substitutions?: string[]) => string;

/**
 * The extension's catalogue in the browser's UI language; '' for an unknown key or where there is
 * no i18n API (a page opened outside the extension). The panel's `t()` reads it, and so does the
 * background for the words it sends the page code (utils/page-code.ts).
 */
export const catalogueMessage: MessageSource = (key, substitutions) => {
  try {
    return browser.i18n.getMessage(key as never, substitutions) ?? '';
  } catch {
    return '';
  }
};

let source: MessageSource = catalogueMessage;

/** Messages given as templates (utils/message-templates.ts), answered before `source`. */
let templates: Readonly<Record<string, string>> = {};

/**
 * Answers `t()` for these keys from their templates (the page code: sent by the background, so
 * its first marks never wait for the catalogue); other keys still come from the catalogue.
 */
export function useMessageTemplates(given: Readonly<Record<string, string>>): void {
  templates = { ...templates, ...given };
}

/**
 * Test seam: swap the lookup (tests load messages.json themselves, since the fake browser has no
 * catalogue), with no templates. Returns a function that puts the previous lookup back.
 */
export function setMessageSource(next: MessageSource): () => void {
  const previous = { source, templates };
  source = next;
  templates = {};
  return () => {
    ({ source, templates } = previous);
  };
}

/**
 * The UI text for `key`. Numbers are accepted as substitutions for convenience. Falls back to the
 * key itself so a missing translation shows up as an odd word rather than an empty button.
 */
export function t(key: string, substitutions: (string | number)[] = []): string {
  const given = substitutions.map(String);
  const template = Object.hasOwn(templates, key) ? templates[key] : undefined;
  // Neither throws: the catalogue answers '' where there is no i18n API.
  return (template !== undefined ? fillTemplate(template, given) : source(key, given)) || key;
}

/**
 * The language the UI strings are in: the catalogue's own `langTag` ('id' or 'en'). Not simply the
 * browser's UI language: a French browser gets the default catalogue (Indonesian), and `lang` must
 * say what the words on screen are.
 */
export function uiLanguage(): 'id' | 'en' {
  return t('langTag') === 'en' ? 'en' : 'id';
}

/**
 * The locale for dates and numbers: the browser's UI language (`en-GB`, `id-ID`) when it is the
 * catalogue's language, else the catalogue's language, so a date never switches language mid-panel.
 */
export function uiLocale(): string {
  const lang = uiLanguage();
  let ui = '';
  try {
    ui = browser.i18n.getUILanguage();
  } catch {
    // No i18n API (tests, a page opened outside the extension).
  }
  return ui.toLowerCase().split(/[-_]/)[0] === lang ? ui.replace('_', '-') : lang;
}

/** The "why" line's wording in the UI language, for `explainQuote`. */
export function whyLabels(): WhyLabels {
  return whyLabelsFrom(t);
}

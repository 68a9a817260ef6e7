import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { uiLanguage, uiLocale } from '../../utils/i18n';
import { useCatalogue } from './messages';

let restore = () => {};
afterEach(() => {
  restore();
  vi.restoreAllMocks();
});

describe('utils/i18n: the language of the words on screen', () => {
  it.each<['id' | 'en', string, string]>([
    ['en', 'en-GB', 'en-GB'],
    ['en', 'en_US', 'en-US'],
    ['id', 'id', 'id'],
    // A French browser gets the default (Indonesian) catalogue: dates follow the words, not French.
    ['id', 'fr-FR', 'id'],
  ])('catalogue %s, browser UI %s → locale %s', (lang, ui, locale) => {
    restore = useCatalogue(lang);
    browser.i18n.getUILanguage = () => ui;
    expect(uiLanguage()).toBe(lang);
    expect(uiLocale()).toBe(locale);
  });
});

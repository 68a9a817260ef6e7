/** Points the panel's `t()` at a real catalogue for component tests. */
import { afterEach, beforeEach } from 'vitest';
import { setMessageSource } from '../../utils/i18n';
import { unmountAll } from '../components/render';
import { catalogue } from './catalogue';

/** Uses the `lang` catalogue for `t()`; returns the restore function (for afterEach). */
export function useCatalogue(lang: 'id' | 'en'): () => void {
  return setMessageSource(catalogue(lang));
}

/**
 * The component tests' hooks in one call: before each test `reset()` (e.g. the fake browser) and
 * the `lang` catalogue for `t()`; after it, every mounted container unmounted and the catalogue
 * restored.
 */
export function useCatalogueEachTest(lang: 'id' | 'en', reset?: () => void): void {
  let restore = () => {};
  beforeEach(() => {
    reset?.();
    restore = useCatalogue(lang);
  });
  afterEach(() => {
    unmountAll();
    restore();
  });
}

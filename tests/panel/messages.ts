/** Points the panel's `t()` at a real catalogue for component tests. */
import { setMessageSource } from '../../utils/i18n';
import { catalogue } from './catalogue';

/** Uses the `lang` catalogue for `t()`; returns the restore function (for afterEach). */
export function useCatalogue(lang: 'id' | 'en'): () => void {
  return setMessageSource(catalogue(lang));
}

/**
 * Loads a real `_locales/<lang>/messages.json` as the i18n source, resolving `$NAME$` placeholders
 * the way browsers do, so component tests see the words a reader sees.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setMessageSource, type MessageSource } from '../../utils/i18n';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** A `MessageSource` over the catalogue for `lang`. */
export function catalogue(lang: 'id' | 'en'): MessageSource {
  const file = path.resolve(__dirname, '../../public/_locales', lang, 'messages.json');
  const entries = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Entry>;
  return (key, subs = []) => {
    const entry = entries[key];
    if (!entry) return '';
    const fill = (text: string) =>
      text.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_m, name: string) =>
      fill(entry.placeholders?.[name.toLowerCase()]?.content ?? ''),
    );
  };
}

/** Uses the `lang` catalogue for `t()`; returns the restore function (for afterEach). */
export function useCatalogue(lang: 'id' | 'en'): () => void {
  return setMessageSource(catalogue(lang));
}

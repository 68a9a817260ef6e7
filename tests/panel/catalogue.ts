/**
 * Reads a real `_locales/<lang>/messages.json` and resolves `$NAME$` placeholders the way browsers
 * do, so tests predict the exact words a reader sees. No extension imports: the e2e tests use it too.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** `(key, substitutions) => text` over the catalogue for `lang`; '' for unknown keys. */
export function catalogue(lang: 'id' | 'en'): (key: string, substitutions?: string[]) => string {
  const file = path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    '../../public/_locales',
    lang,
    'messages.json',
  );
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

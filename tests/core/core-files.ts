/**
 * The engine's source files, for the tests that read them as text (literal-lists.test.ts,
 * conjunctions.test.ts): one walk instead of a copy in each.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** The core/ folder. */
export const CORE = path.resolve(import.meta.dirname, '../../core');

/** Every `.ts` file under `dir`, its subfolders included. */
export function tsFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(e =>
    e.isDirectory()
      ? tsFilesUnder(path.join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [path.join(dir, e.name)]
        : [],
  );
}

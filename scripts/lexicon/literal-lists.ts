/**
 * Ships the lexicons' hand-written lists in their final shape. In core/lexicon/*.ts every call
 * `words(`…`)` or `placeWords(`…`)` whose argument is a plain template literal (no `${}`, no
 * backslash) is replaced, at build time, by `shipped("w1", "w2", …)` (core/lexicon/word-list.ts:
 * the array of its arguments) of the words that call returns.
 *
 * Why: the engine starts cold on every start of the service worker, and splitting the lists' prose
 * there (a split per list, new strings, each hashed again when a Set takes it) was a quarter of the
 * modules' set-up; string constants come from V8's code cache ready. (Why a call and not an array
 * literal: see `shipped`.) The source stays as written (readable, commented prose that
 * names7 and others edit), tests and tools run it unchanged, and tests/core/literal-lists.test.ts
 * checks that every lexicon module exports the same values built either way.
 *
 * Used by wxt.config.ts (a Vite plugin, for the extension) and scripts/cold-engine.ts (an esbuild
 * plugin, so that `npm run bench` measures what ships).
 */
import { readFile } from 'node:fs/promises';
import { placeWords, words } from '../../core/lexicon/word-list';

/** The list readers the build may run ahead of time, by the name the lexicons call them. */
const READERS: Readonly<Record<string, (list: string) => readonly string[]>> = {
  words,
  placeWords,
};

/**
 * A reader's call on a plain template literal: `words(`a b`)`, also with a trailing comma as
 * prettier writes a long call. A backtick, `${` or a backslash inside leaves the call as it is.
 */
const CALL = /\b(words|placeWords)\(\s*`([^`$\\]*)`\s*,?\s*\)/g;

/** Only the lexicons' own modules are rewritten (not generated ones, not the engine). */
const LEXICON_FILE = /[/\\]core[/\\]lexicon[/\\][^/\\]+\.ts$/;

/** Whether the build rewrites the module at `file` (an absolute path, maybe with a `?query`). */
export const isLexiconFile = (file: string): boolean => LEXICON_FILE.test(file.split('?')[0]!);

/** The name `shipped` is imported under: one no module of the lexicons uses. */
const SHIPPED = '__shippedList';

/**
 * The module's source with every such call replaced by its words as `shipped(…)`'s arguments (and
 * `shipped` imported first), and how many were. A template literal's text is its value here: no
 * escapes, and line ends are LF or CRLF, which the readers split on like any other space.
 */
export function literalLists(source: string): { code: string; replaced: number } {
  let replaced = 0;
  const code = source.replace(CALL, (_call, reader: string, list: string) => {
    replaced++;
    return `${SHIPPED}(${READERS[reader]!(list)
      .map(w => JSON.stringify(w))
      .join(', ')})`;
  });
  if (!replaced) return { code: source, replaced };
  return { code: `import { shipped as ${SHIPPED} } from './word-list';\n${code}`, replaced };
}

/** The Vite plugin (wxt.config.ts): runs before TypeScript is stripped, on lexicon modules only. */
export function literalListsVite() {
  return {
    name: 'kata-siapa:literal-lists',
    enforce: 'pre' as const,
    transform(source: string, id: string) {
      if (!isLexiconFile(id)) return null;
      const { code, replaced } = literalLists(source);
      return replaced ? { code, map: null } : null;
    },
  };
}

/** The esbuild plugin (scripts/cold-engine.ts, the bench's bundle of the engine). */
export function literalListsEsbuild() {
  return {
    name: 'kata-siapa:literal-lists',
    setup(build: {
      onLoad(
        options: { filter: RegExp },
        load: (args: { path: string }) => Promise<{ contents: string; loader: 'ts' }>,
      ): void;
    }) {
      build.onLoad({ filter: LEXICON_FILE }, async ({ path }) => ({
        contents: literalLists(await readFile(path, 'utf8')).code,
        loader: 'ts',
      }));
    },
  };
}

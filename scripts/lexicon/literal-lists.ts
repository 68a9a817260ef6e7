/**
 * Ships the engine's constant word lists in their final shape. At build time, in core/lexicon/*.ts
 * and core/engine/**.ts (not generated files):
 * - every call `words(`…`)` or `placeWords(`…`)` on a plain template literal (no `${}`, no
 *   backslash), the lexicons' prose lists, and
 * - every `'a b c'.split(' ')` of a string constant (one literal, or literals joined by `+` in
 *   parentheses), the engine's short lists,
 * is replaced by `shipped("w1", "w2", …)` (core/lexicon/word-list.ts: the array of its arguments)
 * of the very words it gives.
 *
 * Why: the engine starts cold on every start of the service worker, and splitting the lists there
 * (a split per list, new strings, each hashed again when a Set takes it) was about a third of the
 * modules' set-up; string constants come from V8's code cache ready. (Why a call and not an array
 * literal: see `shipped`.) The source stays as written (readable, commented prose that editors and
 * others edit), tests and tools run it unchanged, and tests/core/literal-lists.test.ts evaluates
 * every rewritten list as written, compares every lexicon module's exports built both ways, and
 * the engine's answers.
 *
 * Used by wxt.config.ts (a Vite plugin, for the extension) and scripts/cold-engine.ts (an esbuild
 * plugin, so that `npm run bench` measures what ships).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { placeWords, words } from '../../core/lexicon/word-list';

/** The list readers the build may run ahead of time, by the name the lexicons call them. */
const READERS: Readonly<Record<string, (list: string) => readonly string[]>> = {
  words,
  placeWords,
};

/**
 * A reader's call on a plain template literal: `words(`a b`)`, also with a trailing comma as
 * prettier writes a long call. A backtick, `${` or a backslash inside leaves the call as it is, and
 * so does a method or a longer name ending in `words` (`obj.words(…)`, `keywords(…)`).
 */
const CALL = /(?<![\w$])(?<![^.]\.)(words|placeWords)\(\s*`([^`$\\]*)`\s*,?\s*\)/g;

/**
 * One string literal (quoted or a plain template; no escapes, no `${}`): the text of a constant
 * list, which the engine's modules write as `'a b c'.split(' ')`. The quote must not be escaped.
 */
const STRING = String.raw`(?<!\\)(?:'[^'\\\n]*'|\x60[^\x60$\\]*\x60)`;
/**
 * A constant list split on single spaces: one literal, or literals joined by `+` in parentheses —
 * parentheses of their own, never a call's (`String('a b').split(' ')`, `f()('a b')` stay as written).
 */
const SPLIT = new RegExp(
  String.raw`(?:(?<![\w$)\]])\(\s*(${STRING}(?:\s*\+\s*${STRING})*)\s*\)|(${STRING}))\.split\(' '\)`,
  'g',
);

/** The modules rewritten: the engine's and the lexicons' (not generated ones, not the page's). */
const ENGINE_FILE = /[/\\]core[/\\](?:lexicon|engine)[/\\](?:(?!generated[/\\])[^?])+\.ts$/;

/** Whether the build rewrites the module at `file` (an absolute path, maybe with a `?query`). */
export const isEngineFile = (file: string): boolean => ENGINE_FILE.test(file.split('?')[0]!);

/** The name `shipped` is imported under: one no module of the engine uses. */
const SHIPPED = '__shippedList';
/** Where `shipped` lives. */
const WORD_LIST = path.resolve(import.meta.dirname, '../../core/lexicon/word-list.ts');

/** One rewritten list: the expression as written and the words it gives. */
export interface ShippedList {
  written: string;
  words: readonly string[];
}

/** The value of a string literal as STRING matches it (no escapes: its text). */
const literalText = (literal: string): string => literal.slice(1, -1);

/**
 * The module's source with every such call and split replaced by its words as `shipped(…)`'s
 * arguments (and `shipped` imported from `wordList`, the import path to word-list.ts), and the
 * lists replaced. A literal's text is its value here: no escapes; a template's line ends are LF or
 * CRLF, which the readers split on like any other space.
 *
 * Every line stays where it was, so the module's source map (the dev build's, and the stack traces
 * of errors) still points at the right line: a list written over several lines keeps its line
 * ends inside the call's parentheses, and the import goes last (imports are hoisted, wherever
 * they stand). Only the columns after a rewritten list on its line move; a map of the edits would
 * fix those too, at the price of a source-map library in the build for lines that hold a list.
 */
export function literalLists(
  source: string,
  wordList = './word-list',
): { code: string; replaced: ShippedList[] } {
  const replaced: ShippedList[] = [];
  const ship = (written: string, list: readonly string[]) => {
    replaced.push({ written, words: list });
    const lineEnds = '\n'.repeat(written.split('\n').length - 1);
    return `${SHIPPED}(${list.map(w => JSON.stringify(w)).join(', ')}${lineEnds})`;
  };
  const code = source
    .replace(CALL, (call, reader: string, list: string) => ship(call, READERS[reader]!(list)))
    .replace(SPLIT, (split, joined: string | undefined, single: string | undefined) => {
      const parts = (joined ?? single!).match(new RegExp(STRING, 'g'))!;
      return ship(split, parts.map(literalText).join('').split(' '));
    });
  if (!replaced.length) return { code: source, replaced };
  return { code: `${code}\nimport { shipped as ${SHIPPED} } from '${wordList}';\n`, replaced };
}

/** The import path from the module at `file` to word-list.ts, as an import names it. */
export function wordListFrom(file: string): string {
  const relative = path.relative(path.dirname(file.split('?')[0]!), WORD_LIST).replace(/\\/g, '/');
  return (relative.startsWith('.') ? relative : `./${relative}`).replace(/\.ts$/, '');
}

/** The Vite plugin (wxt.config.ts): runs before TypeScript is stripped, on the engine's modules only. */
export function literalListsVite() {
  return {
    name: 'kata-siapa:literal-lists',
    enforce: 'pre' as const,
    transform(source: string, id: string) {
      if (!isEngineFile(id)) return null;
      const { code, replaced } = literalLists(source, wordListFrom(id));
      // No map: the lines did not move (see literalLists), so the module's own map still holds.
      return replaced.length ? { code, map: null } : null;
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
        load: (args: { path: string }) => Promise<{ contents: string; loader: 'ts' } | undefined>,
      ): void;
    }) {
      // esbuild's filters are Go regexes (no lookahead): the rest is asked of isEngineFile.
      build.onLoad({ filter: /\.ts$/ }, async args =>
        isEngineFile(args.path)
          ? {
              contents: literalLists(await readFile(args.path, 'utf8'), wordListFrom(args.path))
                .code,
              loader: 'ts',
            }
          : undefined,
      );
    },
  };
}

// @vitest-environment node
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isLexiconFile,
  literalLists,
  literalListsEsbuild,
  literalListsVite,
} from '../../scripts/lexicon/literal-lists';

// What ships (the lists as array literals) must export exactly what the source as written does:
// every lexicon module is bundled and evaluated both ways and its values compared.

const LEXICON = path.resolve(import.meta.dirname, '../../core/lexicon');
const lexiconFiles = readdirSync(LEXICON)
  .filter(f => f.endsWith('.ts'))
  .map(f => path.join(LEXICON, f));

/** The module's exports, bundled on its own (with the given plugins) and evaluated. */
async function exportsOf(file: string, plugins: ReturnType<typeof literalListsEsbuild>[]) {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    format: 'cjs',
    platform: 'neutral',
    write: false,
    plugins,
  });
  const module = { exports: {} as Record<string, unknown> };
  new Function('module', 'exports', result.outputFiles[0]!.text)(module, module.exports);
  return module.exports;
}

/** Values only: a function is compared by what it answers in the lexicon's own tests. */
const values = (exports: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(exports).filter(([, v]) => typeof v !== 'function'));

describe('literalLists: a list reader called on a plain template literal ships its words', () => {
  const IMPORT = "import { shipped as __shippedList } from './word-list';\n";
  it.each([
    ['words(`  satu dua\n  tiga  `)', '__shippedList("satu", "dua", "tiga")'],
    ['words(\n  `satu dua`,\n)', '__shippedList("satu", "dua")'],
    [
      'placeWords(`Kota Baru, Tanah\n  Merah, Ujung`)',
      '__shippedList("kota", "baru", "tanah", "merah", "ujung")',
    ],
    [
      'const A = words(`x`), B = [...words(`y z`)];',
      'const A = __shippedList("x"), B = [...__shippedList("y", "z")];',
    ],
  ])('%j', (source, expected) => {
    expect(literalLists(source).code).toBe(IMPORT + expected);
  });

  it.each([
    // An interpolation, an escape or another function's call keeps its run-time call.
    'words(`satu ${LAIN}`)',
    'words(`satu\\tdua`)',
    'keywords(`satu dua`)',
    'words(LIST)',
    'words("satu dua")',
  ])('%j is left as written', source => {
    expect(literalLists(source)).toEqual({ code: source, replaced: 0 });
  });

  it('rewrites only the lexicons’ own modules', () => {
    expect(isLexiconFile('/repo/core/lexicon/cues.ts')).toBe(true);
    expect(isLexiconFile('/repo/core/lexicon/roles.ts?v=1')).toBe(true);
    expect(isLexiconFile('C:\\repo\\core\\lexicon\\cues.ts')).toBe(true);
    expect(isLexiconFile('/repo/core/lexicon/generated/place-words.ts')).toBe(false);
    expect(isLexiconFile('/repo/core/engine/text/text.ts')).toBe(false);
    expect(isLexiconFile('/repo/core/lexicon/README.md')).toBe(false);
  });

  it('the Vite plugin gives the same code, and nothing for a module it leaves alone', () => {
    const source = 'export const A = words(`satu dua`);';
    const plugin = literalListsVite();
    expect(plugin.transform(source, '/repo/core/lexicon/a.ts')).toEqual({
      code: literalLists(source).code,
      map: null,
    });
    expect(plugin.transform(source, '/repo/core/engine/a.ts')).toBeNull();
    expect(plugin.transform('export const B = 1;', '/repo/core/lexicon/b.ts')).toBeNull();
  });
});

describe('every lexicon module ships its lists as literals, with the same exports', () => {
  it.each(lexiconFiles.map(f => [path.basename(f), f]))('%s', async (_name, file) => {
    // No list is split at run time: every reader call on a written list is rewritten.
    const shipped = literalLists(readFileSync(file, 'utf8')).code;
    expect(shipped).not.toMatch(/\b(?:words|placeWords)\(\s*`/);
    const asWritten = await exportsOf(file, []);
    const asShipped = await exportsOf(file, [literalListsEsbuild()]);
    expect(Object.keys(asShipped).sort()).toEqual(Object.keys(asWritten).sort());
    expect(values(asShipped)).toEqual(values(asWritten));
  });

  it('the lists the lexicons write as prose are among them', () => {
    const replaced = lexiconFiles.map(f => literalLists(readFileSync(f, 'utf8')).replaced);
    expect(replaced.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(40);
  });
});

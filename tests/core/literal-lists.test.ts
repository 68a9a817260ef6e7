// @vitest-environment node
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORE, tsFilesUnder } from './core-files';
import { placeWords, words } from '../../core/lexicon/word-list';
import {
  isEngineFile,
  literalLists,
  literalListsEsbuild,
  literalListsVite,
  wordListFrom,
} from '../../scripts/lexicon/literal-lists';

// What ships (every constant list as string constants) must give exactly what the source as
// written does: each rewritten list is evaluated as written, every lexicon module is bundled and
// evaluated both ways, and the whole engine analyses invented text alike both ways.

const LEXICON = path.join(CORE, 'lexicon');
const lexiconFiles = readdirSync(LEXICON)
  .filter(f => f.endsWith('.ts'))
  .map(f => path.join(LEXICON, f));
const engineFiles = [...lexiconFiles, ...tsFilesUnder(path.join(CORE, 'engine'))];

/** A bundle's exports, evaluated (esbuild, CommonJS, with the given plugins). */
async function exportsOf(entry: string, plugins: ReturnType<typeof literalListsEsbuild>[]) {
  const result = await build({
    entryPoints: [entry],
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

/** An expression as written, evaluated with the list readers in scope. */
const evaluate = (written: string): unknown =>
  new Function('words', 'placeWords', `return ${written};`)(words, placeWords);

describe('literalLists: a constant list ships as its words', () => {
  const IMPORT = "\nimport { shipped as __shippedList } from './word-list';\n";
  it.each([
    // A list over several lines keeps its line ends, so every line stays where it was.
    ['words(`  satu dua\n  tiga  `)', '__shippedList("satu", "dua", "tiga"\n)'],
    ['words(\n  `satu dua`,\n)', '__shippedList("satu", "dua"\n\n)'],
    [
      'placeWords(`Kota Baru, Tanah\n  Merah, Ujung`)',
      '__shippedList("kota", "baru", "tanah", "merah", "ujung"\n)',
    ],
    [
      'const A = words(`x`), B = [...words(`y z`)];',
      'const A = __shippedList("x"), B = [...__shippedList("y", "z")];',
    ],
    // A split on one space keeps what it gives, an empty word between two spaces too.
    ["new Set('satu dua  tiga'.split(' '))", 'new Set(__shippedList("satu", "dua", "", "tiga"))'],
    ["(\n  'satu dua ' +\n  `tiga`\n).split(' ')", '__shippedList("satu", "dua", "tiga"\n\n\n)'],
    ["\"it's\" + 'a b'.split(' ')", '"it\'s" + __shippedList("a", "b")'],
  ])('%j', (source, expected) => {
    expect(literalLists(source).code).toBe(expected + IMPORT);
  });

  it('keeps every line where it was, so the module’s source map still holds', () => {
    const source = [
      'const A = words(`satu dua',
      '  tiga empat`);',
      "const B = ('lima ' +",
      "  'enam').split(' ');",
      'export const C = A.length + B.length;',
    ].join('\n');
    const lines = literalLists(source).code.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'const A = __shippedList("satu", "dua", "tiga", "empat"',
      ');',
      'const B = __shippedList("lima", "enam"',
      ');',
      'export const C = A.length + B.length;',
    ]);
  });

  it.each([
    // An interpolation, an escape, a variable or another function's call keeps its run-time call.
    'words(`satu ${LAIN}`)',
    'words(`satu\\tdua`)',
    'keywords(`satu dua`)',
    'words(LIST)',
    'words("satu dua")',
    "list.split(' ')",
    "`${LAIN} satu`.split(' ')",
    "'satu dua'.split(',')",
    "('satu' + lain).split(' ')",
    "'it\\'s a b'.split(' ')",
    // A call's parentheses or a method named words: not a list of ours.
    "String('satu dua').split(' ')",
    "f()('satu dua').split(' ')",
    'obj.words(`satu dua`)',
  ])('%j is left as written', source => {
    expect(literalLists(source)).toEqual({ code: source, replaced: [] });
  });

  it('rewrites only the engine’s modules, importing the reader by its path', () => {
    expect(isEngineFile('/repo/core/lexicon/cues.ts')).toBe(true);
    expect(isEngineFile('/repo/core/lexicon/roles.ts?v=1')).toBe(true);
    expect(isEngineFile('/repo/core/engine/names/name-run.ts')).toBe(true);
    expect(isEngineFile('C:\\repo\\core\\lexicon\\cues.ts')).toBe(true);
    expect(isEngineFile('/repo/core/lexicon/generated/place-words.ts')).toBe(false);
    expect(isEngineFile('/repo/core/article/detect.ts')).toBe(false);
    expect(isEngineFile('/repo/core/lexicon/README.md')).toBe(false);
    expect(wordListFrom(path.join(LEXICON, 'cues.ts'))).toBe('./word-list');
    expect(wordListFrom(path.join(CORE, 'engine/names/x.ts'))).toBe('../../lexicon/word-list');
  });

  it('the Vite plugin gives the same code, and nothing for a module it leaves alone', () => {
    const source = 'export const A = words(`satu dua`);';
    const plugin = literalListsVite();
    expect(plugin.transform(source, path.join(LEXICON, 'a.ts'))).toEqual({
      code: literalLists(source).code,
      map: null,
    });
    expect(plugin.transform(source, path.join(CORE, 'article/a.ts'))).toBeNull();
    expect(plugin.transform('export const B = 1;', path.join(LEXICON, 'b.ts'))).toBeNull();
  });
});

describe('every constant list of the engine ships as the words it gives', () => {
  const lists = engineFiles.flatMap(f => literalLists(readFileSync(f, 'utf8')).replaced);

  it('each list as written gives the words shipped', () => {
    for (const { written, words: shipped } of lists) expect(evaluate(written)).toEqual(shipped);
  });

  it('the lists the lexicons and the engine write are among them', () => {
    expect(lists.length).toBeGreaterThanOrEqual(70);
  });

  it.each(lexiconFiles.map(f => [path.basename(f), f]))(
    '%s: no list read from prose at run time, the same exports',
    async (_name, file) => {
      expect(literalLists(readFileSync(file, 'utf8')).code).not.toMatch(
        /\b(?:words|placeWords)\(\s*`/,
      );
      const asWritten = await exportsOf(file, []);
      const asShipped = await exportsOf(file, [literalListsEsbuild()]);
      expect(Object.keys(asShipped).sort()).toEqual(Object.keys(asWritten).sort());
      expect(values(asShipped)).toEqual(values(asWritten));
    },
  );

  it('the engine analyses an invented article alike, built either way', async () => {
    const text = [
      'Jakarta - Pemerintah Kota Baru menutup jalan utama selama dua hari.',
      '“Kami minta warga bersabar,” kata Kepala Dinas Perhubungan Kota Baru, Budi Santoso, Senin.',
      'Menurut Budi, penutupan itu diperlukan untuk perbaikan jembatan.',
      'Ketua RT setempat, Sari Lestari, mengatakan warga sudah diberi tahu sejak pekan lalu.',
      '“Semua sudah siap,” ujarnya.',
    ].join('\n\n');
    const entry = path.join(CORE, 'analyze.ts');
    const [asWritten, asShipped] = await Promise.all([
      exportsOf(entry, []),
      exportsOf(entry, [literalListsEsbuild()]),
    ]);
    const analyze = (m: Record<string, unknown>) =>
      JSON.stringify((m.analyzeText as (t: string) => unknown)(text));
    expect(analyze(asShipped)).toBe(analyze(asWritten));
    expect(analyze(asShipped)).toContain('Budi Santoso');
  });
});

/**
 * Conventions as tests: the engine stays pure, HTML has one gate, every fixture page has its
 * expected output.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs|js)$/.test(name) ? [path] : [];
  });
}

const rel = (path: string) => relative(root, path);
const importsOf = (path: string) =>
  [...readFileSync(path, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map(
    m => m[1]!,
  );

describe('core/ is the pure engine', () => {
  const files = sourceFiles(join(root, 'core'));

  test('has source files', () => expect(files.length).toBeGreaterThan(3));

  test.each(files.map(rel))('%s imports nothing from wxt, preact or browser APIs', file => {
    const banned = importsOf(join(root, file)).filter(spec =>
      /^(wxt|#imports|preact|webextension-polyfill|@wxt-dev\/)/.test(spec),
    );
    expect(banned).toEqual([]);
  });

  test.each(files.map(rel))('%s uses no extension globals', file => {
    const text = readFileSync(join(root, file), 'utf8');
    expect(text).not.toMatch(/\b(browser|chrome)\.(runtime|tabs|storage|sidePanel|i18n)\b/);
  });
});

/** The engine module `file` imports by relative path, resolved to files. */
function localImports(file: string): string[] {
  return importsOf(file)
    .filter(spec => spec.startsWith('.'))
    .map(spec => join(file, '..', spec))
    .map(path => (path.endsWith('.ts') ? path : `${path}.ts`))
    .filter(path => existsSync(path));
}

describe('core/engine shows its stages', () => {
  const engine = join(root, 'core', 'engine');
  const stages = readdirSync(engine).filter(name => statSync(join(engine, name)).isDirectory());

  test('is split into stage folders, each with a README that says what happens there', () => {
    expect(stages.length).toBeGreaterThanOrEqual(5);
    for (const stage of stages) expect(existsSync(join(engine, stage, 'README.md'))).toBe(true);
  });

  test('has no import cycle', () => {
    const files = sourceFiles(engine);
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].map(rel).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of localImports(file)) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });
});

describe('HTML has one gate', () => {
  const files = ['core', 'entrypoints', 'components', 'utils', 'scripts'].flatMap(d =>
    sourceFiles(join(root, d)),
  );

  test('only core/sanitize.ts imports DOMPurify', () => {
    const importers = files.filter(f => importsOf(f).includes('dompurify')).map(rel);
    expect(importers).toEqual(['core/sanitize.ts']);
  });

  test('no innerHTML or dangerouslySetInnerHTML outside core/sanitize.ts', () => {
    const offenders = files
      .filter(f => rel(f) !== 'core/sanitize.ts')
      .filter(f => /\.innerHTML\b|dangerouslySetInnerHTML/.test(readFileSync(f, 'utf8')))
      .map(rel);
    expect(offenders).toEqual([]);
  });
});

describe('fixture pages', () => {
  const dir = join(root, 'tests', 'fixtures', 'pages');
  const slugs = existsSync(dir) ? readdirSync(dir) : [];

  test('the corpus covers the designs the extension must handle', () => {
    expect(slugs).toEqual(
      expect.arrayContaining([
        'current-design',
        'older-design',
        'amp',
        'non-article',
        'seed-article',
      ]),
    );
  });

  test.each(slugs)('%s has source.html and expected.json', slug => {
    expect(existsSync(join(dir, slug, 'source.html'))).toBe(true);
    expect(existsSync(join(dir, slug, 'expected.json'))).toBe(true);
  });
});

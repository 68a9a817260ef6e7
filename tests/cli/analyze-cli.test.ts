/**
 * The CLI as a reader runs it: a real process, real files. Error paths end with a clear message and
 * a non-zero exit, never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';

// Each case starts a real process (Node + the engine): a fraction of a second or more.
vi.setConfig({ testTimeout: 90_000 });

const root = join(__dirname, '..', '..');
// The launcher readers run (`npm run analyze`): the bundled CLI, rebuilt when a source changed.
const cli = join(root, 'scripts', 'analyze.mjs');
const seed = join(root, 'tests', 'fixtures', 'seed-article.txt');
const pages = join(root, 'tests', 'fixtures', 'pages');

function analyze(...args: string[]) {
  const run = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    cwd: root,
    timeout: 60_000, // a hang fails the test instead of stalling the suite
  });
  return { code: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'ks-cli-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};

describe('analyze CLI: bad input', () => {
  test.each([
    ['a missing file', [join(scratch, 'nope.txt')], 1, /no such file/],
    ['an empty file', [file('empty.txt', '')], 1, /the file is empty/],
    ['a file of white space', [file('blank.txt', '  \n\n ')], 1, /no text/],
    [
      'a binary file',
      [file('image.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))],
      1,
      /binary/,
    ],
    ['a directory', [scratch], 1, /directory/],
    ['no file at all', [], 2, /no input file/],
    ['an unknown format', ['--format', 'xml', seed], 2, /unknown format "xml"/],
    ['an unknown option', ['--frobnicate', seed], 2, /unknown option --frobnicate/],
    ['several files without --out-dir', [seed, seed], 2, /need --out-dir/],
    ['a --url that is no address', ['--url', 'not a url', seed], 2, /"not a url" is not a web/],
    ['a --url that is no web address', ['--url', 'javascript:alert(1)', seed], 2, /not a web/],
    ['a device instead of a file', ['/dev/zero'], 1, /not a regular file/],
    [
      'an --out-dir that is a file',
      ['--out-dir', seed, seed],
      1,
      /--out-dir .*seed-article\.txt exists and is not a folder/,
    ],
    // Node's own recursive mkdir loops forever here.
    [
      'an --out-dir that cannot be made',
      ['--out-dir', '/proc/x', seed],
      1,
      /cannot create \/proc\/x/,
    ],
    // Read-only for everyone, root included.
    ['an --out-dir that cannot be written', ['--out-dir', '/proc', seed], 1, /cannot write/],
  ])('reports %s clearly', (_name, args, code, message) => {
    const run = analyze(...(args as string[]));
    expect(run.signal).toBeNull(); // it ended by itself
    expect(run.code).toBe(code);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe('analyze CLI: results', () => {
  test('prints schema version 1 JSON for a text file', () => {
    const run = analyze('--url', 'https://www.republika.co.id/berita/r6abc123/contoh', seed);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.schemaVersion).toBe(1);
    expect(result.article.url).toBe('https://www.republika.co.id/berita/r6abc123/contoh');
    expect(result.quotes.length).toBeGreaterThan(0);
    expect(result.speakers.map((s: { name: string }) => s.name)).toEqual(
      expect.arrayContaining(['Xi Jinping', 'Vladimir Putin', 'Kremlin']),
    );
  });

  test('exits 0 with isArticle false for a page that is not an article', () => {
    const run = analyze(join(pages, 'non-article', 'source.html'));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).article.isArticle).toBe(false);
  });

  test('reads a saved page and finds its quotes', () => {
    const run = analyze('--format', 'text', join(pages, 'seed-article', 'source.html'));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Xi Jinping \(Presiden China\)/);
    expect(run.stdout).toMatch(/Kremlin/);
  });

  test('reads a saved page with no known address by its own article signals', () => {
    const html = readFileSync(join(pages, 'current-design', 'source.html'), 'utf8').replace(
      /<link rel="canonical"[^>]*>|<meta property="og:url"[^>]*>/g,
      '',
    );
    const run = analyze(file('saved-without-address.html', html));
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.article).toMatchObject({ isArticle: true, url: null });
    expect(result.quotes.length).toBeGreaterThan(0);
  });

  test('writes one result per input with --out-dir, in every format', () => {
    const out = join(scratch, 'out');
    const other = file('other.txt', readFileSync(seed, 'utf8'));
    for (const format of ['json', 'markdown', 'text']) {
      expect(analyze('--format', format, '--out-dir', out, seed, other).code).toBe(0);
    }
    expect(readdirSync(out).sort()).toEqual([
      'other.json',
      'other.md',
      'other.txt',
      'seed-article.json',
      'seed-article.md',
      'seed-article.txt',
    ]);
    expect(readFileSync(join(out, 'seed-article.md'), 'utf8')).toMatch(/^# China-Rusia/);
  });

  test('keeps going past a bad file and still fails at the end', () => {
    const out = join(scratch, 'mixed');
    const run = analyze('--out-dir', out, join(scratch, 'missing.txt'), seed);
    expect(run.code).toBe(1);
    expect(readdirSync(out)).toEqual(['seed-article.json']);
  });
});

// @vitest-environment node
// (esbuild refuses jsdom's TextEncoder, and this test needs no DOM.)
/**
 * The CLI's bundle (scripts/cli/bundle.mjs) on a throw-away entry: built when missing, reused while
 * its sources are unchanged, rebuilt when one of them is newer, so a reader never runs stale code.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { freshBundle } from '../../scripts/cli/bundle.mjs';

test('the bundle is built once, then rebuilt only when a source changes', async () => {
  const root = mkdtempSync(join(tmpdir(), 'ks-bundle-'));
  const target = { root, entry: join(root, 'main.ts'), outFile: join(root, 'out', 'main.mjs') };
  writeFileSync(target.entry, "import { word } from './word';\nconsole.log(word);\n");
  const setWord = (word: string) =>
    writeFileSync(join(root, 'word.ts'), `export const word = '${word}';\n`);
  const run = async () =>
    execFileSync(process.execPath, [await freshBundle(target)], { encoding: 'utf8' });

  setWord('pertama');
  expect(await run()).toBe('pertama\n');
  const built = statSync(target.outFile).mtimeMs;
  expect(await run()).toBe('pertama\n');
  expect(statSync(target.outFile).mtimeMs).toBe(built); // reused, not rebuilt

  setWord('kedua');
  const later = new Date(built + 5_000); // newer than the bundle, whatever the clock's resolution
  utimesSync(join(root, 'word.ts'), later, later);
  expect(await run()).toBe('kedua\n');
  rmSync(root, { recursive: true, force: true });
});

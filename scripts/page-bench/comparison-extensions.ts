/**
 * The extensions bench:page compares ours with, built into a temp dir on every run (nothing
 * committed, nothing downloaded): each is an MV3 extension whose one content script runs on the
 * same match patterns and at the same `run_at` as ours, read from our built manifest.
 *
 * - empty: a content script with no code. What any extension on these pages costs (the floor).
 * - reader: Mozilla's Readability (`@mozilla/readability`, bundled here with esbuild) running
 *   `parse()` on a clone of the document on load, as reader-mode extensions do.
 */
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Our built content scripts' match patterns and run_at (the first content_scripts entry). */
export interface ContentScriptPlacement {
  matches: string[];
  run_at: string;
}

/**
 * Reads where our built extension's content scripts run: every page any of them matches (the
 * detector's and the page code's patterns together), at the first one's `run_at`.
 */
export function placementOf(extensionDir: string): ContentScriptPlacement {
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8'));
  const scripts: { matches: string[]; run_at?: string }[] = manifest.content_scripts ?? [];
  const first = scripts[0];
  if (!first) throw new Error(`${extensionDir}/manifest.json has no content script`);
  const matches = [...new Set(scripts.flatMap(script => script.matches))];
  return { matches, run_at: first.run_at ?? 'document_idle' };
}

/** Writes an MV3 extension with `code` as its one content script; returns its folder. */
function writeExtension(
  root: string,
  name: string,
  placement: ContentScriptPlacement,
  code: string,
): string {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: `bench ${name}`,
    version: '0.0.1',
    content_scripts: [{ matches: placement.matches, run_at: placement.run_at, js: ['content.js'] }],
  };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(path.join(dir, 'content.js'), code);
  return dir;
}

/**
 * The reader-mode content script: parse a clone (Readability mutates the document it is given),
 * and keep the result reachable so no engine can skip the work.
 */
const READER_SOURCE = `
import { Readability } from '@mozilla/readability';
const article = new Readability(document.cloneNode(true)).parse();
globalThis.__benchReaderLength = article ? article.length : -1;
`;

/** Builds the empty and the reader extension; returns their folders. */
export async function buildComparisonExtensions(
  placement: ContentScriptPlacement,
): Promise<{ empty: string; reader: string }> {
  const root = mkdtempSync(path.join(tmpdir(), 'ks-bench-page-'));
  const bundled = await build({
    stdin: { contents: READER_SOURCE, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'chrome120',
    write: false,
  });
  const readerCode = bundled.outputFiles[0]!.text;
  return {
    empty: writeExtension(root, 'empty', placement, ''),
    reader: writeExtension(root, 'reader', placement, readerCode),
  };
}

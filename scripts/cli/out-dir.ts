/**
 * The `--out-dir` folder and the result file names in it. Both are checked before any input is
 * read, so a wrong folder fails at once with a clear message and no output file is ever written
 * over by another input of the same run.
 */
import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';

/** A problem with where results go: its message is shown as is, exit code 1. */
export class OutputError extends Error {}

/**
 * Makes `dir` (and missing parents) or checks that it is a writable folder. Walks up the path
 * itself: Node's `mkdirSync(…, { recursive: true })` loops forever under `/proc`.
 */
export function prepareOutDir(dir: string): void {
  const path = resolve(dir);
  const missing: string[] = [];
  let at = path;
  for (;;) {
    const kind = kindOf(at);
    if (kind === 'folder') break;
    if (kind === 'other') {
      throw new OutputError(`--out-dir ${dir}: ${at} exists and is not a folder`);
    }
    missing.unshift(at);
    if (dirname(at) === at) break;
    at = dirname(at);
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (error) {
      throw new OutputError(`--out-dir ${dir}: cannot create ${folder} (${reason(error)})`);
    }
  }
  try {
    accessSync(path, constants.W_OK);
  } catch (error) {
    throw new OutputError(`--out-dir ${dir}: cannot write there (${reason(error)})`);
  }
}

function kindOf(path: string): 'folder' | 'other' | 'missing' {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'other';
  } catch {
    return 'missing';
  }
}

/** A short reason for a file-system error: `permission denied`, `read-only file system`, … */
export function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const known: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'not permitted',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
    ENOENT: 'no such file or folder',
    ENOTDIR: 'a part of the path is not a folder',
    EEXIST: 'already exists',
    EISDIR: 'is a folder',
  };
  return (code && known[code]) ?? (error as Error).message ?? String(error);
}

/**
 * The result file name of each input: `<name>.<ext>` (`a.txt` → `a.json`), or, when several
 * inputs share `<name>` (`a.txt` and `a.html`), the whole file name (`a.txt.json`, `a.html.json`).
 * Inputs whose whole file names are the same too (`x/page.html`, `y/page.html`) cannot be told
 * apart in one folder: refused before anything is analysed.
 */
export function outputNames(files: readonly string[], ext: string): string[] {
  // Compared without case: on macOS and Windows `A.json` and `a.json` are one file.
  const stem = (file: string) => basename(file, extname(file)).toLowerCase();
  const stems = counts(files.map(stem));
  const names = files.map(file =>
    stems.get(stem(file))! > 1
      ? `${basename(file)}.${ext}`
      : `${basename(file, extname(file))}.${ext}`,
  );
  const seen = new Map<string, string>();
  names.forEach((name, i) => {
    const other = seen.get(name.toLowerCase());
    if (other !== undefined) {
      throw new OutputError(
        `${other} and ${files[i]} would both be written to ${name} in --out-dir; ` +
          'give them different file names or use one --out-dir each',
      );
    }
    seen.set(name.toLowerCase(), files[i]!);
  });
  return names;
}

function counts(values: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const v of values) out.set(v, (out.get(v) ?? 0) + 1);
  return out;
}

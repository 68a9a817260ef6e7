/**
 * The command line as one bundled file, rebuilt when its sources change.
 *
 * Loading the TypeScript sources through tsx costs about 0.6 s of CPU per run (its loader
 * transforms every module of the engine at start), more than the engine spends on one article. The
 * bundle (esbuild, ES module, packages left in node_modules) starts in about a tenth of that. It
 * lives in node_modules/.cache, so a fresh `npm ci` starts without one and the first run builds it
 * (a fraction of a second). Plain JavaScript, so that `node` runs it without tsx.
 */
import { build } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SELF = fileURLToPath(import.meta.url);

/** scripts/analyze.ts bundled into node_modules/.cache/kata-siapa-cli/analyze.mjs. */
export const CLI = {
  root: ROOT,
  entry: path.join(ROOT, 'scripts', 'analyze.ts'),
  outFile: path.join(ROOT, 'node_modules', '.cache', 'kata-siapa-cli', 'analyze.mjs'),
};

/**
 * The path of `entry` bundled into `outFile`, built first when the bundle is missing or older than
 * any file it was built from (esbuild's list of inputs, kept beside it in `<outFile>.inputs.json`,
 * paths relative to `root`). This bundler counts as an input too.
 */
export async function freshBundle({ root, entry, outFile } = CLI) {
  if (isStale(root, outFile)) await buildBundle(root, entry, outFile);
  return outFile;
}

/** Only `stat` calls (a few hundred files: milliseconds), no source is read. */
function isStale(root, outFile) {
  let built;
  let inputs;
  try {
    built = statSync(outFile).mtimeMs;
    inputs = JSON.parse(readFileSync(`${outFile}.inputs.json`, 'utf8'));
  } catch {
    return true;
  }
  return inputs.some(file => {
    try {
      return statSync(path.resolve(root, file)).mtimeMs > built;
    } catch {
      return true; // a source that vanished
    }
  });
}

async function buildBundle(root, entry, outFile) {
  // The bundle is dated when esbuild started reading, not when it was written: a source saved
  // during the build is then newer than the bundle, and the next run builds again.
  const startedAt = new Date();
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // jsdom and the other packages stay in node_modules, loaded as they are (jsdom only for pages).
    packages: 'external',
    metafile: true,
    write: false,
    logLevel: 'error',
  });
  const inputs = Object.keys(result.metafile.inputs).concat(path.relative(root, SELF));
  mkdirSync(path.dirname(outFile), { recursive: true });
  // Written aside, then renamed: runs started together (the CLI tests) never load half a file.
  const own = `.${process.pid}.tmp`;
  writeFileSync(`${outFile}.inputs.json${own}`, JSON.stringify(inputs));
  writeFileSync(outFile + own, result.outputFiles[0].contents);
  utimesSync(outFile + own, startedAt, startedAt);
  renameSync(`${outFile}.inputs.json${own}`, `${outFile}.inputs.json`);
  renameSync(outFile + own, outFile);
}

/**
 * The engine cold, as every page load meets it: the bundled engine (core/analyze.ts, bundled by
 * esbuild as the extension's bundler would) loaded into a fresh V8 isolate (a worker thread: no
 * bytecode, feedback or optimised code shared with any earlier run), then one first analysis.
 * Used by `npm run bench` for its cold column.
 */
import { build } from 'esbuild';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFile } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { literalListsEsbuild } from './lexicon/literal-lists';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Bundles the engine of the checkout at `from` (this one by default; `npm run bench -- --base DIR`
 * bundles another clone's too) to one CommonJS file in a temp dir; returns its path. The lexicon
 * lists are shipped as that checkout's build ships them (scripts/lexicon/literal-lists.ts, when it
 * has one), so each side of an A/B is measured as its extension would run it. `readable` keeps
 * names, white space and esbuild's file comments (for scripts/cold-profile.ts to name rows).
 */
export async function bundleEngine(
  from = root,
  { readable = false }: { readable?: boolean } = {},
): Promise<string> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ks-cold-')), 'engine.cjs');
  const result = await build({
    plugins: shippingPlugins(from),
    entryPoints: [path.join(from, 'core/analyze.ts')],
    bundle: true,
    format: 'cjs',
    platform: 'neutral',
    target: 'es2022',
    minify: !readable,
    write: false,
  });
  writeFileSync(file, result.outputFiles[0]!.text);
  return file;
}

/**
 * The esbuild plugins with which the checkout at `from` ships its engine: the lexicon lists ready
 * (this checkout's plugin) once it has them, none for a checkout from before.
 */
function shippingPlugins(from: string) {
  return existsSync(path.join(from, 'scripts/lexicon/literal-lists.ts'))
    ? [literalListsEsbuild()]
    : [];
}

/**
 * CPU milliseconds to load the bundle (parse, compile, module set-up) and to run the first
 * analysis. CPU time, not wall time: on a machine shared with other jobs a single cold sample in
 * wall time is mostly waiting for a core. It is the process's (Node 20 has no per-thread clock):
 * the worker's thread plus V8's background threads (compilers, GC) and the idle parent, so an
 * upper bound of what the main thread alone spends.
 */
export interface ColdTiming {
  loadMs: number;
  firstMs: number;
  /**
   * The same text analysed again in the same isolate: the code is compiled now (bytecode, regexes,
   * lexicon sets built), so first − second is at least the one-time compile and set-up the first
   * analysis paid. Process CPU: it also holds V8's background optimising compiles of the hottest
   * functions, which start during this analysis (about half of it on a median dev article).
   */
  secondMs: number;
  /**
   * Only when asked for (`warmRuns`): the best of that many analyses in the same isolate after
   * WARM_UP more (the minimum, as the in-process warm time: on a shared machine a 2 ms wall-clock
   * run is often interrupted), the warm time of this very bundle, for an A/B of two builds in one run.
   */
  warmMs?: number;
  /** With a code cache: true when V8 refused it (then everything was compiled from source). */
  cacheRejected?: boolean;
  /**
   * Only with a warm-up text (`coldRun`'s `warmUp`): CPU ms of analysing it after the load, before
   * the article. `firstMs` is then the article's analysis after that warm-up.
   */
  warmUpMs?: number;
}

/** Untimed analyses before the warm ones are timed (as the in-process warm time warms up too). */
export const WARM_UP = 30;

// Runs in the worker: plain CommonJS, times its own load and first call. The bundle is compiled
// as `require` would (a function wrapper), through vm.Script so that a code cache can be given.
const LOAD_CODE = `
const { readFileSync } = require('node:fs');
const vm = require('node:vm');
const source = '(function (exports, require, module) {' + readFileSync(workerData.bundle, 'utf8') + '\\n})';
const load = cachedData => {
  const script = new vm.Script(source, { filename: workerData.bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, require, module);
  return { engine: module.exports, script };
};
`;

// The timed part, shared by the worker (coldRun) and the child process (floorRun); report hands
// the timing back.
const TIMED_CODE = `
${LOAD_CODE}
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const cachedData = workerData.cache ? Buffer.from(workerData.cache) : undefined;
const t0 = cpu();
const { engine, script } = load(cachedData);
const loaded = cpu();
let warmUpMs;
if (workerData.warmUp) engine.analyzeText(workerData.warmUp);
const t1 = cpu();
if (workerData.warmUp) warmUpMs = t1 - loaded;
engine.analyzeText(workerData.text);
const t2 = cpu();
engine.analyzeText(workerData.text);
const t3 = cpu();
let warmMs;
if (workerData.warmRuns > 0) {
  for (let i = 0; i < ${WARM_UP}; i++) engine.analyzeText(workerData.text);
  warmMs = Infinity;
  for (let i = 0; i < workerData.warmRuns; i++) {
    const w0 = performance.now();
    engine.analyzeText(workerData.text);
    warmMs = Math.min(warmMs, performance.now() - w0);
  }
}
const cacheRejected = cachedData ? script.cachedDataRejected === true : undefined;
report({ loadMs: loaded - t0, firstMs: t2 - t1, secondMs: t3 - t2, warmMs, cacheRejected, warmUpMs });
`;

const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const report = timing => parentPort.postMessage(timing);
${TIMED_CODE}
`;

// The same in a child process: V8's flags (tiers, laziness) are per process, not per isolate.
const FLOOR_CODE = `
const workerData = JSON.parse(process.argv[1]);
const report = timing => process.stdout.write(JSON.stringify(timing));
${TIMED_CODE}
`;

// Runs in a throw-away worker: compiles the bundle, runs every text through it so that every
// function the engine uses is compiled, and returns V8's code cache of the script.
const CACHE_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
${LOAD_CODE}
const { engine, script } = load(undefined);
for (const text of workerData.texts) engine.analyzeText(text);
parentPort.postMessage(script.createCachedData());
`;

/**
 * V8's code cache for the bundle with every function the engine runs on `texts` compiled, as
 * Chromium gives an installed service worker's script: it compiles the script eagerly (every
 * function) at install, writes the code cache, and each later start of the worker reads its
 * bytecode from it instead of compiling (`npm run bench:worker-trace` shows it in the trace).
 */
export function codeCacheOf(bundle: string, texts: readonly string[]): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(CACHE_CODE, { eval: true, workerData: { bundle, texts } });
    worker.once('message', cache => {
      resolve(cache as Uint8Array);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/**
 * Loads the engine in a fresh isolate and analyses `text` twice (first and second timings), then,
 * when `warmRuns` > 0, warms it up and times that many more analyses (wall ms: once warm, a run is
 * too short for the process CPU clock). With `cache` (codeCacheOf), the bundle's bytecode is read
 * from V8's code cache, as in the extension's service worker, instead of compiled. With `warmUp`,
 * that text is analysed first (`warmUpMs`), as a background could before a page's text arrives.
 */
export function coldRun(
  bundle: string,
  text: string,
  warmRuns = 0,
  cache?: Uint8Array,
  warmUp?: string,
): Promise<ColdTiming> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_CODE, {
      eval: true,
      workerData: { bundle, text, warmRuns, cache, warmUp },
    });
    worker.once('message', timing => {
      resolve(timing as ColdTiming);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/**
 * coldRun in a fresh Node process started with V8 `flags`, for the floor a first analysis stands
 * on: with `--no-opt --no-maglev --no-sparkplug` the warm time is what running in V8's interpreter
 * alone costs once everything is compiled, and with `--no-lazy` the first analysis pays no lazy
 * compile (every function is compiled while loading). No code cache, no warm-up text.
 */
export function floorRun(
  bundle: string,
  text: string,
  flags: readonly string[],
  warmRuns = 0,
): Promise<ColdTiming> {
  const data = JSON.stringify({ bundle, text, warmRuns });
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [...flags, '-e', FLOOR_CODE, data], (err, stdout) => {
      if (err) reject(err);
      else resolve(JSON.parse(stdout) as ColdTiming);
    });
  });
}

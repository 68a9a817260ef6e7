/**
 * The engine cold, as every page load meets it: the bundled engine (core/analyze.ts, bundled by
 * esbuild as the extension's bundler would) loaded into a fresh V8 isolate (a worker thread: no
 * bytecode, feedback or optimised code shared with any earlier run), then one first analysis.
 * Used by `npm run bench` for its cold column.
 */
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles the engine to one CommonJS file in a temp dir; returns its path. */
export async function bundleEngine(): Promise<string> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ks-cold-')), 'engine.cjs');
  const result = await build({
    entryPoints: [path.join(root, 'core/analyze.ts')],
    bundle: true,
    format: 'cjs',
    platform: 'neutral',
    target: 'es2022',
    minify: true,
    write: false,
  });
  writeFileSync(file, result.outputFiles[0]!.text);
  return file;
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
   * lexicon sets built), but still interpreted and untuned, so first − second is roughly the one-
   * time compile and set-up the first analysis paid, and second / warm what running cold costs.
   */
  secondMs: number;
}

// Runs in the worker: plain CommonJS, times its own load and first call.
const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const t0 = cpu();
const engine = require(workerData.bundle);
const t1 = cpu();
engine.analyzeText(workerData.text);
const t2 = cpu();
engine.analyzeText(workerData.text);
const t3 = cpu();
parentPort.postMessage({ loadMs: t1 - t0, firstMs: t2 - t1, secondMs: t3 - t2 });
`;

/** Loads the engine in a fresh isolate and analyses `text` twice (first and second timings). */
export function coldRun(bundle: string, text: string): Promise<ColdTiming> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_CODE, { eval: true, workerData: { bundle, text } });
    worker.once('message', timing => {
      resolve(timing as ColdTiming);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

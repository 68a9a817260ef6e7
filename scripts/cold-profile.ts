/**
 * What the engine's first analysis in a fresh isolate runs, counted rather than timed: on a shared
 * machine a cold timing moves ±5–10% from run to run, while these counts are the same every run,
 * so a change that makes the first analysis run less code shows here even when the bench cannot
 * tell it from noise. The first analysis pays per function it runs (a lazy compile of its whole
 * body, then its feedback set-up) and per call (interpreted, not yet optimised), so it prints:
 *
 * - the functions run, and their source size (the bundle built as `npm run bench` builds it, with
 *   identifiers and file comments kept so that rows name their function and file);
 * - the part of that source in blocks that never ran: compiled all the same, since V8 compiles a
 *   function's whole body on its first call;
 * - the JS calls made, and the functions called most;
 * - per source file: the source of its functions that ran.
 *
 *   npm run bench:cold-profile [-- 102.txt] [--top 15]
 *
 * With no article named, the study article of median length.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleEngine } from './cold-engine';
import { isStudyArticle } from './eval/study-articles';

const args = process.argv.slice(2);
const top = args.includes('--top') ? Number(args[args.indexOf('--top') + 1]) : 15;
const named = args.find(a => a.endsWith('.txt'));
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(
  process.env.KS_EVAL_DIR ?? join(root, '..', 'shared', 'eval'),
  'dev',
  'corpus',
);
const article = named ?? medianArticle(corpus);

/** The study article of median length (a stand-in for "an ordinary article"). */
function medianArticle(dir: string): string {
  const names = readdirSync(dir).filter(f => f.endsWith('.txt') && isStudyArticle(f));
  const byLength = names
    .map(f => ({ f, n: readFileSync(join(dir, f), 'utf8').length }))
    .sort((a, b) => a.n - b.n);
  return byLength[Math.floor(byLength.length / 2)]!.f;
}

// Runs in a fresh Node process: loads the bundle as cold-engine.ts does, then takes V8's precise
// block coverage (with call counts) of the first analysis alone, and prints it as JSON.
const PROBE = `
const { readFileSync } = require('node:fs');
const vm = require('node:vm');
const inspector = require('node:inspector');
const [bundle, textFile] = process.argv.slice(1);
const source = '(function (exports, require, module) {' + readFileSync(bundle, 'utf8') + '\\n})';
const session = new inspector.Session();
session.connect();
const post = (method, params) => {
  let out;
  session.post(method, params, (err, res) => { if (err) throw err; out = res; });
  return out;
};
post('Profiler.enable');
post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
const mod = { exports: {} };
new vm.Script(source, { filename: bundle }).runInThisContext()(mod.exports, require, mod);
post('Profiler.takePreciseCoverage');
mod.exports.analyzeText(readFileSync(textFile, 'utf8'));
const script = post('Profiler.takePreciseCoverage').result.find(s => s.url.endsWith(bundle));
process.stdout.write(JSON.stringify({ source, functions: script.functions }));
`;

interface Range {
  startOffset: number;
  endOffset: number;
  count: number;
}
interface Fn {
  functionName: string;
  ranges: Range[];
}
interface Row {
  name: string;
  file: string;
  size: number;
  own: number;
  unrun: number;
  calls: number;
}

const bundle = await bundleEngine(undefined, { readable: true });
const out = execFileSync(process.execPath, ['-e', PROBE, bundle, join(corpus, article)], {
  maxBuffer: 1 << 28,
});
const { source, functions } = JSON.parse(out.toString()) as { source: string; functions: Fn[] };
const rows = ownBytes(source, functions);
const ran = rows.filter(r => r.calls > 0);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const sum = (rs: Row[], pick: (r: Row) => number) => rs.reduce((s, r) => s + pick(r), 0);

console.log(`COLD PROFILE ${article}: the first analysis in a fresh process (counts, not timings)`);
console.log(
  `  functions run ${ran.length} of ${rows.length}; their source ${kb(sum(ran, r => r.own))} ` +
    `(${kb(sum(ran, r => r.unrun))} of it in blocks that never ran; readable bundle, the shipped minified one is ` +
    `about half); JS calls ${sum(ran, r => r.calls)}`,
);
printTop(
  'most called',
  ran,
  r => r.calls,
  r => `${r.calls}`,
);
printTop(
  'compiled, mostly not run',
  ran,
  r => r.unrun,
  r => `${r.unrun}/${r.own} B, ${r.calls}×`,
);
printFiles(ran);

/** The `top` rows by `key`, one line. */
function printTop(label: string, rs: Row[], key: (r: Row) => number, show: (r: Row) => string) {
  const best = [...rs].sort((a, b) => key(b) - key(a)).slice(0, top);
  console.log(`  ${label}: ${best.map(r => `${r.name} (${r.file}) ${show(r)}`).join('; ')}`);
}

/** Source of the functions run, per file of the engine, largest first. */
function printFiles(rs: Row[]) {
  const byFile = new Map<string, number>();
  for (const r of rs) byFile.set(r.file, (byFile.get(r.file) ?? 0) + r.own);
  const files = [...byFile].sort((a, b) => b[1] - a[1]).slice(0, top);
  console.log(`  source run per file: ${files.map(([f, n]) => `${f} ${kb(n)}`).join('; ')}`);
}

/**
 * Per function (the module wrapper left out): its own bytes (nested functions excluded), the part
 * of them in blocks with a zero count, its calls, and the file it came from (esbuild's
 * `// core/…` comment before it).
 */
function ownBytes(src: string, fns: Fn[]): Row[] {
  const inner = fns.filter(f => f.ranges[0]!.endOffset - f.ranges[0]!.startOffset < src.length - 2);
  // Outermost first, so that each function's span is overwritten by those nested in it.
  inner.sort((a, b) => span(b) - span(a));
  const owner = new Int32Array(src.length).fill(-1);
  const count = new Float64Array(src.length);
  inner.forEach((f, k) => {
    const [whole, ...blocks] = f.ranges;
    owner.fill(k, whole!.startOffset, whole!.endOffset);
    count.fill(whole!.count, whole!.startOffset, whole!.endOffset);
    for (const b of blocks) count.fill(b.count, b.startOffset, b.endOffset);
  });
  const own = new Float64Array(inner.length);
  const unrun = new Float64Array(inner.length);
  for (let i = 0; i < src.length; i++) {
    const k = owner[i]!;
    if (k < 0) continue;
    own[k]!++;
    if (count[i] === 0) unrun[k]!++;
  }
  const files = fileStarts(src);
  return inner.map((f, k) => ({
    name: f.functionName || '(anonymous)',
    file: fileAt(files, f.ranges[0]!.startOffset),
    size: span(f),
    own: own[k]!,
    unrun: f.ranges[0]!.count > 0 ? unrun[k]! : 0,
    calls: f.ranges[0]!.count,
  }));
}

/** A function's length in the bundle, nested functions included. */
function span(f: Fn): number {
  return f.ranges[0]!.endOffset - f.ranges[0]!.startOffset;
}

/** Where each source file's code starts in the bundle (esbuild heads it with `// path`). */
function fileStarts(src: string): { at: number; file: string }[] {
  return [...src.matchAll(/^\/\/ ((?:core|scripts)\/\S+\.ts)$/gm)].map(m => ({
    at: m.index,
    file: m[1]!.replace(/^core\//, ''),
  }));
}

/** The file whose code holds offset `at`. */
function fileAt(starts: { at: number; file: string }[], at: number): string {
  let file = '?';
  for (const s of starts) if (s.at <= at) file = s.file;
  return file;
}

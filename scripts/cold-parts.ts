/**
 * What the engine's one-time cost on a first analysis is made of (issue 8): the median study
 * article analysed twice in fresh Node processes, each started with V8 flags that take one kind of
 * one-time work away, without and with the code cache the extension's service worker starts from.
 * first − second is the one-time part; a flag's change of it is that part's share:
 *
 * - `--no-lazy`: every function compiled while loading (load pays it), so the first analysis
 *   compiles nothing lazily: what is left of first − second is everything but lazy compiles;
 * - `--regexp-interpret-all`: no regular expression compiled to native code (they run in the
 *   regexp interpreter): the native regexp compiles (V8 tiers a regexp up once it runs again);
 * - `--no-opt --no-maglev`: no optimising compiles (they run on background threads, but this is
 *   process CPU);
 * - `--no-sparkplug`: no baseline compiles;
 * - `--no-lazy-feedback-allocation`: feedback vectors made at the first call rather than later.
 * Also counted, in one more process: the regexps V8 compiled (to bytecode, then tiered up to
 * native code) while loading and during the first analysis (`--trace-regexp-tier-up`).
 *
 * Processes are taken in turn (all variants, then again) so that all see the same machine load;
 * medians of `--runs` (default 9). CPU ms of the process (its V8 background threads included).
 *
 *   npm run bench:cold-parts [-- 102.txt] [--runs 9]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleEngine } from './cold-engine';
import { argOf, median } from './page-bench/cli';
import { studyCorpus } from './eval/study-articles';

const { dir: corpus, names: studyNames } = studyCorpus();
const byLength = studyNames
  .map(f => ({ f, n: readFileSync(join(corpus, f), 'utf8').length }))
  .sort((a, b) => a.n - b.n);
const article =
  process.argv.slice(2).find(a => a.endsWith('.txt')) ?? byLength[byLength.length >> 1]!.f;
const RUNS = Number(argOf('--runs') ?? 9);

const VARIANTS: readonly (readonly [string, readonly string[]])[] = [
  ['as shipped', []],
  ['--no-lazy', ['--no-lazy']],
  ['--regexp-interpret-all', ['--regexp-interpret-all']],
  ['--no-opt --no-maglev', ['--no-opt', '--no-maglev']],
  ['--no-sparkplug', ['--no-sparkplug']],
  ['--no-lazy-feedback-allocation', ['--no-lazy-feedback-allocation']],
];

// Loads the bundle as cold-engine.ts does (through vm.Script, with a code cache when given), times
// the load and two analyses of the article; with `cacheOut`, instead analyses every study text
// and writes V8's code cache of the script (made under the same flags: V8 refuses a cache made
// under others).
const PROBE = `
const fs = require('node:fs');
const vm = require('node:vm');
const { bundle, textFile, cacheIn, cacheOut, texts, mark } = JSON.parse(process.argv[1]);
const source = '(function (exports, require, module) {' + fs.readFileSync(bundle, 'utf8') + '\\n})';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const cachedData = cacheIn ? fs.readFileSync(cacheIn) : undefined;
const t0 = cpu();
const script = new vm.Script(source, { filename: bundle, cachedData });
const mod = { exports: {} };
script.runInThisContext()(mod.exports, require, mod);
const t1 = cpu();
if (cacheOut) {
  for (const t of texts) mod.exports.analyzeText(fs.readFileSync(t, 'utf8'));
  fs.writeFileSync(cacheOut, script.createCachedData());
  process.exit(0);
}
const text = fs.readFileSync(textFile, 'utf8');
if (mark) fs.writeSync(1, '@first\\n');
mod.exports.analyzeText(text);
const t2 = cpu();
if (mark) fs.writeSync(1, '@second\\n');
mod.exports.analyzeText(text);
const t3 = cpu();
if (mark) fs.writeSync(1, '@end\\n');
fs.writeSync(1, JSON.stringify({ loadMs: t1 - t0, firstMs: t2 - t1, secondMs: t3 - t2, rejected: script.cachedDataRejected === true }) + '\\n');
`;

interface Timing {
  loadMs: number;
  firstMs: number;
  secondMs: number;
  rejected: boolean;
}

const run = (flags: readonly string[], data: object): string =>
  execFileSync(process.execPath, [...flags, '-e', PROBE, JSON.stringify(data)], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
const timing = (out: string): Timing => JSON.parse(out.trim().split('\n').at(-1)!) as Timing;

const bundle = await bundleEngine();
const textFile = join(corpus, article);
const dir = mkdtempSync(join(tmpdir(), 'ks-cold-parts-'));
const texts = studyNames.map(f => join(corpus, f));
const cacheOf = (k: number) => join(dir, `cache-${k}.bin`);
VARIANTS.forEach(([, flags], k) => run(flags, { bundle, cacheOut: cacheOf(k), texts }));

const plain: Timing[][] = VARIANTS.map(() => []);
const cached: Timing[][] = VARIANTS.map(() => []);
for (let r = 0; r < RUNS; r++)
  VARIANTS.forEach(([, flags], k) => {
    plain[k]!.push(timing(run(flags, { bundle, textFile })));
    cached[k]!.push(timing(run(flags, { bundle, textFile, cacheIn: cacheOf(k) })));
  });

// Regexps compiled: V8 prints one line per regexp compiled to bytecode and per tier-up to native.
function regexpCounts(cacheIn?: string): string {
  const out = run(['--trace-regexp-tier-up'], { bundle, textFile, cacheIn, mark: true });
  const [load, first] = out.split('@first\n');
  const during = first!.split('@second\n')[0]!;
  const count = (s: string, what: RegExp) => s.split('\n').filter(l => what.test(l)).length;
  const part = (s: string) =>
    `${count(s, /bytecode size/u)} to bytecode, ${count(s, /native code size/u)} tiered up to native`;
  return `loading ${part(load!)}; first analysis ${part(during)}`;
}

const f = (x: number) => x.toFixed(2).padStart(7);
function table(title: string, rows: Timing[][]): void {
  console.log(`\n${title}`);
  console.log(
    '  variant                          load    first   second  first−second  Δ(first−second) vs shipped',
  );
  const oneTime = rows.map(ts => median(ts.map(t => t.firstMs - t.secondMs)));
  rows.forEach((ts, k) => {
    const m = (key: keyof Omit<Timing, 'rejected'>) => median(ts.map(t => t[key]));
    const refused = ts.filter(t => t.rejected).length;
    console.log(
      `  ${VARIANTS[k]![0].padEnd(30)} ${f(m('loadMs'))}  ${f(m('firstMs'))}  ${f(m('secondMs'))}  ${f(oneTime[k]!)}       ${k ? f(oneTime[k]! - oneTime[0]!) : '      —'}${refused ? `  (cache refused ${refused}×)` : ''}`,
    );
  });
}

console.log(
  `COLD PARTS ${article}: CPU ms in fresh processes, medians of ${RUNS} (taken in turn); first − second = the one-time part of a first analysis`,
);
table('without a code cache (a fresh isolate compiling from source)', plain);
table('with the code cache (as the extension’s service worker starts)', cached);
console.log(`\nregexps compiled, without a cache: ${regexpCounts()}`);
console.log(`regexps compiled, with the cache:  ${regexpCounts(cacheOf(0))}`);

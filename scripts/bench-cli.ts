/**
 * What the command line costs on big and hostile inputs, as a reader runs it: one process per
 * input (`node scripts/analyze.mjs`, the bundled CLI, start-up included; a checkout without that
 * launcher, an older base, runs scripts/analyze.ts through tsx as it did), wall time and the
 * process's peak memory (max RSS).
 *
 *   npm run bench:cli
 *   npm run bench:cli -- --base ../other-clone   (each input run by that checkout too, side by side)
 *
 * Times are wall and CPU (user + system) seconds: on a shared machine the CPU time is the steadier.
 * Inputs: a 2 MB single line of real article text (the dev corpus's bodies, ../shared/eval/dev)
 * next to the same text one paragraph per line (one 2 MB article either way: its cost beyond
 * linear is the article's many speakers and quotes, not the line); the line with each copy's
 * names made its own, at 1 and 2 MB (a text of many different people); 200,000 `"`; a saved page
 * at the size limit (paragraph-dense: the worst case for jsdom); a 50 MB page and a page 10,000
 * elements deep, which are refused. Numbers are printed, never asserted.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isEndOfArticle } from '../core/lexicon/clutter';
import { HONORIFIC_SET } from '../core/lexicon/honorifics';
import { PLACE_SET, ROLE_WORD_SET } from '../core/lexicon/roles';
import { isRunWord } from '../core/engine/names/name-run';
import { MAX_INPUT_BYTES } from './cli/read-input';
import { isStudyArticle } from './eval/study-articles';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = resolve(
  process.env.KS_EVAL_DIR ?? join(root, '..', 'shared', 'eval'),
  'dev',
  'corpus',
);
const scratch = mkdtempSync(join(tmpdir(), 'ks-bench-cli-'));

// Reports the process's peak memory on exit, loaded into the CLI's process with --import.
const rssHook = join(scratch, 'report-rss.mjs');
writeFileSync(
  rssHook,
  "import { writeSync } from 'node:fs';\n" +
    "process.on('exit', () => { const u = process.resourceUsage();\n" +
    '  writeSync(2, `\\nmaxrss ${u.maxRSS} cpu ${u.userCPUTime + u.systemCPUTime}\\n`); });\n',
);

/** A checkout to compare with (`--base DIR`, with its own node_modules), or null. */
const baseIndex = process.argv.indexOf('--base');
const baseDir = baseIndex > 0 ? process.argv[baseIndex + 1] : undefined;
if (baseIndex > 0 && !baseDir) {
  // resolve('') is this checkout: it would be compared with itself without a word.
  console.error('bench:cli: --base needs a checkout directory');
  rmSync(scratch, { recursive: true, force: true });
  process.exit(2);
}
const base = baseDir ? resolve(baseDir) : null;

/** How `checkout` runs its CLI: the bundled launcher where it has one, else tsx. */
function cliOf(checkout: string): string[] {
  const launcher = join(checkout, 'scripts', 'analyze.mjs');
  return existsSync(launcher)
    ? [launcher]
    : ['--import', 'tsx', join(checkout, 'scripts', 'analyze.ts')];
}

/** Builds `checkout`'s CLI bundle if it is stale, so that no timed run pays for the build. */
function bundleFirst(checkout: string) {
  const bundler = join(checkout, 'scripts', 'cli', 'bundle.mjs');
  if (!existsSync(bundler)) return;
  const code = `const { freshBundle } = await import(${JSON.stringify(pathToFileURL(bundler).href)});\nawait freshBundle();`;
  spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: checkout,
    stdio: 'inherit',
  });
}

for (const checkout of base ? [base, root] : [root]) bundleFirst(checkout);

/** Runs one input through the CLI of `checkout` and prints its line; returns the CPU time. */
function runIn(checkout: string, label: string, file: string, size: number, args: string[]) {
  const t0 = performance.now();
  const child = spawnSync(
    process.execPath,
    ['--import', rssHook, ...cliOf(checkout), ...args, file],
    { cwd: checkout, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  const ms = performance.now() - t0;
  const kb = Number(/maxrss (\d+)/u.exec(child.stderr)?.[1] ?? NaN);
  const cpu = Number(/cpu (\d+)/u.exec(child.stderr)?.[1] ?? NaN) / 1e6;
  const message = child.stderr.replace(/\s*maxrss \d+ cpu \d+\s*$/u, '').trim();
  console.log(
    `${label.padEnd(34)} ${(size / 1e6).toFixed(2).padStart(6)} MB in: ${(ms / 1000).toFixed(2).padStart(6)} s, ` +
      `cpu ${cpu.toFixed(2).padStart(6)} s, max RSS ${(kb / 1024).toFixed(0).padStart(5)} MB ` +
      `(${((kb * 1024) / size).toFixed(1)}× input), exit ${child.status}` +
      `${message ? ` — ${message.split('\n')[0]}` : ''}`,
  );
  return cpu;
}

/** Runs one input through this checkout's CLI (and the base's first, when given). */
function run(name: string, content: string | Buffer, ext: string, args: string[] = []) {
  const file = join(scratch, `${name}.${ext}`);
  writeFileSync(file, content);
  const size = Buffer.byteLength(content);
  if (!base) return runIn(root, name, file, size, args);
  const before = runIn(base, `${name} (base)`, file, size, args);
  const after = runIn(root, `${name} (this)`, file, size, args);
  console.log(`${''.padEnd(34)} this / base (cpu): ${(after / before).toFixed(2)}×`);
  return after;
}

// Article bodies (after the dateline line), each joined into one line, repeated to 2 MB.
const bodies = readdirSync(corpusDir)
  .filter(f => f.endsWith('.txt') && isStudyArticle(f))
  .sort()
  .map(f => readFileSync(join(corpusDir, f), 'utf8'))
  // Without the end-of-article lines (`Berita Terkait`), which end the body of a text input: both
  // inputs then hold the same article text.
  .map(t => t.split('\n').filter(l => l.trim() && !isEndOfArticle(l.trim())));
const lines: string[] = [];
for (let i = 0; lines.join('\n').length < 2_000_000; i++) lines.push(...bodies[i % bodies.length]!);
const asLines = lines.join('\n').slice(0, 2_000_000);
const oneLine = asLines.replace(/\n/gu, ' ');

// The same line with every copy's names its own: a long text of many different people (the
// study articles repeat about 34 times in 2 MB, so a cost that grows with the number of distinct
// names, or that an article's repeated names shortcut, hides in the line above). Each copy's
// capitalised words that no lexicon knows as a role, place or title take a syllable of the copy's.
const SYLLABLES = [...'bdgklmnprst'].flatMap(c => [...'aiu'].map(v => c + v));
const copyMark = (c: number) =>
  (c >= SYLLABLES.length ? SYLLABLES[Math.floor(c / SYLLABLES.length) % SYLLABLES.length]! : '') +
  SYLLABLES[c % SYLLABLES.length]!;
const ownNames = (line: string, copy: number) =>
  line.replace(/\p{Lu}[\p{L}'’-]*/gu, w => {
    const lw = w.toLowerCase();
    const known = ROLE_WORD_SET.has(lw) || PLACE_SET.has(lw) || HONORIFIC_SET.has(lw);
    return w.length < 3 || known || !isRunWord(w) ? w : w + copyMark(copy);
  });
const novel: string[] = [];
for (let i = 0, n = 0; n < 2_000_000; i++) {
  for (const line of bodies[i % bodies.length]!) {
    novel.push(ownNames(line, Math.floor(i / bodies.length)));
    n += novel[novel.length - 1]!.length + 1;
  }
}
const novelLine = novel.join(' ').slice(0, 2_000_000);

// The process's own memory (Node, the CLI and the engine's lexicons) on a one-sentence article: what
// every run pays before its input, to read the ratios below against.
run('one-sentence article', 'Budi mengatakan, "Harga beras naik."\n', 'txt');
const single = run('2 MB single line', oneLine, 'txt');
const multi = run('same text, one line each', asLines, 'txt');
console.log(`single line / lines (cpu): ${(single / multi).toFixed(2)}×`);
const half = run('1 MB single line, own names', novelLine.slice(0, 1_000_000), 'txt');
const whole = run('2 MB single line, own names', novelLine, 'txt');
console.log(`2 MB / 1 MB, own names (cpu): ${(whole / half).toFixed(2)}×`);
run('200,000 straight quotes', '"'.repeat(200_000), 'txt');

// A saved page grown to the limit with copies of its article paragraphs.
const page = readFileSync(
  join(root, 'tests', 'fixtures', 'pages', 'current-design', 'source.html'),
  'utf8',
);
const paras = /<p>“Cadangan[\s\S]*?<\/p>\s*<p>Bambang mengatakan[\s\S]*?<\/p>/u.exec(page)![0];
const grow = (bytes: number) =>
  page.replace(
    '<p>Bambang mengatakan,',
    paras.repeat(Math.floor((bytes - page.length) / Buffer.byteLength(paras))) +
      '<p>Bambang mengatakan,',
  );
run('page at the size limit', grow(MAX_INPUT_BYTES - 50_000), 'html');
run('50 MB page', grow(50_000_000), 'html');
run('10,000 nested elements', `<!doctype html>${'<div>'.repeat(10_000)}<p>x</p>`, 'html');

rmSync(scratch, { recursive: true, force: true });

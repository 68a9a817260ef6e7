/**
 * Runs the engine over the dev corpus (../shared/eval/dev) and scores it with the shared scorer.
 *
 *   npm run eval                 # table
 *   npm run eval -- --verbose    # also every missed / spurious quote and wrong speaker
 *   npm run eval -- --floor      # exit 1 if any measure falls under eval-floor.json (CI's ratchet)
 *   npm run eval -- --ids 101,102  # score only these articles (a held-out slice, say)
 *
 * The corpus stays outside the project (it is Republika's text); predictions go to .eval-out/.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../core/analyze';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = resolve(process.env.KS_EVAL_DIR ?? join(root, '..', 'shared', 'eval'));
const corpusDir = join(evalDir, 'dev', 'corpus');
const goldDir = join(evalDir, 'dev', 'gold');
const outDir = join(root, '.eval-out');
const args = process.argv.slice(2);

if (!existsSync(corpusDir)) {
  console.error(`eval: no dev corpus at ${corpusDir} (expected ../shared beside the project)`);
  process.exit(2);
}

const urls = new Map(
  readFileSync(join(evalDir, 'dev', 'INDEX.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .map(line => line.split('\t'))
    .filter(cols => cols.length >= 2)
    .map(([file, url]) => [file!, url!]),
);

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
for (const file of readdirSync(corpusDir).filter(f => f.endsWith('.txt'))) {
  const text = readFileSync(join(corpusDir, file), 'utf8');
  const { result } = analyzeText(text, { url: urls.get(file) ?? null });
  writeFileSync(join(outDir, file.replace(/\.txt$/, '.json')), JSON.stringify(result, null, 2));
}

const scorer = join(evalDir, 'score.mjs');
const ids = optionValue('--ids');
const scorerArgs = ['--gold', goldDir, '--pred', outDir, ...(ids ? ['--ids', ids] : [])];
const table = execFileSync(
  'node',
  [scorer, ...scorerArgs, ...(args.includes('--verbose') ? ['--verbose'] : [])],
  { encoding: 'utf8' },
);
process.stdout.write(table);

if (args.includes('--floor')) {
  const floor = JSON.parse(readFileSync(join(root, 'eval-floor.json'), 'utf8')) as Floor;
  checkSameArticles(floor);
  const scores = JSON.parse(
    execFileSync('node', [scorer, ...scorerArgs, '--json'], { encoding: 'utf8' }),
  ) as ScoreJson;
  const measured = flatten(scores);
  const failures = Object.entries(floor)
    .filter((entry): entry is [string, number] => !entry[0].startsWith('_'))
    .filter(([key, min]) => (measured[key] ?? 0) + 1e-9 < min)
    .map(([key, min]) => `${key}: ${(measured[key] ?? 0).toFixed(3)} < floor ${min}`);
  if (failures.length) {
    console.error(`\neval: under the floor (eval-floor.json):\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log('\neval: every measure is at or above the floor (eval-floor.json)');
}

interface Prf {
  p: number;
  r: number;
  f1: number;
}
interface TypeScore {
  lenient: Prf;
  strict: Prf;
  speakerAccuracy: number;
  endToEnd: Prf;
}
interface ScoreJson {
  direct: TypeScore;
  indirect: TypeScore;
  speakerList: Prf;
  directSpeakerAccuracyByMention: Record<string, { n: number; accuracy: number }>;
}

/** The scorer's numbers under flat keys, as eval-floor.json names them. */
function flatten(s: ScoreJson): Record<string, number> {
  const out: Record<string, number> = {
    'direct.lenient.f1': s.direct.lenient.f1,
    'direct.lenient.p': s.direct.lenient.p,
    'direct.speakerAccuracy': s.direct.speakerAccuracy,
    'direct.endToEnd.f1': s.direct.endToEnd.f1,
    'indirect.lenient.f1': s.indirect.lenient.f1,
    'indirect.lenient.p': s.indirect.lenient.p,
    'indirect.speakerAccuracy': s.indirect.speakerAccuracy,
    'speakerList.f1': s.speakerList.f1,
  };
  const byMention = Object.values(s.directSpeakerAccuracyByMention);
  out['direct.minMentionAccuracy'] = byMention.length
    ? Math.min(...byMention.map(m => m.accuracy))
    : 0;
  return out;
}

/** The floor's own record of what it was measured on, beside the numbers. */
interface Floor {
  _comment?: string;
  _articles?: string;
  _goldSha256?: string;
  [measure: string]: number | string | undefined;
}

function optionValue(name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/**
 * The ids of the gold articles and one hash over their files, in id order: a floor measured on
 * another set of articles means nothing, so a changed set fails loudly instead of silently.
 */
function goldFingerprint(): { articles: string; sha256: string } {
  const files = readdirSync(goldDir)
    .filter(f => f.endsWith('.json'))
    .sort();
  const hash = createHash('sha256');
  for (const f of files)
    hash
      .update(f)
      .update('\0')
      .update(readFileSync(join(goldDir, f)));
  return { articles: files.map(f => f.slice(0, -5)).join(','), sha256: hash.digest('hex') };
}

function checkSameArticles(floor: Floor): void {
  if (ids) {
    console.error('eval: --floor scores the whole dev set; drop --ids');
    process.exit(2);
  }
  const now = goldFingerprint();
  if (floor._goldSha256 === now.sha256) return;
  console.error(
    'eval: the dev set is not the one eval-floor.json was measured on ' +
      `(floor: ${floor._articles ?? '?'}; now: ${now.articles}; sha256 ${now.sha256}).\n` +
      'Re-measure the floor on the new set in a commit of its own, and say why.',
  );
  process.exit(1);
}

if (args.includes('--fingerprint')) console.log(JSON.stringify(goldFingerprint()));

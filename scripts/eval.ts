/**
 * Runs the engine over the dev corpus (../shared/eval/dev) and scores it with the shared scorer.
 *
 *   npm run eval                 # table
 *   npm run eval -- --verbose    # also every missed / spurious quote and wrong speaker
 *   npm run eval -- --floor      # exit 1 if any measure falls under eval-floor.json (CI's ratchet)
 *
 * The corpus stays outside the project (it is Republika's text); predictions go to .eval-out/.
 */
import { execFileSync } from 'node:child_process';
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
const scorerArgs = ['--gold', goldDir, '--pred', outDir];
const table = execFileSync(
  'node',
  [scorer, ...scorerArgs, ...(args.includes('--verbose') ? ['--verbose'] : [])],
  { encoding: 'utf8' },
);
process.stdout.write(table);

if (args.includes('--floor')) {
  const floor = JSON.parse(readFileSync(join(root, 'eval-floor.json'), 'utf8')) as Record<
    string,
    number
  >;
  const scores = JSON.parse(
    execFileSync('node', [scorer, ...scorerArgs, '--json'], { encoding: 'utf8' }),
  ) as ScoreJson;
  const measured = flatten(scores);
  const failures = Object.entries(floor)
    .filter(([key]) => !key.startsWith('_'))
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

/**
 * Runs the engine over the dev corpus (../shared/eval/dev) and scores it with the shared scorer.
 *
 *   npm run eval                   # table, then the parts: name boundaries, roles
 *   npm run eval -- --verbose      # also every miss, wrong speaker, wrong name (study articles only)
 *   npm run eval -- --floor        # exit 1 if any measure falls under eval-floor.json (CI's ratchet)
 *   npm run eval -- --ids 101,102  # score only these articles (a held-out slice, say)
 *   npm run eval -- --ablate       # each switchable rule off in turn: which articles and scores move
 *
 * The corpus stays outside the project (it is Republika's text); predictions go to .eval-out/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../core/analyze';
import { FEATURES, withFeaturesOff, type FeatureName } from '../core/engine/features';
import { checkSameArticles, goldFingerprint, type Floor } from './eval/fingerprint';
import { nameBoundary } from './eval/name-boundary';
import { roleCoverage } from './eval/role-coverage';
import { isStudyArticle } from './eval/study-articles';
import { flatten, type ScoreJson } from './eval/score-json';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = resolve(process.env.KS_EVAL_DIR ?? join(root, '..', 'shared', 'eval'));
const corpusDir = join(evalDir, 'dev', 'corpus');
const goldDir = join(evalDir, 'dev', 'gold');
const outDir = join(root, '.eval-out');
const scorer = join(evalDir, 'score.mjs');
const args = process.argv.slice(2);
const ids = optionValue('--ids');

if (!existsSync(corpusDir)) {
  console.error(`eval: no dev corpus at ${corpusDir} (expected ../shared beside the project)`);
  process.exit(2);
}
if (args.includes('--fingerprint')) {
  console.log(JSON.stringify(goldFingerprint(goldDir)));
  process.exit(0);
}

const urls = new Map(
  readFileSync(join(evalDir, 'dev', 'INDEX.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .map(line => line.split('\t'))
    .filter(cols => cols.length >= 2)
    .map(([file, url]) => [file!, url!]),
);
const files = readdirSync(corpusDir).filter(f => f.endsWith('.txt'));
const articleIds = ids ? ids.split(',') : files.map(f => f.slice(0, -4)).sort();

/** Analyses every article into `dir` (one NNN.json each); returns the JSON texts by id. */
function predictAll(dir: string): Map<string, string> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const out = new Map<string, string>();
  for (const file of files) {
    const text = readFileSync(join(corpusDir, file), 'utf8');
    const { result } = analyzeText(text, { url: urls.get(file) ?? null });
    const json = JSON.stringify(result, null, 2);
    out.set(file.slice(0, -4), json);
    writeFileSync(join(dir, file.replace(/\.txt$/, '.json')), json);
  }
  return out;
}

function score(dir: string, only?: string): ScoreJson {
  const sel = only ?? ids;
  const a = ['--gold', goldDir, '--pred', dir, ...(sel ? ['--ids', sel] : []), '--json'];
  return JSON.parse(execFileSync('node', [scorer, ...a], { encoding: 'utf8' })) as ScoreJson;
}

const baseline = predictAll(outDir);
const scorerArgs = ['--gold', goldDir, '--pred', outDir, ...(ids ? ['--ids', ids] : [])];
const verbose = args.includes('--verbose');
process.stdout.write(execFileSync('node', [scorer, ...scorerArgs], { encoding: 'utf8' }));
// The details (every miss, with its text) are for study articles only: the blind slice is scored,
// never read, so --verbose lists the study articles among the selected ones and says so.
const studyIds = articleIds.filter(id => isStudyArticle(id));
if (verbose && studyIds.length) {
  const hidden = articleIds.length - studyIds.length;
  console.log(`\ndetails (study articles only${hidden ? `; ${hidden} blind not listed` : ''}):`);
  const detailArgs = [
    '--gold',
    goldDir,
    '--pred',
    outDir,
    '--ids',
    studyIds.join(','),
    '--verbose',
  ];
  process.stdout.write(execFileSync('node', [scorer, ...detailArgs], { encoding: 'utf8' }));
}

const names = nameBoundary(goldDir, outDir, articleIds);
const pct = (x: number) => (100 * x).toFixed(1);
console.log(
  `name boundaries: ${pct(names.exact / Math.max(1, names.overlapping))} ` +
    `(${names.exact} of ${names.overlapping} speaker names that share a word with a gold name equal it)`,
);
const studyMisses = names.misses.filter(miss => isStudyArticle(miss));
if (verbose && studyMisses.length) console.log(`  ${studyMisses.join('\n  ')}`);

const roles = roleCoverage(goldDir, outDir, articleIds);
console.log(
  `roles: ${pct(roles.matching / Math.max(1, roles.named))} ` +
    `(${roles.matching} of ${roles.named} named persons with a gold role carry a role sharing half its words)`,
);
const studyRoleMisses = roles.misses.filter(miss => isStudyArticle(miss));
if (verbose && studyRoleMisses.length) console.log(`  ${studyRoleMisses.join('\n  ')}`);

if (args.includes('--ablate') || args.includes('--ablate-only')) ablate();

if (args.includes('--floor')) {
  const floor = JSON.parse(readFileSync(join(root, 'eval-floor.json'), 'utf8')) as Floor;
  if (ids) {
    console.error('eval: --floor scores the whole dev set; drop --ids');
    process.exit(2);
  }
  checkSameArticles(floor, goldDir);
  const measured = flatten(score(outDir));
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

/**
 * Each switchable rule off in turn (core/engine/features.ts): the articles whose result changes,
 * and how the main scores move on the whole set. A rule whose removal moves one article is a
 * special case.
 */
function ablate(): void {
  const keys = [
    'direct.speakerAccuracy',
    'indirect.lenient.f1',
    'indirect.speakerAccuracy',
    'speakerList.f1',
  ];
  const base = flatten(score(outDir));
  console.log(`\nablation (Δ in points on ${articleIds.length} articles; ${keys.join(', ')})`);
  const ablDir = join(root, '.eval-out-ablate');
  // `--ablate-only a,b`: those features alone (a quicker look at what one change added).
  const only = optionValue('--ablate-only')?.split(',');
  const names = (Object.keys(FEATURES) as FeatureName[]).filter(n => !only || only.includes(n));
  for (const name of names) {
    const preds = withFeaturesOff([name], () => predictAll(ablDir));
    const changed = articleIds.filter(id => preds.get(id) !== baseline.get(id));
    const s = changed.length ? flatten(score(ablDir)) : base;
    const deltas = keys.map(k => (100 * ((s[k] ?? 0) - (base[k] ?? 0))).toFixed(1).padStart(6));
    // Blind articles are counted, never named: which blind text a rule moves is already a look at it.
    const study = changed.filter(id => isStudyArticle(id));
    const blind = changed.length - study.length;
    const named = study.length > 8 ? `${study.slice(0, 8).join(',')},…` : study.join(',');
    const list = blind ? `${named}${named ? ' ' : ''}+${blind} blind` : named;
    console.log(
      `${name.padEnd(30)} ${String(changed.length).padStart(3)} articles ${deltas.join(' ')}  ${list}`,
    );
  }
  rmSync(ablDir, { recursive: true, force: true });
}

function optionValue(name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

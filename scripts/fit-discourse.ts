/**
 * Fits the discourse model's weights (core/engine/discourse/antecedent-model.ts) to dev gold, on
 * the study articles only: ids up to 110 (001–073, 101–110). Articles 111–120 are the blind check
 * and are never read here; score them with `npm run eval -- --ids 111,…,120` after a fit.
 *
 *   npm run fit:discourse               # fit, print the weights
 *   npm run fit:discourse -- --verbose  # also each example whose gold speaker is no candidate
 *   npm run fit:discourse -- --set /work/coord/fresh:201-212 --set /work/coord/fresh2:301-316
 *                                       # also the study articles of held-out sets outside the
 *                                       # project (a folder with corpus/NNN.txt and gold/NNN.json)
 *   npm run fit:discourse -- --by-set …  # leave one SET out (dev and each --set folder) instead of
 *                                       # one article: how a fit does on a set it never saw
 *
 * A `--set` names its ids explicitly; ids of a blind set (dev 111–120, fresh B 213–224) are refused,
 * so no weight is ever fitted on a text that must stay unread.
 *
 * Every choice the model makes (a `-nya`, `dia`, `mereka` or back-pointing description) on a quote
 * that the scorer would match to a gold quote becomes one example: the candidates with their
 * features, and which of them name the gold speakers. Examples whose gold speaker is no candidate
 * at all (a name-reading error upstream) are counted apart, since no weight can fix them.
 *
 * Coordinate ascent over a coarse grid from the shipped weights: each weight in turn takes the grid
 * value that gets the most examples right, but only if it gets at least MIN_GAIN more right than
 * the current value (so one article cannot move a weight); ties keep the current value. The
 * output is a WEIGHTS block to paste into antecedent-model.ts, the accuracy before and after, and
 * the accuracy of the fit on each article left out of it (leave one article out).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emptyArticleInfo } from '../core/analyze';
import { analyzeBody } from '../core/engine/pipeline';
import type { Decision } from '../core/engine/discourse/resolve';
import { bodyParagraphs, readHeader } from '../core/engine/text/paragraphs';
import {
  bestCandidate,
  WEIGHTS,
  type AntecedentFeature,
} from '../core/engine/discourse/antecedent-model';
import { normName, tokens } from './eval/name-boundary';
import { extraSets } from './eval/extra-sets';
import { isStudyArticle, STUDY_MAX_ID } from './eval/study-articles';

/** A weight moves only when that fixes this many more examples than it breaks. */
const MIN_GAIN = 2;
/** Values each weight may take. */
const GRID = [-10, -4, -3, -2, -1.5, -1, -0.5, -0.2, -0.1, 0, 0.1, 0.2, 0.5, 1, 1.5, 2, 2.5, 3, 4];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = resolve(process.env.KS_EVAL_DIR ?? join(root, '..', 'shared', 'eval'));
const devIds = readdirSync(join(evalDir, 'dev', 'gold'))
  .map(f => f.replace(/\.json$/u, ''))
  .filter(id => isStudyArticle(id))
  .sort();
/** Where each study article lives: its folder (with corpus/ and gold/) and id. */
const articles = [
  ...devIds.map(id => ({ dir: join(evalDir, 'dev'), id })),
  ...extraSets(process.argv).flatMap(({ dir, ids }) => ids.map(id => ({ dir, id }))),
];
const ids = articles.map(a => a.id);

interface GoldQuote {
  type: 'direct' | 'indirect';
  text: string;
  speakers: string[];
}
interface GoldSpeaker {
  name: string;
  accept?: string[];
  aliases?: string[];
}
interface Example {
  id: string;
  /** The folder the article comes from: its set, for leave-one-set-out. */
  set: string;
  kind: string;
  decision: Decision;
  /** Indexes of the candidates that name the gold speakers. */
  right: Set<number>;
}

/** Share of the gold quote's tokens that the found quote holds (the scorer's lenient match). */
function ofGold(found: string, gold: string): number {
  const bag = new Map<string, number>();
  const g = tokens(gold);
  for (const t of g) bag.set(t, (bag.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of tokens(found)) {
    const n = bag.get(t);
    if (n) {
      common++;
      bag.set(t, n - 1);
    }
  }
  return g.length ? common / g.length : 0;
}

const examples: Example[] = [];
let unreachable = 0;
for (const { dir, id } of articles) {
  const text = readFileSync(join(dir, 'corpus', `${id}.txt`), 'utf8');
  const gold = JSON.parse(readFileSync(join(dir, 'gold', `${id}.json`), 'utf8')) as {
    speakers: GoldSpeaker[];
    quotes: GoldQuote[];
  };
  const lines = text.split(/\r?\n/u);
  const decisions: Decision[] = [];
  analyzeBody(
    lines,
    bodyParagraphs(lines, readHeader(lines).bodyStart),
    emptyArticleInfo(),
    decisions,
  );
  for (const d of decisions) {
    const found = lines[d.quote.paragraph]!.slice(d.quote.start, d.quote.end);
    const g = gold.quotes
      .filter(q => q.type === d.quote.type)
      .map(q => ({ q, o: ofGold(found, q.text) }))
      .filter(x => x.o >= 0.3)
      .sort((a, b) => b.o - a.o)[0]?.q;
    if (!g) continue;
    const forms = g.speakers.map(name => {
      const s = gold.speakers.find(x => x.name === name);
      return new Set([name, ...(s?.accept ?? []), ...(s?.aliases ?? [])].map(normName));
    });
    const right = new Set<number>();
    d.candidates.forEach((c, i) => {
      const names = c.entities.map(e => normName(e.name));
      const same = names.length === forms.length && forms.every(f => names.some(n => f.has(n)));
      if (same) right.add(i);
    });
    if (!right.size) {
      unreachable++;
      if (process.argv.includes('--verbose'))
        console.log(
          `${id} ${d.kind} «${found.slice(0, 40)}» gold [${g.speakers.join(', ')}] ` +
            `candidates [${d.candidates.map(c => c.entities.map(e => e.name).join('+') || '∅').join('; ')}]`,
        );
    } else examples.push({ id, set: dir, kind: d.kind, decision: d, right });
  }
}

type Weights = Record<AntecedentFeature, number>;
/** How many of the examples `on` the weights `w` get right. */
const rightOn = (on: readonly Example[], w: Weights): number =>
  on.filter(e => e.right.has(bestCandidate(e.decision.candidates, w))).length;
const byKind = (w: Weights): string =>
  [...new Set(examples.map(e => e.kind))]
    .sort()
    .map(k => {
      const of = examples.filter(e => e.kind === k);
      return `${k} ${rightOn(of, w)}/${of.length}`;
    })
    .join(', ');

/** Coordinate ascent from `from` over the examples `on`. */
function fit(from: Weights, on: readonly Example[]): Weights {
  const w: Weights = { ...from };
  for (let round = 0; round < 3; round++) {
    let moved = false;
    for (const f of Object.keys(w) as AntecedentFeature[]) {
      const now = rightOn(on, w);
      let best = w[f];
      let bestOk = now;
      for (const v of GRID) {
        const ok = rightOn(on, { ...w, [f]: v });
        if (ok > bestOk) {
          best = v;
          bestOk = ok;
        }
      }
      if (bestOk - now >= MIN_GAIN && best !== w[f]) {
        w[f] = best;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return w;
}

const start: Weights = { ...WEIGHTS };
const w = fit(start, examples);

/**
 * Leave one article out: fit on every other study article, score the one left out, so the figure
 * says how the fit does on an article it never saw (a fit scored on its own data only flatters).
 * With `--by-set`, leave one set out (the dev study articles, each `--set` folder): the figure
 * says how the fit does on a set of texts nobody fitted on, which is what unseen text is.
 */
const bySet = process.argv.includes('--by-set');
const unit = (e: Example): string => (bySet ? e.set : e.id);
let heldOutRight = 0;
let heldOutMoved = 0;
const perSet: string[] = [];
for (const u of new Set(examples.map(unit))) {
  const wo = fit(
    start,
    examples.filter(e => unit(e) !== u),
  );
  const moved = (Object.keys(wo) as AntecedentFeature[]).filter(f => wo[f] !== start[f]);
  if (moved.length) heldOutMoved++;
  const out = examples.filter(x => unit(x) === u);
  const ok = rightOn(out, wo);
  heldOutRight += ok;
  if (bySet)
    perSet.push(
      `  ${u}: ${ok} of ${out.length} (shipped ${rightOn(out, start)}); moved ${moved.join(', ') || 'nothing'}`,
    );
}

console.log(
  `study articles: ${ids.length} (dev ids <= ${STUDY_MAX_ID}: ${devIds.length}; ` +
    `other sets: ${ids.length - devIds.length})`,
);
console.log(
  `examples: ${examples.length} with the gold speaker among the candidates; ` +
    `${unreachable} without (an upstream name error no weight can fix)`,
);
console.log(
  `shipped weights: ${rightOn(examples, start)} of ${examples.length} right (${byKind(start)})`,
);
console.log(`fitted weights:  ${rightOn(examples, w)} of ${examples.length} right (${byKind(w)})`);
console.log(
  `leave one ${bySet ? 'set' : 'article'} out: ${heldOutRight} of ${examples.length} right on the ` +
    `${bySet ? 'set' : 'article'} left out (the fit moved a weight in ${heldOutMoved} of ` +
    `${new Set(examples.map(unit)).size} folds)`,
);
if (perSet.length) console.log(perSet.join('\n'));
if (process.argv.includes('--verbose'))
  for (const e of examples) {
    const c = e.decision.candidates;
    const got = bestCandidate(c, w);
    if (e.right.has(got)) continue;
    const names = (i: number) => c[i]?.entities.map(x => x.name).join('+') || '∅';
    console.log(`${e.id} ${e.kind} wrong: chose ${names(got)}, gold ${names([...e.right][0]!)}`);
  }
console.log('\nexport const WEIGHTS = {');
for (const f of Object.keys(w) as AntecedentFeature[])
  console.log(`  ${f}: ${w[f]},${w[f] !== start[f] ? ` // was ${start[f]}` : ''}`);
console.log('};');

/**
 * Where a wrong direct-quote speaker goes wrong: for every gold DIRECT quote the engine finds (the
 * scorer's lenient match) but credits to somebody else, the pipeline stage that lost the speaker.
 *
 *   npm run eval:speakers                                   # dev study articles (ids <= 110)
 *   npm run eval:speakers -- --set DIR:FROM-TO [--set …]    # also readable held-out sets
 *   npm run eval:speakers -- --no-dev --set …               # those sets only
 *   npm run eval:speakers -- --quiet-set DIR:FROM-TO        # a held-out set counted, never printed
 *   npm run eval:speakers -- --verbose                      # one line per error (study texts only)
 *
 * The stages, checked in this order (the first that explains the error names it):
 * - `name: …`: the predicted entities are the gold people (a name is a gold form, or one name's words
 *   hold the other's), a canonical name differs: `gold form among its aliases` (the cast read it and
 *   chose another as canonical), `gold form another entity` (the cast did not join the two),
 *   `extra words` (the name took a neighbour's words: a boundary), `fewer words` (the gold form was
 *   never read whole);
 * - `run-on`: a paragraph of a multi-paragraph quote took the speaker of the part after it;
 * - `cue: none linked`: the gold quote has a cue, the engine linked none (a floating reading);
 * - `floating: previous speaker` / `floating: a rule chose other`: a quote without a cue took the
 *   previous statement's speaker, or a rule (agent after it, a narrated subject) chose another;
 * - `cue: other cue linked`: the cue the engine linked is not the gold cue;
 * - for a mention the discourse model resolves (`-nya`, `dia`, `mereka`, a description):
 *   `model: gold not a candidate (never read)` — no cast entity is the gold person;
 *   `model: gold not a candidate (other name)` — the cast holds the person under another name form;
 *   `model: gold not a candidate (in cast)` — the cast has the person, candidate generation left it out;
 *   `model: chose other over gold` — the gold person is a candidate and scores lower (`--verbose`
 *   prints both feature vectors, the features that differ);
 *   `model: rule overrode` — the model chose the gold person, the final speaker differs;
 * - `gold unnamed, we named one` / `we named nobody`: an anonymous gold quote credited to somebody,
 *   or a named one to nobody, when no stage above explains it (with a recorded model decision, an
 *   anonymous gold quote is `gold unnamed, we named one` before the model's stages);
 * - `named: cue names another` / `title: resolved to other`: a name or a title at the cue read as
 *   another entity (or none).
 *
 * Blind ids are refused as in fit:discourse (extra-sets.ts); `--verbose` prints study texts only.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticle } from '../../core/engine/pipeline';
import { resolveAll, type Decision, type Resolved } from '../../core/engine/discourse/resolve';
import { bodyParagraphs, readHeader } from '../../core/engine/text/paragraphs';
import { splitLines } from '../../core/engine/text/string-scans';
import type { Entity } from '../../core/engine/cast/entity';
import {
  antecedentScore,
  type AntecedentFeature,
  type AntecedentFeatures,
} from '../../core/engine/discourse/antecedent-model';
import { normName, tokens } from './name-boundary';
import { extraSets } from './extra-sets';
import { isStudyArticle } from './study-articles';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const evalDir = resolve(process.env.KS_EVAL_DIR ?? join(root, '..', 'shared', 'eval'));
const argv = process.argv.slice(2);
const verbose = argv.includes('--verbose');
/** `--quiet-set DIR:FROM-TO`: a set scored in aggregate only (its lines are never printed). */
const quiet = new Set(
  argv.flatMap((a, i) => (a === '--quiet-set' ? extraSets(['--set', argv[i + 1] ?? '']) : [])),
);
const devIds = argv.includes('--no-dev')
  ? []
  : readdirSync(join(evalDir, 'dev', 'gold'))
      .map(f => f.replace(/\.json$/u, ''))
      .filter(id => isStudyArticle(id))
      .sort();
const articles = [
  ...devIds.map(id => ({ dir: join(evalDir, 'dev'), id, quiet: false })),
  ...extraSets(argv).flatMap(({ dir, ids }) => ids.map(id => ({ dir, id, quiet: false }))),
  ...[...quiet].flatMap(({ dir, ids }) => ids.map(id => ({ dir, id, quiet: true }))),
];

interface GoldQuote {
  type: 'direct' | 'indirect';
  text: string;
  speakers: string[];
  mention?: string;
  cue?: string | null;
  anonymous?: string;
}
interface GoldSpeaker {
  name: string;
  accept?: string[];
  aliases?: string[];
}
interface Gold {
  speakers: GoldSpeaker[];
  quotes: GoldQuote[];
}

/** The scorer's token overlap (../shared/eval/score.mjs). */
function overlap(p: string[], g: string[]): { ofGold: number; ofPred: number } {
  const bag = new Map<string, number>();
  for (const t of g) bag.set(t, (bag.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of p) {
    const n = bag.get(t);
    if (n) {
      common++;
      bag.set(t, n - 1);
    }
  }
  return { ofGold: g.length ? common / g.length : 0, ofPred: p.length ? common / p.length : 0 };
}

/** The scorer's greedy one-to-one match: pairs [gold index, predicted index]. */
function match(golds: readonly string[], preds: readonly string[]): [number, number][] {
  const pairs: { gi: number; pi: number; score: number }[] = [];
  golds.forEach((g, gi) =>
    preds.forEach((p, pi) => {
      const o = overlap(tokens(p), tokens(g));
      if (o.ofGold >= 0.3) pairs.push({ gi, pi, score: o.ofGold + o.ofPred });
    }),
  );
  pairs.sort((a, b) => b.score - a.score);
  const gUsed = new Set<number>();
  const pUsed = new Set<number>();
  const out: [number, number][] = [];
  for (const p of pairs)
    if (!gUsed.has(p.gi) && !pUsed.has(p.pi)) {
      gUsed.add(p.gi);
      pUsed.add(p.pi);
      out.push([p.gi, p.pi]);
    }
  return out;
}

/** The scorer's speaker match: the same number of names, each gold one by its name or `accept`. */
function scorerMatch(g: GoldQuote, names: readonly string[], gold: Gold): boolean {
  if (g.speakers.length !== names.length) return false;
  const left = names.map(normName);
  for (const name of g.speakers) {
    const s = gold.speakers.find(x => x.name === name);
    const ok = new Set([name, ...(s?.accept ?? [])].map(normName));
    const i = left.findIndex(p => ok.has(p));
    if (i < 0) return false;
    left.splice(i, 1);
  }
  return true;
}

/** Every written form of a gold speaker: name, accepted forms and aliases, normalised. */
function goldForms(gold: Gold, name: string): Set<string> {
  const s = gold.speakers.find(x => x.name === name);
  return new Set([name, ...(s?.accept ?? []), ...(s?.aliases ?? [])].map(normName));
}

/**
 * True when entity `e`'s name is among the gold person's `forms` (its aliases are not asked: a
 * cast that merged two people lists the other's name among them).
 */
const isForm = (e: Entity, forms: ReadonlySet<string>): boolean => forms.has(normName(e.name));

/** True when `e`'s name and one gold form hold each other's words (`Rina` / `Rina Kartika`). */
function sharesName(e: Entity, forms: ReadonlySet<string>): boolean {
  const mine = normName(e.name)
    .split(' ')
    .filter(w => w.length > 2);
  if (!mine.length) return false;
  return [...forms].some(f => {
    const theirs = f.split(' ').filter(w => w.length > 2);
    if (!theirs.length) return false;
    return mine.every(w => theirs.includes(w)) || theirs.every(w => mine.includes(w));
  });
}

/** True when the entities are the gold speakers, one for one, by any written form. */
function samePeople(es: readonly Entity[], g: GoldQuote, gold: Gold, loose: boolean): boolean {
  if (es.length !== g.speakers.length || !es.length) return false;
  const left = [...es];
  for (const name of g.speakers) {
    const forms = goldForms(gold, name);
    const i = left.findIndex(e => isForm(e, forms) || (loose && sharesName(e, forms)));
    if (i < 0) return false;
    left.splice(i, 1);
  }
  return true;
}

const names = (es: readonly Entity[]): string => es.map(e => e.name).join('+') || '∅';
const lower = (s: string | null | undefined): string => (s ?? '').toLowerCase();

/** True when the linked cue is the gold one (case folded; `ujarnya` and `ujar` alike). */
function sameCue(gold: string | null | undefined, linked: string | null): boolean {
  const a = lower(gold).replace(/nya$/u, '');
  const b = lower(linked).replace(/nya$/u, '');
  return !a || a === b || a.startsWith(b) || b.startsWith(a);
}

const counts = new Map<string, Map<string, number>>();
/** The articles each stage's errors come from (a stage all in one article is one article's). */
const articlesOf = new Map<string, Set<string>>();
const kinds = new Set<string>();
const lines: string[] = [];
let wrong = 0;
let matched = 0;

function count(stage: string, kind: string, id: string): void {
  kinds.add(kind);
  articlesOf.set(stage, (articlesOf.get(stage) ?? new Set<string>()).add(id));
  const row = counts.get(stage) ?? new Map<string, number>();
  row.set(kind, (row.get(kind) ?? 0) + 1);
  counts.set(stage, row);
}

/** The features where two candidates differ, with each one's value (`lastSpeaker 1/0`). */
function featureDiff(a: AntecedentFeatures, b: AntecedentFeatures): string {
  return (Object.keys(a) as AntecedentFeature[])
    .filter(k => a[k] !== b[k])
    .map(k => `${k} ${a[k]}/${b[k]}`)
    .join(', ');
}

/**
 * Why entities naming the right people carry another name (otherForm's kinds, in that order): the
 * first gold speaker whose entity's name is no gold form tells.
 */
function otherForm(
  es: readonly Entity[],
  g: GoldQuote,
  gold: Gold,
  cast: readonly Entity[],
): string {
  for (const name of g.speakers) {
    const forms = scorerForms(gold, name);
    const e = es.find(x => !forms.has(normName(x.name)) && sharesName(x, goldForms(gold, name)));
    if (!e) continue;
    const mine = normName(e.name).split(' ');
    const theirs = normName(name).split(' ');
    if ([...e.aliases].some(a => forms.has(normName(a))))
      return mine.every(w => theirs.includes(w))
        ? 'gold form among its aliases, a part of it shown'
        : 'gold form among its aliases, another form shown';
    if (cast.some(x => x !== e && forms.has(normName(x.name)))) return 'gold form another entity';
    if (theirs.every(w => mine.includes(w))) return 'extra words';
    if (mine.every(w => theirs.includes(w))) return 'fewer words';
    return 'an alias of gold';
  }
  return 'other form';
}

/** A gold speaker's forms the scorer accepts: its name and `accept`, normalised. */
function scorerForms(gold: Gold, name: string): Set<string> {
  const s = gold.speakers.find(x => x.name === name);
  return new Set([name, ...(s?.accept ?? [])].map(normName));
}

/** Why the gold person is no candidate: the cast never read them, or under another name. */
function whyNoCandidate(cast: readonly Entity[], g: GoldQuote, gold: Gold): string {
  const forms = g.speakers.map(n => goldForms(gold, n));
  if (forms.every(f => cast.some(e => isForm(e, f)))) return 'in cast';
  if (forms.every(f => cast.some(e => isForm(e, f) || sharesName(e, f)))) return 'other name';
  return 'never read';
}

for (const { dir, id, quiet: hush } of articles) {
  const text = readFileSync(join(dir, 'corpus', `${id}.txt`), 'utf8');
  const gold = JSON.parse(readFileSync(join(dir, 'gold', `${id}.json`), 'utf8')) as Gold;
  const all = splitLines(text);
  const body = bodyParagraphs(all, readHeader(all).bodyStart);
  const { cands, cast } = readArticle(body);
  const decisions: Decision[] = [];
  const resolved = resolveAll(cands, cast, body, decisions);
  const shown = resolved.filter(r => !r.unsaid && r.type === 'direct');
  const golds = gold.quotes.filter(q => q.type === 'direct');
  const decisionOf = (r: Resolved): Decision | undefined =>
    decisions.find(
      d => d.quote.paragraph === r.paragraph && d.quote.start === r.start && d.quote.end === r.end,
    );
  /** The statement resolved before `r` (not embedded): whose words a floating quote goes on. */
  const previous = (r: Resolved): Resolved | undefined => {
    const k = resolved.indexOf(r);
    for (let i = k - 1; i >= 0; i--) if (!resolved[i]!.embedded) return resolved[i];
    return undefined;
  };
  const quoteText = (r: Resolved): string => all[r.paragraph]!.slice(r.start, r.end);
  for (const [gi, pi] of match(
    golds.map(g => g.text),
    shown.map(quoteText),
  )) {
    matched++;
    const g = golds[gi]!;
    const r = shown[pi]!;
    if (
      scorerMatch(
        g,
        r.entities.map(e => e.name),
        gold,
      )
    )
      continue;
    wrong++;
    const kind = g.mention ?? 'other';
    let stage: string;
    let detail = '';
    const d = decisionOf(r);
    const m = r.mention;
    if (samePeople(r.entities, g, gold, true))
      stage = `name: ${otherForm(r.entities, g, gold, cast.all)}`;
    else if (r.runsOn) stage = 'run-on: took the next part’s speaker';
    else if (!m) {
      if (g.cue) stage = 'cue: none linked';
      else {
        const prev = previous(r);
        const same = prev && names(prev.entities) === names(r.entities);
        stage = same ? 'floating: previous speaker' : 'floating: a rule chose other';
        detail = `prev ${prev ? names(prev.entities) : '-'}`;
      }
    } else if (g.cue && !sameCue(g.cue, r.cue)) {
      stage = 'cue: other cue linked';
      detail = `gold cue ${g.cue}, linked ${r.cue ?? '∅'}`;
    } else if (d) {
      const right = d.candidates
        .map((c, i) => (samePeople(c.entities, g, gold, false) ? i : -1))
        .filter(i => i >= 0);
      if (!g.speakers.length) stage = 'gold unnamed, we named one';
      else if (!right.length) {
        stage = `model: gold not a candidate (${whyNoCandidate(cast.all, g, gold)})`;
        detail = `candidates ${d.candidates.map(c => names(c.entities)).join('; ')}`;
      } else if (!right.includes(d.chosen)) {
        stage = 'model: chose other over gold';
        const c = d.candidates[d.chosen]!;
        const best = right
          .map(i => d.candidates[i]!)
          .sort((a, b) => antecedentScore(b.features) - antecedentScore(a.features))[0]!;
        detail =
          `${d.kind}: chose ${names(c.entities)} ${antecedentScore(c.features).toFixed(1)} over ` +
          `${names(best.entities)} ${antecedentScore(best.features).toFixed(1)} | ` +
          featureDiff(c.features, best.features);
      } else stage = 'model: rule overrode';
    } else if (!g.speakers.length) stage = 'gold unnamed, we named one';
    else if (!r.entities.length) stage = 'we named nobody';
    else if (m.kind === 'named') stage = 'named: cue names another';
    else if (m.kind === 'pronoun' || m.kind === 'nya') stage = 'model: no decision recorded';
    else stage = `${m.kind}: resolved to other`;
    count(stage, kind, id);
    if (verbose && !hush && (dir !== join(evalDir, 'dev') || isStudyArticle(id)))
      lines.push(
        `${id} [${kind}] ${stage}: gold [${g.speakers.join(', ') || (g.anonymous ?? '')}] ` +
          `pred [${names(r.entities)}] mention ${m ? `${m.kind} «${m.text}»` : '∅'} ` +
          `«${g.text.slice(0, 50)}»${detail ? `\n    ${detail}` : ''}`,
      );
  }
}

const kindList = [...kinds].sort();
const width = Math.max(...[...counts.keys()].map(s => s.length), 5);
console.log(
  `${articles.length} articles, ${matched} direct quotes matched, ${wrong} with a wrong speaker`,
);
console.log(
  `${'stage'.padEnd(width)} ${kindList.map(k => k.padStart(13)).join('')}   total in articles`,
);
const rows = [...counts.entries()].sort(
  (a, b) =>
    [...b[1].values()].reduce((x, y) => x + y, 0) - [...a[1].values()].reduce((x, y) => x + y, 0),
);
for (const [stage, row] of rows) {
  const total = [...row.values()].reduce((x, y) => x + y, 0);
  console.log(
    `${stage.padEnd(width)} ${kindList.map(k => String(row.get(k) ?? '').padStart(13)).join('')}   ` +
      `${total} in ${articlesOf.get(stage)?.size ?? 0}`,
  );
}
if (lines.length) console.log(`\n${lines.join('\n')}`);

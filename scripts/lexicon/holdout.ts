/**
 * `npm run -s lexicon:holdout`: an honest measure of the name model on data no part of it was
 * made from. The shipped word lexicons are derived from the NER corpora's train splits only
 * (sources.ts); here the role/name split (names/name-split.ts) reads every capitalised run of the
 * cased NERGrit valid split that holds one PERSON span, with no article evidence. A run's reading
 * is right when its name is exactly the PERSON span's words.
 *
 * Printed: the share right over all such runs, and over the runs where words precede the person
 * (a role, a place, an honorific: the boundary the model decides), with the shipped lexicons, with
 * lexicons derived from train and valid (which saw the answers: an upper bound), and with no
 * generated lexicons (what the rules do alone).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRunWord, readRun } from '../../core/engine/names/name-run';
import { splitRun } from '../../core/engine/names/name-split';
import type { Token } from '../../core/engine/text/text';
import { withWordLists, type WordLists } from '../../core/lexicon/name-words';
import {
  areaWordTypes,
  countTokens,
  nameClasses,
  personWordTypes,
  placeWords,
  SHAPE_STEP,
  shapeLevels,
  trigrams,
} from './derive';
import { areaCsvs, NER_DIR, sourcesPresent, villageCsv } from './sources';
import { PLACE_SPELLING } from './name-shape';

/** One sentence of a CoNLL file: its tokens (offsets in the space-joined text) and tags. */
interface Sentence {
  text: string;
  toks: Token[];
  tags: string[];
}

function sentences(conll: string): Sentence[] {
  const out: Sentence[] = [];
  for (const block of conll.split(/\n\s*\n/u)) {
    const rows = block
      .split('\n')
      .map(l => l.split('\t'))
      .filter(r => r.length >= 2 && r[0]);
    if (!rows.length) continue;
    let text = '';
    const toks: Token[] = [];
    for (const [word] of rows) {
      if (text) text += ' ';
      toks.push({
        text: word!,
        lower: word!.toLowerCase(),
        start: text.length,
        end: text.length + word!.length,
      });
      text += word;
    }
    out.push({ text, toks, tags: rows.map(r => r[1]!.trim()) });
  }
  return out;
}

/** Gold PERSON spans of a sentence as [from, to) token ranges. */
function personSpans(tags: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== 'B-PERSON') continue;
    let j = i + 1;
    while (tags[j] === 'I-PERSON') j++;
    out.push([i, j]);
  }
  return out;
}

interface Score {
  runs: number;
  right: number;
  prefixed: number;
  prefixedRight: number;
}

/** Reads every run holding exactly one PERSON span and scores its name against the span. */
function score(data: readonly Sentence[]): Score {
  const s: Score = { runs: 0, right: 0, prefixed: 0, prefixedRight: 0 };
  const none = new Set<string>();
  for (const { text, toks, tags } of data) {
    const spans = personSpans(tags);
    for (let start = 0; start < toks.length; start++) {
      if (!isRunWord(toks[start]!.text)) continue;
      const end = readRun(toks, start);
      if (end === start) continue;
      // One person whose span lies inside the run: a run with two people, or a person whose span
      // the run cuts, tests the run reader, not the split.
      const inside = spans.filter(([a, b]) => a < end && b > start);
      const [a, b] = inside[0] ?? [-1, -1];
      if (inside.length === 1 && a >= start && b <= end) {
        const gold = toks
          .slice(a, b)
          .map(t => t.text)
          .join(' ');
        const ref = splitRun(toks.slice(start, end), text, none);
        const ok = ref.kind === 'person' && ref.name === gold;
        s.runs++;
        if (ok) s.right++;
        if (a > start) {
          s.prefixed++;
          if (ok) s.prefixedRight++;
        }
      }
      start = end - 1;
    }
  }
  return s;
}

const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}`;

if (!sourcesPresent()) {
  console.error(`lexicon:holdout: NER corpora not found under ${NER_DIR}`);
  process.exit(1);
}
const read = (d: string, f: string) => readFileSync(join(NER_DIR, d, f), 'utf8');
const corpora = ['nerp_ner-prosa', 'nergrit_ner-grit'];
const splits = ['train_preprocess.txt', 'valid_preprocess.txt'];
const withValid = countTokens(corpora.flatMap(d => splits.map(f => read(d, f))));
const classes = nameClasses(withValid);
const sawValid: WordLists = {
  places: placeWords(areaCsvs(), withValid),
  first: classes.personFirst,
  inner: classes.personInner,
  orgs: classes.org,
};
const empty: WordLists = { places: [], first: [], inner: [], orgs: [] };
const valid = sentences(read('nergrit_ner-grit', 'valid_preprocess.txt'));

const rows: [string, Score][] = [
  ['shipped lexicons (train only)', score(valid)],
  ['train+valid lexicons (leaky)', withWordLists(sawValid, () => score(valid))],
  ['no generated lexicons', withWordLists(empty, () => score(valid))],
];
console.log(
  `NERGrit valid: ${valid.length} sentences; capitalised runs holding one PERSON span, read with no article evidence`,
);
for (const [label, s] of rows)
  console.log(
    `${label.padEnd(30)} exact name ${pct(s.right, s.runs)} (${s.right}/${s.runs})  ` +
      `with words before the person ${pct(s.prefixedRight, s.prefixed)} (${s.prefixedRight}/${s.prefixed})`,
  );

/**
 * The word-shape model (derive.ts shapeLevels) scored on word types it was not fitted on: the
 * place-only and person-only types are cut into five folds; each fold is scored by a model fitted
 * on the other four. Printed: the share of held-out place words the name model reads as spelled
 * like a place (placeShape >= PLACE_SPELLING) and the share of held-out person words it misreads so.
 */
function shapeHoldout(): void {
  const placeTypes = areaWordTypes([...areaCsvs(), villageCsv()]);
  const personTypes = personWordTypes(countTokens(corpora.map(d => read(d, splits[0]!))));
  const places = [...placeTypes].filter(w => !personTypes.has(w)).sort();
  const people = [...personTypes].filter(w => !placeTypes.has(w)).sort();
  const folds = 5;
  let placeHits = 0;
  let personHits = 0;
  for (let f = 0; f < folds; f++) {
    const train = (ws: string[]) => new Set(ws.filter((_, i) => i % folds !== f));
    const levels = new Map<string, number>();
    for (const [level, grams] of shapeLevels(train(places), train(people)))
      for (const g of grams) levels.set(g, level);
    const score = (w: string) => {
      const gs = trigrams(w);
      let sum = 0;
      for (const g of gs) sum += levels.get(g) ?? 0;
      return (sum * SHAPE_STEP) / gs.size;
    };
    placeHits += places.filter((w, i) => i % folds === f && score(w) >= PLACE_SPELLING).length;
    personHits += people.filter((w, i) => i % folds === f && score(w) >= PLACE_SPELLING).length;
  }
  console.log(
    `word shape, 5-fold over word types: place words read as places ${pct(placeHits, places.length)} ` +
      `(${placeHits}/${places.length}), person words read as places ${pct(personHits, people.length)} ` +
      `(${personHits}/${people.length})`,
  );
}
shapeHoldout();

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
import { countTokens, nameClasses, placeWords } from './derive';
import { areaCsvs, NER_DIR, sourcesPresent } from './sources';

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

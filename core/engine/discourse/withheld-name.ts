/**
 * A speaker described with a clause that withholds their name (`“…,” ucap pedagang yang enggan
 * menyebutkan namanya itu`, `kata seorang warga yang tak mau disebut namanya`): the writer says
 * outright that the description names nobody, so it is an unnamed speaker, never the person its
 * head noun would point back to (`pedagang` → the trader the article named) — and the `ujarnya`
 * after it goes on from that unnamed speaker (the statement is recorded with no entities).
 */
import { NAME_WITHHELD_BARE, NAME_WITHHELD_NOUNS, NAME_WITHHOLDING } from '../../lexicon/cues';
import { featureOn } from '../features';
import { isAlnumOrHyphenCp, runsOf } from '../text/chars';

/** Most words from the `yang` to the name noun (`yang tidak mau disebutkan namanya`). */
const MAX_CLAUSE = 6;

/**
 * True when description `text` (a mention read at a cue) holds a `yang` clause that withholds its
 * person's name: within a few words after `yang`, a name noun (`namanya`) and a withholding word
 * (`enggan`, `tidak`, `dirahasiakan`).
 */
export function withholdsName(text: string): boolean {
  if (!featureOn('discourse.withheldName')) return false;
  const w = runsOf(text.toLowerCase(), isAlnumOrHyphenCp);
  const y = w.indexOf('yang');
  if (y < 0) return false;
  const clause = w.slice(y + 1, y + 1 + MAX_CLAUSE + 1);
  return clause.some(namesSpeaker) && clause.some(x => NAME_WITHHOLDING.has(x));
}

/** Whether word `k` of a clause is the speaker's own name: possessed, or bare and closing it. */
function namesSpeaker(x: string, k: number, clause: readonly string[]): boolean {
  if (NAME_WITHHELD_NOUNS.has(x)) return true;
  const next = clause[k + 1];
  return NAME_WITHHELD_BARE.has(x) && (next === undefined || CLAUSE_CLOSERS.has(next));
}

/** Demonstratives that close a description after its clause (`… disebut nama itu`). */
const CLAUSE_CLOSERS: ReadonlySet<string> = new Set(['itu', 'tersebut']);

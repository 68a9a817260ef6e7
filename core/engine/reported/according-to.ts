/**
 * English `according to` sources that the name readers leave open (en.republika.co.id):
 * `According to an engineer who inspected the bridge, …` names nobody, and `According to the group's
 * director, Rina Kartika, …` names the person in the appositive, not the description.
 */
import { EN_INDEFINITE_ARTICLES } from '../../lexicon/cues-en';
import { SOURCE_NOUN_SET } from '../../lexicon/cues';
import type { Mention } from '../names/mention';
import { mentionAfter } from '../names/mention-after';
import { mentionEnd, tokenPast } from './reported-rule';
import type { Sentence } from './reported-clause';
import type { Token } from '../text/text';

const INDEFINITE: ReadonlySet<string> = new Set(EN_INDEFINITE_ARTICLES);

/** The most tokens an unnamed source may span before its comma (`an engineer who inspected …`). */
const MAX_SOURCE = 14;

/** A mention and the index of the token right after it. */
export interface SourceReading {
  readonly mention: Mention;
  readonly end: number;
}

/**
 * `an engineer who inspected the bridge,` at token `k`: an indefinite description up to its comma
 * is an unnamed person, unless a document or count (`a report by …`, SOURCE_NOUN_SET) heads it.
 */
export function unnamedSource(
  toks: readonly Token[],
  k: number,
  text: string,
  s: Sentence,
): SourceReading | null {
  if (!INDEFINITE.has(toks[k]?.lower ?? '')) return null;
  for (let j = k + 1; j < toks.length && j - k <= MAX_SOURCE && toks[j]!.start < s.end; j++) {
    const w = toks[j]!;
    if (SOURCE_NOUN_SET.has(w.lower)) return null;
    if (w.text !== ',') continue;
    if (j === k + 1) return null;
    const span = text.slice(toks[k]!.start, toks[j - 1]!.end);
    return { mention: { kind: 'anonymous', text: span }, end: j };
  }
  return null;
}

/**
 * `the group's director, Rina Kartika, …`: after a description ending before the comma at `k`, a
 * name set off by commas is who the description is; null when no named mention sits there.
 */
export function appositiveName(
  toks: readonly Token[],
  k: number,
  text: string,
  evidence: ReadonlySet<string>,
): SourceReading | null {
  if (toks[k]?.text !== ',' || !toks[k + 1]) return null;
  const m = mentionAfter(toks, k + 1, text, evidence);
  if (m?.kind !== 'named') return null;
  const end = tokenPast(toks, k + 1, mentionEnd(text, m, toks[k + 1]!.start));
  return toks[end]?.text === ',' ? { mention: m, end } : null;
}

/**
 * A pre-posed cue that is the second predicate of its sentence, joined to the first by a
 * coordinator: `X memahami alasan itu, tetapi meminta agar …`, `X menyambut baik aturan itu dan
 * mengatakan …`, `X menolak tuduhan itu, lalu menyebut …`. Indonesian leaves the subject of the
 * second predicate unsaid: it is the sentence's subject, read before its first verb as any
 * pre-posed cue's subject is. A first predicate that is itself a cue is left to the clause readers
 * (its clause may run on past the coordinator).
 */
import { CUE_ADVERB_SET, PRE_CUE_SET } from '../../lexicon/cues';
import { PLURAL, SINGULAR } from '../../lexicon/pronouns';
import type { Mention } from '../names/mention';
import type { ArticleEvidence } from '../names/name-model';
import { isRunToken } from '../names/name-run';
import type { Token } from '../text/text';
import { featureOn } from '../features';
import { isLowerCp, runOf } from '../text/chars';
import { IRREGULAR_ACTIVE_VERBS } from '../../lexicon/verb-lookalikes';

/** Words that join a second predicate to the first (`dan`, `tetapi`, `namun`, `lalu` …). */
export const COORDINATOR_SET: ReadonlySet<string> = new Set(
  'dan serta tetapi tapi namun sekaligus lalu kemudian'.split(' '),
);

/**
 * An active verb's shape (`memahami`, `menyambut`, `berjanji`): what the subject is followed by.
 * `/^(me|ber)\p{Ll}{3,}$/u` as a scan, and the ber- verbs written otherwise (IRREGULAR_ACTIVE_VERBS).
 */
export function isActiveVerbShape(w: string): boolean {
  if (IRREGULAR_ACTIVE_VERBS.has(w)) return true;
  const stem = w.startsWith('me') ? w.slice(2) : w.startsWith('ber') ? w.slice(3) : null;
  return stem !== null && runOf(stem, isLowerCp) >= 3;
}

/**
 * The subject of the cue whose subject would end before token `k` when a coordinator stands there
 * (`…, tetapi meminta`), read before the first verb of the sentence opening at token `from`; null
 * otherwise. `before` reads a subject ending before a token as the pre-posed cue does.
 */
export function coordinatedSubject(
  toks: readonly Token[],
  k: number,
  from: number,
  text: string,
  evidence: ArticleEvidence,
  before: (toks: readonly Token[], i: number, text: string, ev: ArticleEvidence) => Mention | null,
): Mention | null {
  // `…, lalu menegaskan`: the cue adverbs were stepped over, so the coordinator may stand at `k`.
  const joined =
    COORDINATOR_SET.has(toks[k - 1]?.lower ?? '') ||
    (toks[k - 1]?.text === ',' && COORDINATOR_SET.has(toks[k]?.lower ?? ''));
  if (!joined) return null;
  if (!featureOn('reported.coordinatedCue')) return null;
  for (let v = from + 1; v < k - 1; v++) {
    const w = toks[v]!;
    if (!isActiveVerbShape(w.text) || !followsSubject(toks[v - 1]!)) continue;
    if (PRE_CUE_SET.has(w.lower)) return null;
    let end = v;
    while (end > from && CUE_ADVERB_SET.has(toks[end - 1]!.lower)) end--;
    return before(toks, end, text, evidence);
  }
  return null;
}

/**
 * True when token `t` may end a sentence's subject right before its verb: a capitalised word, the
 * comma that closes an appositive, a bracket (an age, a short form), a pronoun or a cue adverb.
 */
function followsSubject(t: Token): boolean {
  return (
    isRunToken(t) ||
    t.text === ',' ||
    t.text.endsWith(')') ||
    SINGULAR.has(t.lower) ||
    PLURAL.has(t.lower) ||
    CUE_ADVERB_SET.has(t.lower)
  );
}

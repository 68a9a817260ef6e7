/**
 * A subject with a relative clause between it and the cue: `Budi Hartono yang duduk di kursi
 * terdakwa mengaku …`. The speaker is the name before `yang`; the relative clause only describes
 * them. Read only when the name is a person named in full or with a role, so a thing modified by
 * a relative clause (`Dokumen yang diterima Budi menyebut …`) is not taken for a speaker.
 */
import type { Mention } from './mention';
import { mentionBefore } from './mention-before';
import { isClauseStop, type Token } from '../text/text';

/** Longest relative clause (in tokens) read between a subject and its cue. */
const MAX_RELATIVE = 8;

/** The named subject before a `yang` clause that ends right before token `k` (the cue), or null. */
export function relativeSubject(
  toks: readonly Token[],
  k: number,
  text: string,
  evidence: ReadonlySet<string>,
): Mention | null {
  for (let y = k - 2; y > 0 && k - y <= MAX_RELATIVE; y--) {
    const w = toks[y]!.text;
    // A comma or a sentence end inside means it is not one relative clause.
    if (isClauseStop(w)) return null;
    if (w !== 'yang') continue;
    const m = mentionBefore(toks, y, text, evidence);
    if (m?.kind !== 'named' || m.refs.length !== 1) return null;
    const ref = m.refs[0]!;
    const person = ref.kind === 'person' && (!!ref.role || (ref.name ?? '').includes(' '));
    return person ? m : null;
  }
  return null;
}

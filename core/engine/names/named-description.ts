/**
 * A description that gives its holder's name (`Petugas bernama lengkap X itu
 * menuturkan …`, `Pria yang bernama Y itu mengaku …`): read as a description closed by its
 * demonstrative, it pointed back to someone named before; the name it gives is the subject
 * (names.namedInDescription). Read by the pre-posed cues, reported (reported/pre-cue.ts) and
 * direct (quotes/direct-cue-before.ts).
 */
import { DEFINITE, NAMING_WORDS } from '../../lexicon/pronouns';
import { featureOn } from '../features';
import type { Token } from '../text/text';
import type { Mention } from './mention';
import type { SubjectReader } from './relative-subject';

/**
 * The person named inside the description `m`, read as the subject ending before token `k` (its
 * demonstrative at `k - 1`), or null: a naming word (`bernama`) in the description and a person's
 * name read right before the demonstrative.
 */
export function namedInDescription(
  toks: readonly Token[],
  k: number,
  m: Mention,
  text: string,
  evidence: ReadonlySet<string>,
  read: SubjectReader,
): Mention | null {
  if (m.kind !== 'title' || !featureOn('names.namedInDescription')) return null;
  if (!DEFINITE.has(toks[k - 1]?.lower ?? '')) return null;
  if (
    !m.text
      .toLowerCase()
      .split(' ')
      .some(w => NAMING_WORDS.has(w))
  )
    return null;
  const named = read(toks, k - 1, text, evidence);
  if (named?.kind !== 'named' || named.refs.length !== 1) return null;
  return named.refs[0]!.kind === 'person' ? named : null;
}

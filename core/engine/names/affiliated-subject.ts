/**
 * A subject that names an organisation only as the affiliation of someone else: `Jaksa Penuntut
 * Umum (JPU) dari KPK`, `tim kuasa hukum dari LBH Jakarta`, `seorang peneliti di BRIN`. The
 * organisation follows `dari/di/pada`; what speaks is the head before it. A person's name there
 * (`Budi Santoso dari KPK`) is the speaker; a role head or group noun without a name is unnamed.
 */
import { GROUP_HEADS, MEMBER_NOUNS } from '../../lexicon/pronouns';
import { ROLE_HEAD_SET } from '../../lexicon/roles';
import type { Mention } from './mention';
import { isRunWord, readRun } from './name-run';
import { readName } from './name-reading';
import type { Token } from '../text/text';
import { startsLetter } from '../text/chars';

/** Prepositions that attach an organisation to the noun before it. */
const AFFILIATION = new Set(['dari', 'di', 'pada']);

/**
 * The subject ending at token `k` whose organisation run starts at `r` after an affiliation
 * preposition, or null when the words before the preposition are not a head of that kind.
 */
export function affiliatedBefore(
  toks: readonly Token[],
  r: number,
  k: number,
  text: string,
  evidence: ReadonlySet<string>,
): Mention | null {
  if (!AFFILIATION.has(toks[r - 1]?.text ?? '')) return null;
  const end = r - 1;
  // The head phrase: capitalised or lowercase words (and a bracketed acronym) before the preposition.
  let s = end;
  while (
    s > 0 &&
    end - s < 6 &&
    (startsLetter(toks[s - 1]!.text) || toks[s - 1]!.text.startsWith('('))
  ) {
    const w = toks[s - 1]!.text;
    if (AFFILIATION.has(w) || w === 'yang') break;
    s--;
  }
  if (s === end) return null;
  const head = toks.slice(s, end);
  const lw = head.map(t => t.lower.replace(/nya$/u, ''));
  const span = text.slice(toks[s]!.start, toks[k]!.end);
  // `Budi Santoso dari KPK`: a person's name before the preposition is the speaker.
  const first = head.findIndex(t => isRunWord(t.text));
  if (first >= 0 && readRun(toks, s + first) === end) {
    const ref = readName(toks, s + first, end, text, evidence);
    if (ref.name && ref.kind === 'person' && ref.name.includes(' '))
      return { kind: 'named', refs: [ref], text: span };
  }
  const headed = lw.some(w => ROLE_HEAD_SET.has(w) || GROUP_HEADS.has(w) || MEMBER_NOUNS.has(w));
  return headed ? { kind: 'anonymous', text: span } : null;
}

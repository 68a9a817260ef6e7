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
import { featureOn } from '../features';

/** Prepositions that attach an organisation to the noun before it. */
const AFFILIATION = new Set(['dari', 'di', 'pada']);

/**
 * English ones, before `the` (`Rina Sarwono of the Centre for Trade (CTF) said`): only a person's
 * name before them makes the speaker; a bare title there (`Director of Policy at the Ministry of
 * Trade Budi …`) leaves the run to the name readers.
 */
const EN_AFFILIATION = new Set(['of', 'at', 'from']);

/** Where the preposition attaching the run at `r` stands, or -1: `dari KPK`, `of the Centre`. */
function affiliationAt(toks: readonly Token[], r: number): number {
  if (AFFILIATION.has(toks[r - 1]?.text ?? '')) return r - 1;
  if (!featureOn('names.englishAffiliation')) return -1;
  return toks[r - 1]?.text === 'the' && EN_AFFILIATION.has(toks[r - 2]?.text ?? '') ? r - 2 : -1;
}

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
  const end = affiliationAt(toks, r);
  if (end < 0) return null;
  const english = end < r - 1;
  // The head phrase: capitalised or lowercase words (and a bracketed acronym) before the preposition.
  let s = end;
  while (
    s > 0 &&
    end - s < 6 &&
    (startsLetter(toks[s - 1]!.text) || toks[s - 1]!.text.startsWith('('))
  ) {
    const w = toks[s - 1]!.text;
    if (AFFILIATION.has(w) || EN_AFFILIATION.has(w) || w === 'yang') break;
    s--;
  }
  if (s === end) return null;
  // `Director of Trade Policy at the Ministry …`: a head that is itself an `of` complement is part
  // of a title, not a person's name.
  if (english && EN_AFFILIATION.has(toks[s - 1]?.text ?? '')) return null;
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
  if (english) return null;
  const headed = lw.some(w => ROLE_HEAD_SET.has(w) || GROUP_HEADS.has(w) || MEMBER_NOUNS.has(w));
  return headed ? { kind: 'anonymous', text: span } : null;
}

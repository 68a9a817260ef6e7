/**
 * `“…,” FAO representative in Laos X said`, `“…,” Energy economist X of the Institute said`: an
 * English subject longer than a role and a name, then its cue, after a closing mark. The subject is
 * read as before a pre-posed cue (mention-before.ts), and counts only when that reading spans the
 * whole subject, from the first word after the mark to the cue.
 */
import { POST_CUE_SET, PRE_CUE_SET } from '../../lexicon/cues';
import type { BodyParagraph, Candidate } from '../candidate';
import { featureOn } from '../features';
import { mentionBefore } from '../names/mention-before';
import { isRunToken } from '../names/name-run';
import { isLowerWord } from '../text/text';
import { startsAlnum } from '../text/chars';

/** The most tokens between the closing mark and the cue. */
const MAX_SUBJECT = 14;

/** The cue and its named subject opening at token `i`, or null. */
export function englishSubjectThenCue(
  p: BodyParagraph,
  i: number,
  evidence: ReadonlySet<string>,
): Pick<Candidate, 'cue' | 'mention' | 'at'> | null {
  const t = p.tokens;
  if (!featureOn('quotes.englishSubjectBeforeCue') || !isRunToken(t[i])) return null;
  for (let v = i + 1; v < t.length && v - i <= MAX_SUBJECT; v++) {
    const w = t[v]!;
    // An initial's or a title's dot (`Dr.`, `R.`) stays inside the subject; other marks end it.
    if (w.text === '.' && isRunToken(t[v + 1])) continue;
    if (!startsAlnum(w.text)) return null;
    if (!isLowerWord(w.text) || !(POST_CUE_SET.has(w.lower) || PRE_CUE_SET.has(w.lower))) continue;
    const m = mentionBefore(t, v, p.text, evidence);
    if (m?.kind !== 'named' || p.text.lastIndexOf(m.text, w.start) !== t[i]!.start) return null;
    return { cue: w.text, mention: m, at: t[i]!.start };
  }
  return null;
}
